import { Type, type Static } from '@sinclair/typebox';
import { Id, Seq, Strict, Timestamp } from './common.js';
import { MessageView, SendMessage } from './message-content.js';

/** A client-chosen correlation string, echoed on the reply to a frame. */
export const FrameRef = Type.String({ minLength: 1, maxLength: 64 });
const Ref = Type.Optional(FrameRef);

export const MAX_FRAME_BYTES = 64 * 1024;
export const TypingState = Type.Union([
  Type.Literal('composing'),
  Type.Literal('recording'),
  Type.Literal('paused'),
]);

export const ClientFrame = Type.Union([
  Type.Object(
    { type: Type.Literal('auth'), ref: Ref, token: Type.String({ minLength: 1, maxLength: 256 }) },
    Strict,
  ),
  Type.Object({ type: Type.Literal('send'), ref: Ref, message: SendMessage }, Strict),
  Type.Object({ type: Type.Literal('ack'), chatId: Id, seq: Seq }, Strict),
  Type.Object({ type: Type.Literal('receipt'), chatId: Id, seq: Seq, status: Type.Literal('read') }, Strict),
  Type.Object({ type: Type.Literal('typing'), chatId: Id, state: TypingState }, Strict),
  Type.Object(
    {
      type: Type.Literal('presence'),
      state: Type.Union([Type.Literal('available'), Type.Literal('unavailable')]),
    },
    Strict,
  ),
  Type.Object({ type: Type.Literal('subscribe'), accountIds: Type.Array(Id, { maxItems: 256 }) }, Strict),
  Type.Object(
    {
      type: Type.Literal('sync'),
      ref: Ref,
      /** Last seq the client holds per chat; chats not listed are synced from the start. */
      cursors: Type.Optional(Type.Array(Type.Object({ chatId: Id, seq: Seq }, Strict), { maxItems: 10_000 })),
    },
    Strict,
  ),
  Type.Object({ type: Type.Literal('ping'), ref: Ref }, Strict),
]);
export type ClientFrame = Static<typeof ClientFrame>;

const Watermark = Type.Object({ accountId: Id, deliveredSeq: Seq, readSeq: Seq });

export const ServerFrame = Type.Union([
  Type.Object({ type: Type.Literal('ready'), ref: Ref, accountId: Id, deviceId: Id, serverTime: Timestamp }),
  Type.Object({ type: Type.Literal('sent'), ref: Ref, id: Id, chatId: Id, seq: Seq, createdAt: Timestamp }),
  Type.Object({
    type: Type.Literal('error'),
    ref: Ref,
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  }),
  Type.Object({ type: Type.Literal('message'), message: MessageView }),
  Type.Object({ type: Type.Literal('messages'), messages: Type.Array(MessageView) }),
  Type.Object({
    type: Type.Literal('synced'),
    ref: Ref,
    chats: Type.Array(Type.Object({ chatId: Id, lastSeq: Seq, members: Type.Array(Watermark) })),
    /** More messages wait: sync again with the updated cursors. */
    more: Type.Boolean(),
  }),
  Type.Object({
    type: Type.Literal('receipt'),
    chatId: Id,
    accountId: Id,
    deliveredSeq: Seq,
    readSeq: Seq,
    at: Timestamp,
  }),
  Type.Object({ type: Type.Literal('typing'), chatId: Id, accountId: Id, state: TypingState }),
  Type.Object({
    type: Type.Literal('presence'),
    accountId: Id,
    state: Type.Union([Type.Literal('available'), Type.Literal('unavailable')]),
    lastSeenAt: Type.Union([Timestamp, Type.Null()]),
  }),
  Type.Object({ type: Type.Literal('pong'), ref: Ref, serverTime: Timestamp }),
  Type.Object({ type: Type.Literal('revoked') }),
]);
export type ServerFrame = Static<typeof ServerFrame>;
export type ServerFrameOf<T extends ServerFrame['type']> = Extract<ServerFrame, { type: T }>;
