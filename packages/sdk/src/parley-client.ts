import type { MediaView, MessageView } from '@parley/contracts';
import { downloadMedia, uploadMedia } from './media.js';
import { requestJson, type HttpMethod } from './http-client.js';
import { RealtimeConnection, type Outgoing, type SentAck } from './realtime.js';
import { defaultSocketFactory, type SocketFactory } from './socket.js';

export interface Session {
  readonly token: string;
  readonly accountId: string;
  readonly deviceId: string;
}

export interface ClientOptions {
  /** Where Parley runs, e.g. http://localhost:8080. */
  readonly baseUrl: string;
  readonly socket?: SocketFactory;
  /** Acknowledge delivery of every message as it arrives (default true). */
  readonly autoAck?: boolean;
  /** Reconnect after a dropped connection (default true). */
  readonly reconnect?: boolean;
  /**
   * Per chat, the last seq this device already holds (an app keeps them across reloads), so that
   * the first sync brings only what is new. A chat not listed is synced from its start.
   */
  readonly cursors?: Readonly<Record<string, number>>;
}

export interface ChatRef {
  readonly id: string;
  readonly kind: 'direct' | 'group';
  readonly lastSeq: number;
}

/**
 * A typed Parley client for Node and browsers: sign-in over REST, then one real-time connection
 * per device. REST calls not wrapped here are reachable through `request`.
 */
export class ParleyClient {
  private realtimeConnection: RealtimeConnection | undefined;
  private currentSession: Session | undefined;

  constructor(private readonly options: ClientOptions) {}

  get session(): Session {
    if (this.currentSession === undefined) throw new Error('Not signed in');
    return this.currentSession;
  }

  /** Uses a token obtained earlier (kept by the app across reloads). */
  resumeSession(session: Session): void {
    this.currentSession = session;
  }

  requestCode(phone: string) {
    return this.request<{ phone: string; expiresAt: number; resendAfterMs: number }>(
      'POST',
      '/v1/auth/code',
      { phone },
    );
  }

  /** Signs in; a number without an account gets one of `accountKind` (personal by default). */
  async verifyCode(
    phone: string,
    code: string,
    device: { name?: string; platform?: string; accountKind?: 'personal' | 'business' } = {},
  ) {
    const result = await this.request<{
      token: string;
      account: { id: string; phone: string };
      device: { id: string };
      created: boolean;
    }>('POST', '/v1/auth/verify', {
      phone,
      code,
      deviceName: device.name,
      platform: device.platform,
      accountKind: device.accountKind,
    });
    this.currentSession = { token: result.token, accountId: result.account.id, deviceId: result.device.id };
    return result;
  }

  /** REST call with this device's token. */
  request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
    return requestJson<T>(this.options.baseUrl, this.currentSession?.token, method, path, body);
  }

  /** The live connection, created on first use. */
  get realtime(): RealtimeConnection {
    if (this.realtimeConnection === undefined) {
      const url = new URL('/v1/ws', this.options.baseUrl);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      this.realtimeConnection = new RealtimeConnection(
        url.toString(),
        this.session.token,
        this.options.socket ?? defaultSocketFactory(),
        {
          autoAck: this.options.autoAck ?? true,
          reconnect: this.options.reconnect ?? true,
          cursors: this.options.cursors ?? {},
        },
      );
    }
    return this.realtimeConnection;
  }

  connect(): Promise<void> {
    return this.realtime.connect();
  }

  /** Closes the live connection; its listeners stay for the next `connect`. */
  disconnect(): void {
    this.realtimeConnection?.close();
  }

  openDirectChat(accountId: string): Promise<ChatRef> {
    return this.request('POST', '/v1/chats/direct', { accountId });
  }

  createGroup(subject: string, memberIds: string[]): Promise<ChatRef> {
    return this.request('POST', '/v1/groups', { subject, memberIds });
  }

  sendText(chatId: string, body: string, options: { replyToId?: string } = {}): Promise<SentAck> {
    return this.realtime.send({ chatId, type: 'text', content: { body }, ...options });
  }

  send(message: Outgoing): Promise<SentAck> {
    return this.realtime.send(message);
  }

  uploadMedia(file: Blob | Uint8Array, contentType: string, filename?: string): Promise<MediaView> {
    return uploadMedia(this.options.baseUrl, this.session.token, file, contentType, filename);
  }

  downloadMedia(mediaId: string, variant: 'file' | 'thumbnail' = 'file'): Promise<Blob> {
    return downloadMedia(this.options.baseUrl, this.session.token, mediaId, variant);
  }

  history(chatId: string, options: { before?: number; limit?: number } = {}) {
    const query = new URLSearchParams();
    if (options.before !== undefined) query.set('before', String(options.before));
    if (options.limit !== undefined) query.set('limit', String(options.limit));
    return this.request<{
      messages: MessageView[];
      reactions: { messageId: string; accountId: string; emoji: string }[];
    }>('GET', `/v1/chats/${chatId}/messages?${query}`);
  }
}
