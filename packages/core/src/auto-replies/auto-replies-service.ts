import type { OpeningHours } from '../business/index.js';
import { peerOf, type ChatRepository } from '../chats/index.js';
import { MODIFIER_TYPES, type Message } from '../messages/index.js';
import type { Clock } from '../shared/ports.js';
import { audienceIncludes } from './audience.js';
import {
  DEFAULT_AUTO_REPLIES,
  type AutoReplySettings,
  type AwaySettings,
  type GreetingSettings,
  type PlannedAutoReply,
} from './auto-reply.js';
import { checkAway, checkGreeting } from './auto-reply-policy.js';
import { awayMessageDue, isAway } from './away-policy.js';
import { shouldGreet } from './greeting-policy.js';
import type { AutoReplyRepository } from './ports.js';

export interface AutoRepliesDeps {
  readonly repository: AutoReplyRepository;
  /** Refuses accounts that are not businesses. */
  readonly assertBusiness: (accountId: string) => Promise<void>;
  readonly hoursOf: (businessId: string) => Promise<OpeningHours | null>;
  readonly chats: Pick<ChatRepository, 'get'>;
  readonly phoneOf: (accountId: string) => Promise<string>;
  /** Whether the owner saved this number in their address book. */
  readonly inContacts: (ownerId: string, phone: string) => Promise<boolean>;
  readonly clock: Clock;
}

const MODIFIERS: readonly string[] = MODIFIER_TYPES;

/**
 * Only what a person typed to the business starts an automatic reply: not reactions, edits or
 * revokes, not system messages, not messages the server wrote (automated replies of the other
 * side included, so two businesses never answer each other in a loop), not messages kept for
 * their sender alone because the business blocked them.
 */
const isTypedByPerson = (message: Message): boolean =>
  !MODIFIERS.includes(message.type) &&
  message.type !== 'system' &&
  message.senderDeviceId !== null &&
  message.automated !== true &&
  !message.senderOnly;

/**
 * Every message a person sends asks whether the other side answers automatically, so settings,
 * and chats found to have no automatic replies, are kept briefly instead of read per message. A
 * change made through this service is seen at once; one made on another node within this time.
 */
const SETTINGS_TTL_MS = 10_000;
const MAX_CACHED = 10_000;

export function createAutoRepliesService(deps: AutoRepliesDeps) {
  const cached = new Map<string, { readonly settings: AutoReplySettings; readonly until: number }>();
  /**
   * Senders in chats where nobody answers them automatically, until when: most senders, on the
   * send path. Per sender, since a business's own messages go to a customer who never answers.
   */
  const quiet = new Map<string, number>();
  const quietKey = (message: Message) => `${message.chatId} ${message.senderId}`;

  function markQuiet(message: Message): void {
    if (quiet.size >= MAX_CACHED) quiet.clear();
    quiet.set(quietKey(message), deps.clock.now() + SETTINGS_TTL_MS);
  }

  function forgetSettings(businessId: string): void {
    cached.delete(businessId);
    quiet.clear();
  }

  async function settingsOf(businessId: string): Promise<AutoReplySettings> {
    const now = deps.clock.now();
    const hit = cached.get(businessId);
    if (hit !== undefined && hit.until > now) return hit.settings;
    const saved = await deps.repository.settings(businessId);
    const settings = {
      greeting: saved.greeting ?? DEFAULT_AUTO_REPLIES.greeting,
      away: saved.away ?? DEFAULT_AUTO_REPLIES.away,
    };
    if (cached.size >= MAX_CACHED) cached.clear();
    cached.set(businessId, { settings, until: now + SETTINGS_TTL_MS });
    return settings;
  }

  return {
    async settings(businessId: string): Promise<AutoReplySettings> {
      await deps.assertBusiness(businessId);
      return settingsOf(businessId);
    },

    async setGreeting(businessId: string, greeting: GreetingSettings): Promise<GreetingSettings> {
      await deps.assertBusiness(businessId);
      const valid = checkGreeting(greeting);
      await deps.repository.saveGreeting(businessId, valid, deps.clock.now());
      forgetSettings(businessId);
      return valid;
    },

    async setAway(businessId: string, away: AwaySettings): Promise<AwaySettings> {
      await deps.assertBusiness(businessId);
      const valid = checkAway(away);
      await deps.repository.saveAway(businessId, valid, deps.clock.now());
      forgetSettings(businessId);
      return valid;
    },

    /** Whether a message may call for a reply; false without any read, for most messages. */
    mayCallForReply(message: Message): boolean {
      if (!isTypedByPerson(message)) return false;
      const quietUntil = quiet.get(quietKey(message));
      return quietUntil === undefined || quietUntil <= deps.clock.now();
    },

    /**
     * The replies a newly stored message calls for, in sending order. When both apply the
     * greeting goes first and the away message after it, as the Business app does: the customer
     * is welcomed, then told when to expect an answer.
     */
    async repliesTo(message: Message): Promise<PlannedAutoReply[]> {
      if (!isTypedByPerson(message)) return [];
      const chat = await deps.chats.get(message.chatId);
      const businessId = chat?.kind === 'direct' ? peerOf(chat, message.senderId) : null;
      if (businessId === null) {
        markQuiet(message);
        return [];
      }
      const { greeting, away } = await settingsOf(businessId);
      if (!greeting.enabled && !away.enabled) {
        markQuiet(message);
        return [];
      }

      const customerId = message.senderId;
      const phone = await deps.phoneOf(customerId);
      const inContacts = await deps.inContacts(businessId, phone);
      const at = message.createdAt;
      const reply = (kind: PlannedAutoReply['kind'], text: string): PlannedAutoReply => ({
        kind,
        businessId,
        customerId,
        chatId: message.chatId,
        text,
        triggerId: message.id,
        triggerAt: at,
      });

      const replies: PlannedAutoReply[] = [];
      if (greeting.enabled && audienceIncludes(greeting.audience, phone, inContacts)) {
        const history = await deps.repository.historyBefore(
          businessId,
          message.chatId,
          customerId,
          message.seq,
        );
        if (shouldGreet(history, at)) replies.push(reply('greeting', greeting.text));
      }
      if (away.enabled && audienceIncludes(away.audience, phone, inContacts)) {
        const hours = await deps.hoursOf(businessId);
        if (isAway(away.schedule, hours, at)) {
          const lastAwayAt = await deps.repository.lastAwayAt(businessId, customerId);
          if (awayMessageDue(lastAwayAt, at, away.schedule, hours)) replies.push(reply('away', away.text));
        }
      }
      return replies;
    },

    /** Called once a planned reply is stored, so the next away message waits its turn. */
    async replied(reply: PlannedAutoReply): Promise<void> {
      if (reply.kind === 'away') {
        await deps.repository.recordAway(reply.businessId, reply.customerId, reply.triggerAt);
      }
    },
  };
}

export type AutoRepliesService = ReturnType<typeof createAutoRepliesService>;
