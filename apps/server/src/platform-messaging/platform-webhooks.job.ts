import {
  Bounded,
  inboundMessageChange,
  isWindowOpen,
  PLATFORM_CACHE_SIZE,
  statusChange,
  statusesForAdvance,
  type Chat,
  type DomainEvent,
  type EventBus,
  type InboundMessageInput,
  type MediaRecord,
  type Message,
  type MessageReader,
  type NumberMetadata,
  type PlatformNumber,
  type PricingInput,
  type ReceiptLevel,
  type StatusInput,
  type WebhookChange,
  type WebhookMedia,
} from '@parley/core';
import { waIdOf } from '../http/graph/phone-number-view.js';
import { toWamid } from '../http/graph/wamid.js';

export interface PlatformWebhooksDeps {
  readonly bus: EventBus;
  readonly chat: (chatId: string) => Promise<Chat | undefined>;
  /** Cached by the platform service: every message asks. */
  readonly numberOfAccount: (accountId: string) => Promise<PlatformNumber | undefined>;
  readonly profileOf: (accountId: string) => Promise<{ readonly phone: string; readonly name: string }>;
  /** When the account last wrote in the chat: the customer service window, for pricing. */
  readonly lastMessageAt: (chatId: string, senderId: string) => Promise<number | undefined>;
  /** Cached for this node's recent sends, so a `sent` status costs no query. */
  readonly callbackDataOf: (messageId: string) => Promise<string | undefined>;
  readonly reader: Pick<MessageReader, 'get' | 'after'>;
  readonly mediaOf: (mediaId: string) => Promise<MediaRecord | undefined>;
  readonly graphMediaFor: (mediaId: string, numberId: string, wabaId: string) => Promise<{ id: string }>;
  /** Resolves once the change is persisted for its endpoints. */
  readonly enqueueAll: (changes: readonly WebhookChange[]) => Promise<void>;
}

/** One member of a direct chat with a platform number. */
interface Side {
  readonly accountId: string;
  readonly number: PlatformNumber | undefined;
  readonly waId: string;
  readonly name: string;
  /** When this member last wrote here: the window its peer number answers in. */
  lastWroteAt: number | undefined;
}

interface PlatformChat {
  readonly chatId: string;
  readonly sides: readonly [Side, Side];
  /**
   * The number's messages this node saw appended that are not read yet, oldest first: receipts
   * find theirs here instead of reading the store. Complete for every seq after `trackedAfter`.
   */
  readonly unread: Message[];
  trackedAfter: number | undefined;
}

/** Messages without `delivered` and `read` statuses: modifiers (contract 5.5) and system notes. */
const NO_RECEIPTS = new Set(['reaction', 'edit', 'revoke', 'system']);
const RECEIPT_PAGE = 500;
/** Unread messages remembered per chat; older ones are read from the store when receipts come. */
const UNREAD_PER_CHAT = 2_000;
const MEDIA_TYPES = new Set(['image', 'video', 'audio', 'document', 'sticker']);

const metadataOf = (number: PlatformNumber): NumberMetadata => ({
  displayPhoneNumber: number.phone,
  phoneNumberId: number.id,
});

/**
 * Contract 7: templates cost their category, except a utility template inside the customer
 * service window; everything else is a free service message. The window is the one the peer's
 * last message known to this node opened: exact for `sent`, best effort for a later status
 * whose `sent` pricing this node has forgotten.
 */
function pricingOf(message: Message, peerLastWroteAt: number | undefined): PricingInput {
  if (message.type !== 'template') return { type: 'free_customer_service', category: 'service' };
  const category = message.content.category.toLowerCase() as 'marketing' | 'utility' | 'authentication';
  if (category === 'utility' && isWindowOpen(peerLastWroteAt, message.createdAt))
    return { type: 'free_customer_service', category };
  return { type: 'regular', category };
}

/** The index of the first message after `seq` in a list ordered by seq. */
function firstAfter(messages: readonly Message[], seq: number): number {
  let low = 0;
  let high = messages.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (messages[middle]!.seq <= seq) low = middle + 1;
    else high = middle;
  }
  return low;
}

const levelOf = (seq: number, mark: { deliveredSeq: number; readSeq: number }): ReceiptLevel =>
  seq <= mark.readSeq ? 'read' : seq <= mark.deliveredSeq ? 'delivered' : 'sent';

/**
 * Turns what happens in direct chats with platform numbers into webhook changes (contract 5.4,
 * 5.5): a person's message becomes an inbound `messages` change, the number's own message a
 * `sent` status, the person's receipts `delivered` and `read` statuses. Chats are looked up
 * once and cached (chats without a number too), so the send path costs memory lookups only.
 * The handler returns the enqueue promise: the outbox keeps an event until its webhooks are
 * persisted.
 */
export function startPlatformWebhooks(deps: PlatformWebhooksDeps) {
  const chats = new Bounded<string, Promise<PlatformChat | null>>(PLATFORM_CACHE_SIZE);
  /** Chats known to have no platform number: their events are skipped without a promise. */
  const plain = new Bounded<string, true>(PLATFORM_CACHE_SIZE);
  /** `sent` pricing, so the one later status that repeats it says the same. */
  const prices = new Bounded<string, PricingInput>(PLATFORM_CACHE_SIZE);
  const running = new Set<Promise<void>>();

  async function sideOf(chatId: string, accountId: string, peerIsNumber: boolean): Promise<Side> {
    const [number, profile, lastWroteAt] = await Promise.all([
      deps.numberOfAccount(accountId),
      deps.profileOf(accountId),
      peerIsNumber ? deps.lastMessageAt(chatId, accountId) : undefined,
    ]);
    return { accountId, number, waId: waIdOf(profile.phone), name: profile.name, lastWroteAt };
  }

  async function loadChat(chatId: string): Promise<PlatformChat | null> {
    const chat = await deps.chat(chatId);
    if (chat?.kind !== 'direct' || chat.directKey === null) return null;
    const [first, second] = chat.directKey.split(':') as [string, string];
    const [a, b] = await Promise.all([deps.numberOfAccount(first), deps.numberOfAccount(second)]);
    if (a === undefined && b === undefined) return null;
    const sides = await Promise.all([
      sideOf(chatId, first, b !== undefined),
      sideOf(chatId, second, a !== undefined),
    ]);
    return { chatId, sides, unread: [], trackedAfter: undefined };
  }

  function platformChat(chatId: string): Promise<PlatformChat | null> {
    let found = chats.get(chatId);
    if (found === undefined) {
      found = loadChat(chatId);
      chats.set(chatId, found);
      found.then(
        (chat) => void (chat === null && plain.set(chatId, true)),
        () => chats.delete(chatId),
      );
    }
    return found;
  }

  const sidesOf = (chat: PlatformChat, accountId: string) => {
    const [a, b] = chat.sides;
    if (a.accountId === accountId) return { self: a, peer: b };
    if (b.accountId === accountId) return { self: b, peer: a };
    return undefined;
  };

  async function mediaOf(message: Message, number: PlatformNumber): Promise<WebhookMedia | undefined> {
    if (!MEDIA_TYPES.has(message.type)) return undefined;
    const { mediaId } = message.content as { mediaId: string };
    const record = await deps.mediaOf(mediaId);
    if (record === undefined) return undefined;
    const graph = await deps.graphMediaFor(mediaId, number.id, number.wabaId);
    return { id: graph.id, mimeType: record.mimeType, sha256: record.sha256 };
  }

  /** Contract 5.4: `context {from, id}` names the answered message and who wrote it. */
  async function contextOf(message: Message, self: Side, peer: Side) {
    if (message.replyToId === null) return undefined;
    const id = toWamid(message.replyToId);
    // An interactive reply always answers the number's own interactive or template message.
    if (message.type === 'interactive_reply') return { from: peer.waId, id };
    const target = await deps.reader.get(message.chatId, message.replyToId);
    if (target === undefined) return undefined;
    return { from: target.senderId === self.accountId ? self.waId : peer.waId, id };
  }

  async function inbound(
    message: Message,
    self: Side,
    peer: Side,
    number: PlatformNumber,
  ): Promise<WebhookChange> {
    const [context, media] = await Promise.all([contextOf(message, self, peer), mediaOf(message, number)]);
    const input: InboundMessageInput = {
      number: metadataOf(number),
      from: { waId: self.waId, name: self.name },
      id: toWamid(message.id),
      timestamp: message.createdAt,
      message,
      forwarded: message.forwarded,
      ...(context === undefined ? {} : { context }),
      ...(message.type === 'reaction' ? { reactionTo: toWamid(message.content.targetId) } : {}),
      ...(media === undefined ? {} : { media }),
    };
    return inboundMessageChange(number.wabaId, input);
  }

  async function sent(message: Message, number: PlatformNumber, peer: Side): Promise<WebhookChange> {
    const pricing = pricingOf(message, peer.lastWroteAt);
    if (!NO_RECEIPTS.has(message.type)) prices.set(message.id, pricing);
    const callbackData = await deps.callbackDataOf(message.id);
    return statusChange(number.wabaId, metadataOf(number), [
      {
        id: toWamid(message.id),
        status: 'sent',
        timestamp: message.createdAt,
        recipientId: peer.waId,
        pricing,
        ...(callbackData === undefined ? {} : { bizOpaqueCallbackData: callbackData }),
      },
    ]);
  }

  async function onMessage(message: Message): Promise<void> {
    if (message.type === 'system') return;
    const chat = await platformChat(message.chatId);
    if (chat === null) return;
    const found = sidesOf(chat, message.senderId);
    if (found === undefined) return;
    const { self, peer } = found;
    remember(chat, message, self);
    const changes: Promise<WebhookChange>[] = [];
    if (peer.number !== undefined) {
      self.lastWroteAt = Math.max(self.lastWroteAt ?? 0, message.createdAt);
      // A message to a number that blocked the sender is the sender's alone.
      if (!message.senderOnly) changes.push(inbound(message, self, peer, peer.number));
    }
    if (self.number !== undefined) changes.push(sent(message, self.number, peer));
    if (changes.length > 0) await deps.enqueueAll(await Promise.all(changes));
  }

  /** Keeps the number's receipt-bearing messages until read, so receipts cost no query. */
  function remember(chat: PlatformChat, message: Message, sender: Side): void {
    chat.trackedAfter ??= message.seq - 1;
    if (sender.number === undefined || message.senderOnly || NO_RECEIPTS.has(message.type)) return;
    chat.unread.push(message);
    if (chat.unread.length > UNREAD_PER_CHAT) chat.trackedAfter = chat.unread.shift()!.seq;
  }

  /** The number's messages in the seqs a receipt moved over: from memory, else from the store. */
  async function advancedOver(
    chat: PlatformChat,
    owner: Side,
    from: number,
    upTo: number,
  ): Promise<Message[]> {
    if (chat.trackedAfter !== undefined && from >= chat.trackedAfter) {
      const { unread } = chat;
      const found: Message[] = [];
      for (let i = firstAfter(unread, from); i < unread.length && unread[i]!.seq <= upTo; i++) {
        found.push(unread[i]!);
      }
      return found;
    }
    const viewer = { accountId: owner.accountId, afterSeq: 0, untilSeq: upTo };
    const found: Message[] = [];
    for (let cursor = from; cursor < upTo;) {
      const page = await deps.reader.after(chat.chatId, viewer, cursor, RECEIPT_PAGE);
      if (page.length === 0) break;
      cursor = page[page.length - 1]!.seq;
      for (const message of page) {
        if (message.senderId === owner.accountId && !message.senderOnly && !NO_RECEIPTS.has(message.type)) {
          found.push(message);
        }
      }
    }
    return found;
  }

  /** The number's messages that the reader's advance moved on become delivered and read statuses. */
  async function onReceipt(event: Extract<DomainEvent, { type: 'receipt.advanced' }>): Promise<void> {
    const chat = await platformChat(event.chatId);
    if (chat === null) return;
    const found = sidesOf(chat, event.accountId);
    const number = found?.peer.number;
    if (found === undefined || number === undefined) return;
    const { self: reader, peer: owner } = found;
    // Only the seqs a watermark moved over can change status: usually a few after `delivered`.
    const moved = [
      [event.previous.deliveredSeq, event.deliveredSeq],
      [event.previous.readSeq, event.readSeq],
    ].filter(([before, after]) => after! > before!);
    if (moved.length === 0) return;
    const from = Math.min(...moved.map(([before]) => before!));
    const upTo = Math.max(...moved.map(([, after]) => after!));
    const messages = await advancedOver(chat, owner, from, upTo);
    while (chat.unread.length > 0 && chat.unread[0]!.seq <= event.readSeq) chat.unread.shift();
    const pending: Promise<StatusInput>[] = [];
    for (const message of messages) {
      const advance = statusesForAdvance(levelOf(message.seq, event.previous), levelOf(message.seq, event));
      for (const { status, priced } of advance) {
        pending.push(
          deps.callbackDataOf(message.id).then((callbackData) => ({
            id: toWamid(message.id),
            status,
            timestamp: event.at,
            recipientId: reader.waId,
            ...(priced ? { pricing: prices.get(message.id) ?? pricingOf(message, reader.lastWroteAt) } : {}),
            ...(callbackData === undefined ? {} : { bizOpaqueCallbackData: callbackData }),
          })),
        );
      }
    }
    if (pending.length === 0) return;
    // One change per status: receivers commonly read `statuses[0]`, and batching joins them anyway.
    const statuses = await Promise.all(pending);
    await deps.enqueueAll(
      statuses.map((status) => statusChange(number.wabaId, metadataOf(number), [status])),
    );
  }

  function track(work: Promise<void>): Promise<void> {
    running.add(work);
    const forget = () => running.delete(work);
    work.then(forget, forget);
    return work;
  }

  const unsubscribe = deps.bus.subscribe((event) => {
    if (event.type === 'message.appended') {
      if (event.message.type === 'system' || plain.has(event.message.chatId)) return undefined;
      return track(onMessage(event.message));
    }
    if (event.type === 'receipt.advanced' && !plain.has(event.chatId)) return track(onReceipt(event));
    return undefined;
  });

  return {
    /** Stops taking events and waits until what was taken is persisted. */
    async stop(): Promise<void> {
      unsubscribe();
      await Promise.allSettled([...running]);
    },
  };
}
