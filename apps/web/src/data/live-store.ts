import type { Presence, Receipt, RealtimeConnection, Typing } from '@parley/sdk';

export interface Watermark {
  readonly deliveredSeq: number;
  readonly readSeq: number;
}

export interface TypingState {
  readonly accountId: string;
  readonly state: 'composing' | 'recording';
}

/** A typing indicator fades on its own if the "paused" frame never comes. */
const TYPING_TIMEOUT_MS = 6000;

type Listener = () => void;

/**
 * What the live connection says about other people: each member's receipt watermarks per chat,
 * who is typing where, and who is online. Snapshots are replaced, never mutated, so React's
 * useSyncExternalStore can compare them.
 */
export class LiveStore {
  private watermarks = new Map<string, ReadonlyMap<string, Watermark>>();
  private typing = new Map<string, readonly TypingState[]>();
  private presence = new Map<string, Presence>();
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<Listener>();

  constructor(private readonly connection: RealtimeConnection) {}

  /** Starts listening; returns the function that stops. */
  attach(): () => void {
    const stops = [
      this.connection.on('receipt', (receipt) => this.onReceipt(receipt)),
      this.connection.on('typing', (typing) => this.onTyping(typing)),
      this.connection.on('presence', (presence) => this.onPresence(presence)),
      // A message from someone ends their typing indicator in that chat.
      this.connection.on('message', (message) =>
        this.onTyping({ chatId: message.chatId, accountId: message.senderId, state: 'paused' }),
      ),
    ];
    return () => {
      for (const stop of stops) stop();
      for (const timer of this.typingTimers.values()) clearTimeout(timer);
    };
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  watermarksOf(chatId: string): ReadonlyMap<string, Watermark> | undefined {
    return this.watermarks.get(chatId);
  }

  typingIn(chatId: string): readonly TypingState[] | undefined {
    return this.typing.get(chatId);
  }

  presenceOf(accountId: string): Presence | undefined {
    return this.presence.get(accountId);
  }

  /** Seeds a chat's watermarks from a REST read, without moving any back. */
  seedWatermarks(chatId: string, members: readonly ({ accountId: string } & Watermark)[]): void {
    for (const member of members) this.onReceipt({ chatId, at: 0, ...member }, false);
    this.notify();
  }

  private onReceipt(receipt: Receipt, notify = true): void {
    const chat = new Map(this.watermarks.get(receipt.chatId));
    const known = chat.get(receipt.accountId);
    chat.set(receipt.accountId, {
      deliveredSeq: Math.max(known?.deliveredSeq ?? 0, receipt.deliveredSeq, receipt.readSeq),
      readSeq: Math.max(known?.readSeq ?? 0, receipt.readSeq),
    });
    this.watermarks = new Map(this.watermarks).set(receipt.chatId, chat);
    if (notify) this.notify();
  }

  private onTyping({ chatId, accountId, state }: Typing): void {
    const key = `${chatId}/${accountId}`;
    clearTimeout(this.typingTimers.get(key));
    this.typingTimers.delete(key);
    const others = (this.typing.get(chatId) ?? []).filter((entry) => entry.accountId !== accountId);
    const next = state === 'paused' ? others : [...others, { accountId, state }];
    if (next.length === 0 && !this.typing.has(chatId)) return;
    this.typing = new Map(this.typing);
    if (next.length === 0) this.typing.delete(chatId);
    else this.typing.set(chatId, next);
    if (state !== 'paused') {
      this.typingTimers.set(
        key,
        setTimeout(() => this.onTyping({ chatId, accountId, state: 'paused' }), TYPING_TIMEOUT_MS),
      );
    }
    this.notify();
  }

  private onPresence(presence: Presence): void {
    this.presence = new Map(this.presence).set(presence.accountId, presence);
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
