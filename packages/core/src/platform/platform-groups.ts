import { tryNormalizePhone } from '../accounts/index.js';
import type { Chat, Member } from '../chats/index.js';
import type { Clock } from '../shared/ports.js';
import type { JoinApprovalMode, PlatformGroup, PlatformManagementRepository } from './management-ports.js';
import { PlatformError } from './platform-error.js';
import type { PlatformNumber } from './platform.js';

/** Contract 10.1. */
export const PLATFORM_GROUPS = Object.freeze({
  /** People in a group besides the business. */
  maxParticipants: 8,
  perNumber: 10_000,
  subjectMax: 128,
  descriptionMax: 2048,
});

/** The parts of the chat service a platform group uses; the number's account is the admin. */
export interface GroupChats {
  createGroup(
    actorId: string,
    input: { subject: string; description?: string; memberIds: readonly string[] },
  ): Promise<Chat>;
  get(actorId: string, chatId: string): Promise<{ chat: Chat; members: readonly Member[] }>;
  updateGroup(
    actorId: string,
    chatId: string,
    patch: { subject?: string; description?: string },
  ): Promise<void>;
  addMembers(actorId: string, chatId: string, accountIds: readonly string[]): Promise<void>;
  removeMember(actorId: string, chatId: string, accountId: string): Promise<void>;
  resetInvite(actorId: string, chatId: string): Promise<string>;
  revokeInvite(actorId: string, chatId: string): Promise<void>;
}

export interface Participant {
  readonly input: string;
  readonly waId: string;
}

/** Something that happened to a group, for the group webhooks (contract 10.1). */
export interface GroupEvent {
  readonly type:
    | 'group_create'
    | 'group_delete'
    | 'group_participants_add'
    | 'group_participants_remove'
    | 'group_settings_update';
  readonly chatId: string;
  readonly at: number;
  /** Every event names the API call behind it, as Meta's group webhooks do. */
  readonly requestId: string;
  readonly subject?: string;
  readonly description?: string;
  readonly inviteCode?: string;
  readonly joinApprovalMode?: JoinApprovalMode;
  readonly added?: readonly Participant[];
  readonly removed?: readonly Participant[];
  readonly failed?: readonly (Participant & { error: PlatformError })[];
}

export interface PlatformGroupsDeps {
  readonly chats: GroupChats;
  readonly repository: PlatformManagementRepository;
  readonly accountIdsByPhone: (phones: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  readonly phoneOf: (accountId: string) => Promise<string>;
  readonly requestId: () => string;
  readonly clock: Clock;
  readonly onEvent?: (number: PlatformNumber, event: GroupEvent) => Promise<void> | void;
}

const waIdOf = (phone: string) => phone.replace(/^\+/, '');

/**
 * The Groups API over Parley's group chats: the number's account creates and administers the
 * group, people join by its invite link or are added, and everything they write in it is an
 * ordinary group message.
 */
export function createPlatformGroupsService(deps: PlatformGroupsDeps) {
  const { chats, repository, clock } = deps;
  const emit = async (number: PlatformNumber, event: GroupEvent) => deps.onEvent?.(number, event);

  async function participantsOf(number: PlatformNumber, chatId: string) {
    const { chat, members } = await chats.get(number.accountId, chatId);
    const others = members.filter((m) => m.accountId !== number.accountId && m.leftSeq === null);
    return { chat, others };
  }

  /** Each input resolved to a person on Parley, or to why it cannot be. */
  async function resolve(inputs: readonly string[]) {
    const phones = inputs.map((input) => tryNormalizePhone(input));
    const ids = await deps.accountIdsByPhone(phones.filter((p): p is string => p !== null));
    return inputs.map((input, i) => {
      const phone = phones[i] ?? null;
      return {
        input,
        waId: phone === null ? input.replace(/\D/g, '') : waIdOf(phone),
        accountId: phone === null ? undefined : ids.get(phone),
      };
    });
  }

  return {
    /** Creates the group at once; the lifecycle webhook carries its id and invite link. */
    async create(
      number: PlatformNumber,
      input: { subject: string; description?: string; joinApprovalMode?: JoinApprovalMode },
    ): Promise<{ requestId: string; group: PlatformGroup }> {
      if ((await repository.countGroups(number.id)) >= PLATFORM_GROUPS.perNumber) {
        throw new PlatformError(131009, `A number has at most ${PLATFORM_GROUPS.perNumber} groups.`);
      }
      const subject = input.subject.trim();
      if (subject === '') throw new PlatformError(131009, 'Param subject must not be empty.');
      const chat = await chats.createGroup(number.accountId, {
        subject,
        ...(input.description !== undefined && { description: input.description }),
        memberIds: [],
      });
      const inviteCode = await chats.resetInvite(number.accountId, chat.id);
      const group: PlatformGroup = {
        chatId: chat.id,
        numberId: number.id,
        joinApprovalMode: input.joinApprovalMode ?? 'auto_approve',
        requestId: deps.requestId(),
        createdAt: clock.now(),
        deletedAt: null,
      };
      await repository.createGroup(group);
      await emit(number, {
        type: 'group_create',
        chatId: chat.id,
        at: group.createdAt,
        requestId: group.requestId,
        subject,
        ...(input.description !== undefined && { description: input.description }),
        inviteCode,
        joinApprovalMode: group.joinApprovalMode,
      });
      return { requestId: group.requestId, group };
    },

    /** The number's live group, or undefined for anything else (the edge answers 100/33). */
    async groupOf(number: PlatformNumber, chatId: string): Promise<PlatformGroup | undefined> {
      const group = await repository.getGroup(chatId);
      return group !== undefined && group.numberId === number.id && group.deletedAt === null
        ? group
        : undefined;
    },

    list: (number: PlatformNumber, page: { limit: number; after?: string }) =>
      repository.listGroups(number.id, page),

    /** The group's chat: subject, description, invite code. */
    chat: async (number: PlatformNumber, group: PlatformGroup): Promise<Chat> =>
      (await chats.get(number.accountId, group.chatId)).chat,

    async info(number: PlatformNumber, group: PlatformGroup) {
      const { chat, others } = await participantsOf(number, group.chatId);
      const phones = await Promise.all(others.map((m) => deps.phoneOf(m.accountId)));
      return { chat, group, participants: phones.map((phone) => ({ waId: waIdOf(phone) })) };
    },

    async update(
      number: PlatformNumber,
      group: PlatformGroup,
      patch: { subject?: string; description?: string },
    ) {
      await chats.updateGroup(number.accountId, group.chatId, patch);
      await emit(number, {
        type: 'group_settings_update',
        chatId: group.chatId,
        at: clock.now(),
        requestId: deps.requestId(),
        ...patch,
      });
    },

    /** Everyone leaves, the business last, and the link stops working. */
    async delete(number: PlatformNumber, group: PlatformGroup): Promise<void> {
      const { others } = await participantsOf(number, group.chatId);
      for (const member of others) await chats.removeMember(number.accountId, group.chatId, member.accountId);
      await chats.revokeInvite(number.accountId, group.chatId);
      await chats.removeMember(number.accountId, group.chatId, number.accountId);
      await repository.markGroupDeleted(group.chatId, clock.now());
      await emit(number, {
        type: 'group_delete',
        chatId: group.chatId,
        at: clock.now(),
        requestId: deps.requestId(),
      });
    },

    /** The current invite link's code, made on first use. */
    async inviteCode(number: PlatformNumber, group: PlatformGroup): Promise<string> {
      const { chat } = await participantsOf(number, group.chatId);
      return chat.inviteCode ?? chats.resetInvite(number.accountId, group.chatId);
    },
    /** A new link; the old one stops working. */
    resetInviteCode: (number: PlatformNumber, group: PlatformGroup) =>
      chats.resetInvite(number.accountId, group.chatId),
    revokeInviteCode: (number: PlatformNumber, group: PlatformGroup) =>
      chats.revokeInvite(number.accountId, group.chatId),

    async addParticipants(number: PlatformNumber, group: PlatformGroup, inputs: readonly string[]) {
      const { others } = await participantsOf(number, group.chatId);
      const present = new Set(others.map((m) => m.accountId));
      const added: Participant[] = [];
      const failed: (Participant & { error: PlatformError })[] = [];
      const adding: string[] = [];
      for (const { input, waId, accountId } of await resolve(inputs)) {
        if (accountId === undefined || accountId === number.accountId) {
          failed.push({
            input,
            waId,
            error: new PlatformError(131203, 'This user cannot be added to the group.'),
          });
        } else if (
          !present.has(accountId) &&
          present.size + adding.length >= PLATFORM_GROUPS.maxParticipants
        ) {
          failed.push({
            input,
            waId,
            error: new PlatformError(
              131203,
              `A group has at most ${PLATFORM_GROUPS.maxParticipants} participants.`,
            ),
          });
        } else {
          if (!present.has(accountId) && !adding.includes(accountId)) adding.push(accountId);
          added.push({ input, waId });
        }
      }
      if (adding.length > 0) await chats.addMembers(number.accountId, group.chatId, adding);
      await emit(number, {
        type: 'group_participants_add',
        chatId: group.chatId,
        at: clock.now(),
        requestId: deps.requestId(),
        added,
        failed,
      });
      return { added, failed };
    },

    /** Removed people cannot come back by the link: it is reset (contract 10.1). */
    async removeParticipants(number: PlatformNumber, group: PlatformGroup, inputs: readonly string[]) {
      const { others } = await participantsOf(number, group.chatId);
      const present = new Set(others.map((m) => m.accountId));
      const removed: Participant[] = [];
      const failed: (Participant & { error: PlatformError })[] = [];
      for (const { input, waId, accountId } of await resolve(inputs)) {
        if (accountId === undefined || !present.has(accountId)) {
          failed.push({
            input,
            waId,
            error: new PlatformError(131009, 'This user is not a participant of the group.'),
          });
        } else {
          await chats.removeMember(number.accountId, group.chatId, accountId);
          present.delete(accountId);
          removed.push({ input, waId });
        }
      }
      if (removed.length > 0) await chats.resetInvite(number.accountId, group.chatId);
      await emit(number, {
        type: 'group_participants_remove',
        chatId: group.chatId,
        at: clock.now(),
        requestId: deps.requestId(),
        removed,
        failed,
      });
      return { removed, failed };
    },
  };
}

export type PlatformGroupsService = ReturnType<typeof createPlatformGroupsService>;
