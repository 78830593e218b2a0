export { ParleyApiError, requestJson } from './http-client.js';
export { newMessageId } from './message-ids.js';
export { ParleyClient, type ChatRef, type ClientOptions, type Session } from './parley-client.js';
export {
  RealtimeConnection,
  type Outgoing,
  type Presence,
  type Receipt,
  type RealtimeEvents,
  type SentAck,
  type Typing,
} from './realtime.js';
export type { SocketFactory, SocketLike } from './socket.js';
export type { MediaView, MessageView } from '@parley/contracts';
