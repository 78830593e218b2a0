import type { MessageView } from '@parley/sdk';

/** One row of the chat: a message with its reactions (account → emoji) and its send state. */
export interface TimelineEntry {
  readonly message: MessageView;
  /** Sent from this device and not committed yet (a clock instead of ticks). */
  readonly pending: boolean;
  readonly failed: boolean;
  readonly reactions: ReadonlyMap<string, string>;
}

export interface TimelineSnapshot {
  /** Committed rows by seq, then this device's pending sends in the order they were made. */
  readonly entries: readonly TimelineEntry[];
  /** The newest page has arrived. */
  readonly loaded: boolean;
  /** History may hold messages before the first row. */
  readonly hasOlder: boolean;
}

export interface HistoryPage {
  readonly messages: readonly MessageView[];
  readonly reactions: readonly { messageId: string; accountId: string; emoji: string }[];
}

/** Reactions, edits and revokes change their target; they are never rows of their own. */
const MODIFIER_TYPES: ReadonlySet<string> = new Set(['reaction', 'edit', 'revoke']);

interface Entry extends TimelineEntry {
  /** Modifiers up to this seq are already reflected (REST gives targets in their current state). */
  readonly asOf: number;
  readonly editSeq: number;
  /** Per account, the seq of the reaction shown, so an older frame never overrides a newer one. */
  readonly reactionSeqs: ReadonlyMap<string, number>;
  readonly localOrder: number;
}

type Listener = () => void;

/**
 * The messages of one chat as the chat view shows them, merged from REST pages (newest first, then
 * older ones) and live messages, each applied once by id. Pure: no I/O, no DOM, so it is testable and
 * the same rules hold wherever a message comes from. Snapshots are replaced, never mutated.
 */
export class ChatTimeline {
  private readonly byId = new Map<string, Entry>();
  private maxSeq = 0;
  private oldestSeq: number | undefined;
  private loaded = false;
  private hasOlder = true;
  private localCounter = 0;
  private snapshot: TimelineSnapshot = { entries: [], loaded: false, hasOlder: true };
  private readonly listeners = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): TimelineSnapshot => this.snapshot;

  /** The `before` cursor for the next older page; undefined before the first page. */
  get olderCursor(): number | undefined {
    return this.oldestSeq;
  }

  /** A page of history: the newest (no `before`) or an older one. Pages may overlap live messages. */
  addPage(page: HistoryPage): void {
    const pageMax = Math.max(0, ...page.messages.map((message) => message.seq));
    // Targets in a page are as of when it was read: later modifiers still apply, earlier ones not.
    const asOf = Math.max(pageMax, this.maxSeq);
    const reactionsOf = new Map<string, Map<string, string>>();
    for (const { messageId, accountId, emoji } of page.reactions) {
      if (emoji === '') continue;
      const forMessage = reactionsOf.get(messageId) ?? new Map<string, string>();
      reactionsOf.set(messageId, forMessage.set(accountId, emoji));
    }
    for (const message of page.messages) {
      this.see(message.seq);
      if (MODIFIER_TYPES.has(message.type)) continue;
      const reactions = reactionsOf.get(message.id) ?? new Map<string, string>();
      this.byId.set(message.id, {
        message,
        pending: false,
        failed: false,
        reactions,
        asOf,
        editSeq: asOf,
        reactionSeqs: new Map([...reactions.keys()].map((accountId) => [accountId, asOf])),
        localOrder: 0,
      });
    }
    if (page.messages.length === 0) this.hasOlder = false;
    else this.reach(Math.min(...page.messages.map((message) => message.seq)));
    this.loaded = true;
    this.publish();
  }

  /** A message from the live connection (or this device's own send, once committed). */
  applyLive(message: MessageView): void {
    this.see(message.seq);
    // Catch-up runs without gaps from the device's cursor to the newest message, so an old one
    // arriving live (a new device syncs from the start) moves the history cursor back too.
    this.reach(message.seq);
    if (MODIFIER_TYPES.has(message.type)) this.applyModifier(message);
    else {
      const known = this.byId.get(message.id);
      // Seen already (from a page or an earlier frame): that copy is at least as current.
      if (known !== undefined && !known.pending) return;
      this.byId.set(message.id, {
        message,
        pending: false,
        failed: false,
        reactions: known?.reactions ?? new Map(),
        reactionSeqs: known?.reactionSeqs ?? new Map(),
        asOf: message.seq,
        editSeq: message.seq,
        localOrder: 0,
      });
    }
    this.publish();
  }

  /** Shows a message this device is sending before the server committed it. */
  addPending(message: Omit<MessageView, 'seq'>): void {
    this.localCounter += 1;
    this.byId.set(message.id, {
      message: { ...message, seq: 0 },
      pending: true,
      failed: false,
      reactions: new Map(),
      reactionSeqs: new Map(),
      asOf: 0,
      editSeq: 0,
      localOrder: this.localCounter,
    });
    this.publish();
  }

  /** A pending send the server refused: it stays, marked, so nothing typed is lost silently. */
  markFailed(id: string): void {
    const entry = this.byId.get(id);
    if (entry === undefined || !entry.pending) return;
    this.byId.set(id, { ...entry, failed: true });
    this.publish();
  }

  /** "Delete for me": the rows leave this view. */
  remove(ids: readonly string[]): void {
    for (const id of ids) this.byId.delete(id);
    this.publish();
  }

  private applyModifier(modifier: MessageView): void {
    const content = modifier.content as { targetId?: string; emoji?: string; body?: string } | null;
    const target = content?.targetId === undefined ? undefined : this.byId.get(content.targetId);
    // A target not loaded yet arrives later from REST, already in its current state.
    if (target === undefined || content === null) return;
    const seq = modifier.seq;
    if (modifier.type === 'reaction') {
      const shownSeq = Math.max(target.asOf, target.reactionSeqs.get(modifier.senderId) ?? 0);
      if (seq <= shownSeq) return;
      const reactions = new Map(target.reactions);
      if (content.emoji === undefined || content.emoji === '') reactions.delete(modifier.senderId);
      else reactions.set(modifier.senderId, content.emoji);
      const reactionSeqs = new Map(target.reactionSeqs).set(modifier.senderId, seq);
      this.byId.set(target.message.id, { ...target, reactions, reactionSeqs });
    } else if (modifier.type === 'edit') {
      if (seq <= target.editSeq || target.message.deletedAt !== null) return;
      this.byId.set(target.message.id, {
        ...target,
        editSeq: seq,
        message: {
          ...target.message,
          content: edited(target.message, content.body ?? ''),
          editedAt: modifier.createdAt,
        },
      });
    } else if (target.message.deletedAt === null) {
      this.byId.set(target.message.id, {
        ...target,
        reactions: new Map(),
        message: { ...target.message, content: null, deletedAt: modifier.createdAt },
      });
    }
  }

  private reach(seq: number): void {
    this.oldestSeq = Math.min(this.oldestSeq ?? seq, seq);
    if (this.oldestSeq <= 1) this.hasOlder = false;
  }

  private see(seq: number): void {
    if (seq > this.maxSeq) this.maxSeq = seq;
  }

  private publish(): void {
    const entries = [...this.byId.values()].sort(
      (a, b) =>
        Number(a.pending) - Number(b.pending) || a.message.seq - b.message.seq || a.localOrder - b.localOrder,
    );
    this.snapshot = { entries, loaded: this.loaded, hasOlder: this.hasOlder };
    for (const listener of this.listeners) listener();
  }
}

/** An edit replaces a text's body or a media message's caption. */
function edited(message: MessageView, body: string): unknown {
  const content = (message.content ?? {}) as Record<string, unknown>;
  return message.type === 'text' ? { ...content, body } : { ...content, caption: body };
}
