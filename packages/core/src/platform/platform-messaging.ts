import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { tryNormalizePhone } from '../accounts/index.js';
import type { ClientContent, Message, PlatformContent, SendInput, Sender } from '../messages/index.js';
import { isDomainError } from '../shared/errors.js';
import type { Clock, IdGenerator } from '../shared/ports.js';
import { assertWindowAllows } from './customer-service-window.js';
import { PlatformError, unknownObject } from './platform-error.js';
import type { PlatformNumber } from './platform.js';

/** Where a stored message is, found by its id alone (a wamid names no chat). */
export interface MessageRef {
  readonly id: string;
  readonly chatId: string;
  readonly seq: number;
  readonly senderId: string;
  readonly createdAt: number;
}

/** Storage the send path needs beyond the messenger's own. */
export interface PlatformMessagingRepository {
  /** Kept before the send, so every status webhook of the message can carry it (contract 14.4). */
  saveCallbackData(messageId: string, data: string, at: number): Promise<void>;
  callbackDataOf(messageId: string): Promise<string | undefined>;
  messageRef(messageId: string): Promise<MessageRef | undefined>;
  /** When `senderId` last wrote in the chat, if ever. */
  lastMessageAt(chatId: string, senderId: string): Promise<number | undefined>;
}

/** A send to a number that is not on Parley: accepted, then reported `failed` with 131026. */
export interface UndeliverableSend {
  readonly number: PlatformNumber;
  readonly messageId: string;
  /** E.164. */
  readonly recipient: string;
  readonly callbackData: string | undefined;
  readonly at: number;
}

export interface PlatformMessagingDeps {
  readonly repository: PlatformMessagingRepository;
  readonly accountIdByPhone: (phone: string) => Promise<string | undefined>;
  readonly openDirect: (accountId: string, otherId: string) => Promise<{ readonly id: string }>;
  readonly send: (sender: Sender, input: SendInput, options: { platform: true }) => Promise<Message>;
  readonly acknowledge: (accountId: string, chatId: string, status: 'read', upToSeq: number) => Promise<void>;
  readonly onUndeliverable: (send: UndeliverableSend) => void;
  /** Refuses a send over the number's or the pair's rate (`createSendLimits`), or lets it pass. */
  readonly throttle: (number: PlatformNumber, recipient: string) => void;
  readonly clock: Clock;
  /** Message ids; ids that grow with time keep the message index's writes at its end. */
  readonly messageIds: IdGenerator;
}

/** What a platform number sends: anything a device can, plus interactive and template messages. */
export type OutboundContent =
  | Exclude<ClientContent, { type: 'order' | 'product' | 'edit' | 'revoke' | 'interactive_reply' }>
  | PlatformContent;

/** The business and the person of one direct chat, and when the person last wrote there. */
interface Conversation {
  readonly chatId: string;
  readonly personId: string;
  lastInboundAt: number | undefined;
}

/** How many recipients, conversations and callback data entries each node keeps in memory. */
export const PLATFORM_CACHE_SIZE = 200_000;
/** A number not on Parley is looked up again after this long: its owner may sign up. */
export const UNKNOWN_RECIPIENT_MS = 10_000;
/** The longest `biz_opaque_callback_data` (contract 2.1). */
export const CALLBACK_DATA_MAX = 512;

/** A Map that forgets its oldest entries past a size. */
export class Bounded<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }
  override set(key: K, value: V): this {
    if (!this.has(key) && this.size >= this.max) this.delete(this.keys().next().value as K);
    return super.set(key, value);
  }
}

const invalidParameter = (details: string) => new PlatformError(131009, details);

/**
 * The Cloud API's send path (contract 2): recipient, conversation, customer service window and
 * the send itself. After the first message to a person every step is a memory lookup; the window
 * follows the person's messages through `noteMessage` (the bus), not through queries.
 */
export function createPlatformMessaging(deps: PlatformMessagingDeps) {
  const { clock, repository } = deps;
  const recipients = new Bounded<string, string>(PLATFORM_CACHE_SIZE);
  const persons = new Bounded<string, { accountId: string | undefined; until: number }>(PLATFORM_CACHE_SIZE);
  const conversations = new Bounded<string, Promise<Conversation>>(PLATFORM_CACHE_SIZE);
  const byChat = new Bounded<string, Conversation>(PLATFORM_CACHE_SIZE);
  // Every send of this node is here, null for those without: the status webhooks of a recent
  // send then find out that it has none without a query.
  const callbackData = new Bounded<string, string | null>(PLATFORM_CACHE_SIZE);

  /**
   * Contract 2.1: `+ - ( )` and spaces are accepted; a number without `+` is read in the business
   * number's country unless it already is a full international number (a wa_id).
   */
  function recipientOf(number: PlatformNumber, to: string): string {
    const key = `${number.id}:${to}`;
    const cached = recipients.get(key);
    if (cached !== undefined) return cached;
    const compact = to.replace(/[\s()-]/g, '');
    let phone: string | null;
    if (compact.startsWith('+')) {
      phone = tryNormalizePhone(compact);
    } else {
      const countryCode = countryCodeOf(number.phone);
      const own = compact.startsWith(countryCode) ? tryNormalizePhone(`+${compact}`) : null;
      phone = own ?? tryNormalizePhone(`+${countryCode}${compact}`) ?? tryNormalizePhone(`+${compact}`);
    }
    if (phone === null) throw invalidParameter(`Param to is not a valid phone number: ${to.slice(0, 40)}`);
    if (phone === number.phone) {
      throw new PlatformError(131021, 'The recipient phone number is the sender phone number');
    }
    recipients.set(key, phone);
    return phone;
  }

  async function personOf(phone: string): Promise<string | undefined> {
    const now = clock.now();
    const cached = persons.get(phone);
    if (cached !== undefined && (cached.accountId !== undefined || cached.until > now))
      return cached.accountId;
    const accountId = await deps.accountIdByPhone(phone);
    persons.set(phone, { accountId, until: now + UNKNOWN_RECIPIENT_MS });
    return accountId;
  }

  function conversationWith(number: PlatformNumber, personId: string): Promise<Conversation> {
    const key = `${number.accountId}:${personId}`;
    let found = conversations.get(key);
    if (found === undefined) {
      found = openConversation(number.accountId, personId);
      conversations.set(key, found);
      // A failure is not remembered: the next send tries again.
      found.catch(() => conversations.delete(key));
    }
    return found;
  }

  async function openConversation(accountId: string, personId: string): Promise<Conversation> {
    const chat = await deps.openDirect(accountId, personId);
    // Registered before the query, so a message the bus reports meanwhile is not lost.
    const conversation: Conversation = { chatId: chat.id, personId, lastInboundAt: undefined };
    byChat.set(chat.id, conversation);
    const last = await repository.lastMessageAt(chat.id, personId);
    if (last !== undefined) conversation.lastInboundAt = Math.max(conversation.lastInboundAt ?? 0, last);
    return conversation;
  }

  /** A wamid the send refers to (quoted or reacted to) must be a message of this conversation. */
  async function assertInChat(messageId: string, chatId: string, field: string): Promise<void> {
    const ref = await repository.messageRef(messageId);
    if (ref?.chatId !== chatId)
      throw invalidParameter(`Param ${field} does not name a message in this conversation`);
  }

  return {
    recipientOf,

    /**
     * Sends `content` from the number to the person at `to` (E.164, from `recipientOf`). A number
     * not on Parley is accepted as Meta accepts it, and reported undeliverable afterwards.
     */
    async send(
      number: PlatformNumber,
      to: string,
      content: OutboundContent,
      options: { replyToId?: string; callbackData?: string } = {},
    ): Promise<{ messageId: string; chatId: string | undefined }> {
      deps.throttle(number, to);
      const messageId = deps.messageIds.next();
      const personId = await personOf(to);
      if (personId === undefined) {
        const at = clock.now();
        deps.onUndeliverable({ number, messageId, recipient: to, callbackData: options.callbackData, at });
        return { messageId, chatId: undefined };
      }
      const conversation = await conversationWith(number, personId);
      assertWindowAllows(content.type, conversation.lastInboundAt, clock.now());
      const { chatId } = conversation;
      if (options.replyToId !== undefined)
        await assertInChat(options.replyToId, chatId, 'context.message_id');
      if (content.type === 'reaction')
        await assertInChat(content.content.targetId, chatId, 'reaction.message_id');
      callbackData.set(messageId, options.callbackData ?? null);
      if (options.callbackData !== undefined) {
        await repository.saveCallbackData(messageId, options.callbackData, clock.now());
      }
      const sender: Sender = { accountId: number.accountId, deviceId: null };
      const input = { ...content, chatId, id: messageId, replyToId: options.replyToId } as SendInput;
      try {
        await deps.send(sender, input, { platform: true });
      } catch (error) {
        // A reaction's target that is deleted, too old or itself a reaction: contract 2.3.
        if (content.type === 'reaction' && isDomainError(error) && !(error instanceof PlatformError)) {
          throw invalidParameter(`Param reaction.message_id is not valid: ${error.message}`);
        }
        throw error;
      }
      return { messageId, chatId };
    },

    /** Marks the person's message, and everything before it in the chat, read by the business. */
    async markRead(number: PlatformNumber, messageId: string, wamid: string): Promise<{ chatId: string }> {
      const ref = await repository.messageRef(messageId);
      if (ref === undefined || ref.senderId === number.accountId) throw unknownObject(wamid);
      try {
        await deps.acknowledge(number.accountId, ref.chatId, 'read', ref.seq);
      } catch (error) {
        if (isDomainError(error) && error.code === 'not_found') throw unknownObject(wamid);
        throw error;
      }
      return { chatId: ref.chatId };
    },

    /** Keeps windows current: a person's message to a number opens or renews its window. */
    noteMessage(message: Pick<Message, 'chatId' | 'senderId' | 'createdAt'>): void {
      const conversation = byChat.get(message.chatId);
      if (conversation === undefined || conversation.personId !== message.senderId) return;
      conversation.lastInboundAt = Math.max(conversation.lastInboundAt ?? 0, message.createdAt);
    },

    /** `biz_opaque_callback_data` of a message the business sent, for its status webhooks. */
    async callbackDataOf(messageId: string): Promise<string | undefined> {
      const known = callbackData.get(messageId);
      if (known !== undefined) return known ?? undefined;
      return repository.callbackDataOf(messageId);
    },
  };
}

/** The calling code of an E.164 number, e.g. `1` or `49`. */
function countryCodeOf(phone: string): string {
  return parsePhoneNumberFromString(phone)?.countryCallingCode ?? phone.slice(1, 2);
}
