import { assertActiveMember } from '../chats/group-policy.js';
import type { Member } from '../chats/chat.js';
import type { ChatRepository } from '../chats/ports.js';
import { DomainError } from '../shared/errors.js';
import type { Clock, IdGenerator } from '../shared/ports.js';
import {
  applyEdit,
  checkContent,
  isCatalogContent,
  isPlatformContent,
  mediaIdsOf,
  resolveInteractiveReply,
  targetOf,
  type CatalogClientContent,
  type CatalogContent,
  type ClientContent,
  type InteractiveReplyContent,
  type InteractiveReplyRequest,
  type PlatformContent,
} from './content.js';
import type { Message, MessageEffect, ReceiptStatus } from './message.js';
import { assertCanEdit, assertCanReact, assertCanRevoke } from './message-policy.js';
import type { HiddenMessages, MessageLog, MessageReader, ReceiptStore, Visibility } from './ports.js';

export interface MessagingDeps {
  readonly chats: ChatRepository;
  readonly log: MessageLog;
  readonly reader: MessageReader;
  readonly receipts: ReceiptStore;
  readonly hidden: HiddenMessages;
  readonly isBlocked: (blockerId: string, blockedId: string) => Promise<boolean>;
  /** Returns the ids among `mediaIds` that do not exist. */
  readonly missingMedia: (mediaIds: readonly string[]) => Promise<string[]>;
  /**
   * Checks what an order or a shared product refers to and returns the content to store: an
   * order's names and prices come from the business's catalog, never from the sender.
   */
  readonly resolveCatalogContent: (
    senderId: string,
    chatId: string,
    message: CatalogClientContent,
  ) => Promise<CatalogContent>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

export interface Sender {
  readonly accountId: string;
  readonly deviceId: string | null;
}

/** What a device sends, or, with `{ platform: true }`, what a platform number sends through the Graph API. */
export type SendInput = (ClientContent | PlatformContent) & {
  readonly chatId: string;
  readonly id?: string;
  readonly replyToId?: string;
  readonly forwarded?: boolean;
};

export const HISTORY_PAGE_MAX = 200;

export const visibilityOf = (member: Member): Visibility => ({
  accountId: member.accountId,
  afterSeq: member.joinedSeq,
  untilSeq: member.leftSeq,
});

export function createMessagingService(deps: MessagingDeps) {
  async function memberOf(chatId: string, accountId: string): Promise<Member> {
    const member = await deps.chats.member(chatId, accountId);
    if (member === undefined) throw new DomainError('not_found', 'No such chat');
    return member;
  }

  /** A direct message to someone who blocked the sender is kept for the sender alone. */
  async function directSenderOnly(chatId: string, senderId: string): Promise<boolean> {
    const chat = await deps.chats.get(chatId);
    if (chat?.kind !== 'direct') return false;
    const other = (await deps.chats.members(chatId)).find((m) => m.accountId !== senderId);
    if (other === undefined) return false;
    if (await deps.isBlocked(senderId, other.accountId)) {
      throw new DomainError('forbidden', 'Unblock this contact to send them a message');
    }
    return deps.isBlocked(other.accountId, senderId);
  }

  async function effectOf(input: SendInput, sender: Sender, now: number): Promise<MessageEffect | null> {
    const targetId = targetOf(input);
    if (targetId === undefined) return null;
    const target = await deps.reader.get(input.chatId, targetId);
    if (target === undefined) throw new DomainError('not_found', 'No such message in this chat');
    switch (input.type) {
      case 'edit':
        assertCanEdit(target, sender.accountId, now);
        return { kind: 'edit', targetId, content: applyEdit(target, input.content.body) };
      case 'revoke':
        assertCanRevoke(target, sender.accountId, now);
        return { kind: 'revoke', targetId };
      case 'reaction':
        assertCanReact(target, now);
        return { kind: 'react', targetId, emoji: input.content.emoji };
      default:
        return null;
    }
  }

  /**
   * An answer to an interactive or template message of the other member of a direct chat: the
   * chosen option is looked up there, so the stored title and payload are the business's own.
   */
  async function resolveReply(
    chatId: string,
    senderId: string,
    request: InteractiveReplyRequest,
  ): Promise<InteractiveReplyContent> {
    const target = await deps.reader.get(chatId, request.targetId);
    if (target === undefined || target.deletedAt !== null) {
      throw new DomainError('not_found', 'No such message in this chat');
    }
    if ((await deps.chats.get(chatId))?.kind !== 'direct' || target.senderId === senderId) {
      throw new DomainError(
        'invalid_argument',
        'Only a message from the other member of a direct chat can be answered',
      );
    }
    const resolved = resolveInteractiveReply(target, request);
    if (resolved === undefined) {
      throw new DomainError('invalid_argument', 'That message has no such option', {
        optionId: request.optionId,
      });
    }
    return resolved;
  }

  async function storedContent(sender: Sender, input: SendInput) {
    if (isCatalogContent(input)) return deps.resolveCatalogContent(sender.accountId, input.chatId, input);
    if (input.type === 'interactive_reply') {
      const content = await resolveReply(input.chatId, sender.accountId, input.content);
      return { type: input.type, content };
    }
    return input;
  }

  return {
    /**
     * `automated` marks a reply the server sends for a business; `platform` lets a platform number
     * (the Graph API) send interactive and template messages. Clients can set neither.
     */
    async send(
      sender: Sender,
      input: SendInput,
      options: { automated?: boolean; platform?: boolean } = {},
    ): Promise<Message> {
      if (isPlatformContent(input) && options.platform !== true) {
        throw new DomainError(
          'invalid_argument',
          `A ${input.type} message is sent through the business API only`,
        );
      }
      checkContent(input);
      assertActiveMember(await memberOf(input.chatId, sender.accountId));
      const now = deps.clock.now();
      const senderOnly = await directSenderOnly(input.chatId, sender.accountId);
      const effect = await effectOf(input, sender, now);
      if (input.replyToId !== undefined) {
        if ((await deps.reader.get(input.chatId, input.replyToId)) === undefined) {
          throw new DomainError('not_found', 'The quoted message is not in this chat');
        }
      }
      const media = mediaIdsOf(input);
      if (media.length > 0) {
        const missing = await deps.missingMedia(media);
        if (missing.length > 0) throw new DomainError('not_found', 'No such media', { missing });
      }
      const stored = await storedContent(sender, input);
      return deps.log.append({
        id: input.id ?? deps.ids.next(),
        chatId: input.chatId,
        senderId: sender.accountId,
        senderDeviceId: sender.deviceId,
        type: stored.type,
        content: stored.content,
        // An answer quotes what it answers.
        replyToId: input.type === 'interactive_reply' ? input.content.targetId : (input.replyToId ?? null),
        forwarded: input.forwarded ?? false,
        senderOnly,
        ...(options.automated === true ? { automated: true } : {}),
        createdAt: now,
        effect,
      } as Parameters<MessageLog['append']>[0]);
    },

    /** A device acknowledged (delivered) or the chat was opened (read) up to a seq. */
    async acknowledge(
      accountId: string,
      chatId: string,
      status: Exclude<ReceiptStatus, 'sent'>,
      upToSeq: number,
    ): Promise<void> {
      await memberOf(chatId, accountId);
      await deps.receipts.advance(chatId, accountId, status, upToSeq, deps.clock.now());
    },

    /** Messages after a seq, oldest first, for catching up. */
    async after(accountId: string, chatId: string, afterSeq: number, limit: number) {
      const member = await memberOf(chatId, accountId);
      const messages = await deps.reader.after(
        chatId,
        visibilityOf(member),
        afterSeq,
        Math.min(limit, HISTORY_PAGE_MAX),
      );
      return withoutHidden(accountId, chatId, messages);
    },

    /** A page of history before a seq, newest first, with the reactions on it. */
    async history(accountId: string, chatId: string, beforeSeq: number | undefined, limit: number) {
      const member = await memberOf(chatId, accountId);
      const messages = await withoutHidden(
        accountId,
        chatId,
        await deps.reader.before(chatId, visibilityOf(member), beforeSeq, Math.min(limit, HISTORY_PAGE_MAX)),
      );
      const reactions = await deps.reader.reactions(messages.map((m) => m.id));
      return { messages, reactions };
    },

    async hide(accountId: string, chatId: string, messageIds: readonly string[]): Promise<void> {
      await memberOf(chatId, accountId);
      await deps.hidden.hide(accountId, chatId, messageIds);
    },

    /** "Message info": who received and read one message, and when. */
    async info(accountId: string, chatId: string, messageId: string) {
      await memberOf(chatId, accountId);
      const message = await deps.reader.get(chatId, messageId);
      if (message === undefined) throw new DomainError('not_found', 'No such message');
      if (message.senderId !== accountId) {
        throw new DomainError('forbidden', 'Only the sender can see message info');
      }
      if (message.senderOnly) return [];
      return (await deps.receipts.history(chatId, message.seq)).filter((r) => r.accountId !== accountId);
    },
  };

  async function withoutHidden(accountId: string, chatId: string, messages: Message[]) {
    if (messages.length === 0) return messages;
    const hidden = await deps.hidden.hiddenIn(accountId, chatId);
    return hidden.size === 0 ? messages : messages.filter((m) => !hidden.has(m.id));
  }
}

export type MessagingService = ReturnType<typeof createMessagingService>;
