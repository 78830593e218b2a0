import type { ClientFrame, MessageView, SendMessage, ServerFrame, ServerFrameOf } from '@parley/contracts';
import { Emitter } from './emitter.js';
import { ParleyApiError } from './http-client.js';
import { newMessageId } from './message-ids.js';
import { OPEN, type SocketFactory, type SocketLike } from './socket.js';

export type Receipt = Omit<ServerFrameOf<'receipt'>, 'type'>;
export type Presence = Omit<ServerFrameOf<'presence'>, 'type'>;
export type Typing = Omit<ServerFrameOf<'typing'>, 'type'>;
export type SentAck = Omit<ServerFrameOf<'sent'>, 'type' | 'ref'>;

export interface RealtimeEvents extends Record<string, unknown> {
  message: MessageView;
  receipt: Receipt;
  typing: Typing;
  presence: Presence;
  synced: ServerFrameOf<'synced'>['chats'];
  connected: undefined;
  disconnected: { code: number; reason: string };
  revoked: undefined;
}

export type Outgoing = Omit<SendMessage, 'id'> & { id?: string };

interface PendingSend {
  frame: Extract<ClientFrame, { type: 'send' }>;
  resolve: (ack: SentAck) => void;
  reject: (error: Error) => void;
}

const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5000;

/**
 * One device's live connection. It authenticates, catches up from its per-chat cursors, shows
 * each message once (by id), acknowledges delivery, and after a drop reconnects, catches up again
 * and resends what the server never acknowledged — with the same ids, so nothing is stored twice.
 */
export class RealtimeConnection extends Emitter<RealtimeEvents> {
  private socket: SocketLike | undefined;
  private readonly closedSockets = new WeakSet<SocketLike>();
  private readonly cursors = new Map<string, number>();
  private readonly seen = new Set<string>();
  private readonly pending = new Map<string, PendingSend>();
  private readonly waiting = new Map<string, (frame: ServerFrame) => void>();
  private readonly acks = new Map<string, number>();
  private ackTimer: ReturnType<typeof setTimeout> | undefined;
  private refCounter = 0;
  private closedByUser = false;
  private reconnectDelay = RECONNECT_MIN_MS;
  private ready: Promise<void> | undefined;
  /**
   * From opening a socket until its first sync is done. A live message can arrive in between
   * (after auth, before the server starts the sync); it must not move the cursor, or the sync
   * would start past the messages this device missed while it was away.
   */
  private catchingUp = false;

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly createSocket: SocketFactory,
    private readonly options: {
      autoAck: boolean;
      reconnect: boolean;
      cursors?: Readonly<Record<string, number>>;
    } = { autoAck: true, reconnect: true },
  ) {
    super();
    for (const [chatId, seq] of Object.entries(options.cursors ?? {})) this.cursors.set(chatId, seq);
  }

  /** Per chat, the highest seq received: what an app keeps to resume from after a reload. */
  get heldCursors(): Record<string, number> {
    return Object.fromEntries(this.cursors);
  }

  /** Connects, authenticates and catches up; resolves once caught up. */
  connect(): Promise<void> {
    this.closedByUser = false;
    this.ready ??= this.open();
    return this.ready;
  }

  /** Closes the socket; listeners stay, and `connect` opens a new socket later. */
  close(): void {
    this.closedByUser = true;
    if (this.socket !== undefined) this.closedSockets.add(this.socket);
    this.socket?.close(1000, 'bye');
    this.socket = undefined;
    this.ready = undefined;
    for (const send of this.pending.values()) send.reject(new Error('connection closed'));
    this.pending.clear();
  }

  get isOpen(): boolean {
    return this.socket?.readyState === OPEN;
  }

  /** Sends a message; resolves when the server has committed it. */
  send(message: Outgoing): Promise<SentAck> {
    const id = message.id ?? newMessageId();
    const frame = { type: 'send', ref: id, message: { ...message, id } } as Extract<
      ClientFrame,
      { type: 'send' }
    >;
    return new Promise<SentAck>((resolve, reject) => {
      this.pending.set(id, { frame, resolve, reject });
      if (this.isOpen) this.write(frame);
    });
  }

  markRead(chatId: string, seq: number): void {
    this.write({ type: 'receipt', chatId, seq, status: 'read' });
  }

  typing(chatId: string, state: 'composing' | 'recording' | 'paused'): void {
    this.write({ type: 'typing', chatId, state });
  }

  setPresence(state: 'available' | 'unavailable'): void {
    this.write({ type: 'presence', state });
  }

  subscribePresence(accountIds: string[]): void {
    this.write({ type: 'subscribe', accountIds });
  }

  async ping(): Promise<number> {
    const reply = await this.request({ type: 'ping', ref: this.nextRef() });
    return (reply as ServerFrameOf<'pong'>).serverTime;
  }

  /** Catches up on every chat from this device's cursors. */
  async sync(): Promise<void> {
    for (;;) {
      const cursors = [...this.cursors].map(([chatId, seq]) => ({ chatId, seq }));
      const reply = (await this.request({
        type: 'sync',
        ref: this.nextRef(),
        cursors,
      })) as ServerFrameOf<'synced'>;
      this.flushAcks();
      this.emit('synced', reply.chats);
      for (const chat of reply.chats) {
        for (const member of chat.members) {
          this.emit('receipt', { chatId: chat.chatId, ...member, at: 0 });
        }
      }
      if (!reply.more) return;
    }
  }

  private async open(): Promise<void> {
    this.catchingUp = true;
    const socket = this.createSocket(this.url);
    this.socket = socket;
    await new Promise<void>((resolve, reject) => {
      socket.onopen = () => resolve();
      socket.onerror = () => reject(new Error(`cannot connect to ${this.url}`));
      socket.onclose = (event) => reject(new Error(`closed while connecting (${event.code})`));
    });
    socket.onmessage = (event) => this.receive(String(event.data));
    // A socket closed by `close` reports late, perhaps after `connect` opened the next one.
    socket.onclose = (event) => {
      if (!this.closedSockets.has(socket)) this.onClosed(event);
    };
    socket.onerror = () => undefined;
    await this.request({ type: 'auth', ref: this.nextRef(), token: this.token });
    this.reconnectDelay = RECONNECT_MIN_MS;
    // Resend first: the server treats a known id as the same message.
    for (const send of this.pending.values()) this.write(send.frame);
    await this.sync();
    this.catchingUp = false;
    this.emit('connected', undefined);
  }

  private onClosed(event: { code: number; reason: string }): void {
    this.ready = undefined;
    for (const resolve of this.waiting.values())
      resolve({ type: 'error', code: 'disconnected', message: 'connection closed' });
    this.waiting.clear();
    this.emit('disconnected', { code: event.code, reason: event.reason });
    if (event.code === 4001) {
      this.emit('revoked', undefined);
      return;
    }
    if (this.closedByUser || !this.options.reconnect) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(delay * 2, RECONNECT_MAX_MS);
    setTimeout(() => {
      if (this.closedByUser || this.ready !== undefined) return;
      this.ready = this.open().catch(() => {
        this.ready = undefined;
        this.onClosed({ code: 1006, reason: 'reconnect failed' });
      });
    }, delay);
  }

  private receive(data: string): void {
    const frame = JSON.parse(data) as ServerFrame;
    switch (frame.type) {
      case 'message':
        this.accept(frame.message, { live: true });
        return;
      case 'messages':
        for (const message of frame.messages) this.accept(message, { live: false });
        return;
      case 'sent': {
        const send = this.pending.get(frame.id);
        this.pending.delete(frame.id);
        send?.resolve({ id: frame.id, chatId: frame.chatId, seq: frame.seq, createdAt: frame.createdAt });
        return;
      }
      case 'error': {
        const send = frame.ref === undefined ? undefined : this.pending.get(frame.ref);
        if (send !== undefined && frame.ref !== undefined) {
          this.pending.delete(frame.ref);
          send.reject(new ParleyApiError(0, frame.code, frame.message, frame.details));
          return;
        }
        break;
      }
      case 'receipt':
        this.emit('receipt', frame);
        return;
      case 'typing':
        this.emit('typing', frame);
        return;
      case 'presence':
        this.emit('presence', frame);
        return;
      case 'revoked':
        this.emit('revoked', undefined);
        return;
    }
    if ('ref' in frame && frame.ref !== undefined) {
      const resolve = this.waiting.get(frame.ref);
      this.waiting.delete(frame.ref);
      resolve?.(frame);
    }
  }

  /** Shows a message once, however often it arrives, and schedules its delivery ack. */
  private accept(message: MessageView, { live }: { live: boolean }): void {
    // The sync brings (and acknowledges) everything up to such a message, gap included.
    if (!(live && this.catchingUp)) {
      if (message.seq > (this.cursors.get(message.chatId) ?? 0))
        this.cursors.set(message.chatId, message.seq);
      if (this.options.autoAck) this.queueAck(message.chatId, message.seq);
    }
    if (this.seen.has(message.id)) return;
    this.seen.add(message.id);
    this.emit('message', message);
  }

  /** Acks are coalesced per chat: one frame acknowledges everything up to a seq. */
  private queueAck(chatId: string, seq: number): void {
    if (seq > (this.acks.get(chatId) ?? 0)) this.acks.set(chatId, seq);
    this.ackTimer ??= setTimeout(() => this.flushAcks(), 0);
  }

  private flushAcks(): void {
    clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
    for (const [chatId, seq] of this.acks) this.write({ type: 'ack', chatId, seq });
    this.acks.clear();
  }

  private request(frame: ClientFrame & { ref: string }): Promise<ServerFrame> {
    return new Promise((resolve, reject) => {
      this.waiting.set(frame.ref, (reply) => {
        if (reply.type === 'error') reject(new ParleyApiError(0, reply.code, reply.message, reply.details));
        else resolve(reply);
      });
      this.write(frame);
    });
  }

  private write(frame: ClientFrame): void {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(frame));
  }

  private nextRef(): string {
    this.refCounter += 1;
    return `r${this.refCounter}`;
  }
}
