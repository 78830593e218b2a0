import { DomainError } from '../shared/errors.js';
import type { Clock, IdGenerator } from '../shared/ports.js';
import type { MessageDraft } from '../messages/message.js';
import type { SystemContent } from '../messages/content.js';
import { directKeyOf, isActive, type Chat, type ChatSettings, type Member } from './chat.js';
import {
  assertActiveMember,
  assertAdmin,
  assertGroup,
  assertNotCreator,
  assertRoomFor,
  PINNED_CHATS_MAX,
} from './group-policy.js';
import type { ChatRepository } from './ports.js';

export interface ChatDeps {
  readonly chats: ChatRepository;
  readonly accountExists: (accountId: string) => Promise<boolean>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** A fresh invite code for group links. */
  readonly inviteCode: () => string;
}

export interface GroupInput {
  readonly subject: string;
  readonly description?: string;
  readonly photoMediaId?: string;
  readonly memberIds: readonly string[];
}

export function createChatService(deps: ChatDeps) {
  function systemMessage(chatId: string, content: SystemContent): MessageDraft {
    return {
      id: deps.ids.next(),
      chatId,
      senderId: content.actorId,
      senderDeviceId: null,
      type: 'system',
      content,
      replyToId: null,
      forwarded: false,
      senderOnly: false,
      createdAt: deps.clock.now(),
      effect: null,
    };
  }

  async function group(chatId: string, actorId: string) {
    const chat = await deps.chats.get(chatId);
    const actor = await deps.chats.member(chatId, actorId);
    if (chat === undefined || actor === undefined) throw new DomainError('not_found', 'No such chat');
    assertGroup(chat);
    return { chat, actor };
  }

  async function assertAccounts(accountIds: readonly string[]): Promise<void> {
    for (const accountId of accountIds) {
      if (!(await deps.accountExists(accountId))) {
        throw new DomainError('not_found', 'No such account', { accountId });
      }
    }
  }

  const activeIds = (members: readonly Member[]) => new Set(members.filter(isActive).map((m) => m.accountId));

  return {
    /** The one direct chat between two accounts, created on first use. */
    async openDirect(actorId: string, otherId: string): Promise<Chat> {
      if (actorId === otherId) throw new DomainError('invalid_argument', 'That is your own account');
      await assertAccounts([otherId]);
      const directKey = directKeyOf(actorId, otherId);
      const existing = await deps.chats.findDirect(directKey);
      if (existing !== undefined) return existing;
      const chat: Chat = {
        id: deps.ids.next(),
        kind: 'direct',
        directKey,
        subject: null,
        description: null,
        photoMediaId: null,
        createdBy: actorId,
        createdAt: deps.clock.now(),
        lastSeq: 0,
        inviteCode: null,
      };
      await deps.chats.commit(chat.id, {
        create: chat,
        addMembers: [
          { accountId: actorId, role: 'member' },
          { accountId: otherId, role: 'member' },
        ],
      });
      // Two first sends can race; the unique direct key keeps one chat and we return it.
      return (await deps.chats.findDirect(directKey)) ?? chat;
    },

    async createGroup(actorId: string, input: GroupInput): Promise<Chat> {
      const others = [...new Set(input.memberIds)].filter((id) => id !== actorId);
      assertRoomFor(1, others.length);
      await assertAccounts(others);
      const chat: Chat = {
        id: deps.ids.next(),
        kind: 'group',
        directKey: null,
        subject: input.subject,
        description: input.description ?? null,
        photoMediaId: input.photoMediaId ?? null,
        createdBy: actorId,
        createdAt: deps.clock.now(),
        lastSeq: 0,
        inviteCode: null,
      };
      await deps.chats.commit(chat.id, {
        create: chat,
        addMembers: [
          { accountId: actorId, role: 'admin' },
          ...others.map((accountId) => ({ accountId, role: 'member' as const })),
        ],
        messages: [systemMessage(chat.id, { event: 'group_created', actorId, value: input.subject })],
      });
      return (await deps.chats.get(chat.id)) ?? chat;
    },

    async get(actorId: string, chatId: string) {
      const chat = await deps.chats.get(chatId);
      const member = await deps.chats.member(chatId, actorId);
      if (chat === undefined || member === undefined) throw new DomainError('not_found', 'No such chat');
      const members = (await deps.chats.members(chatId)).filter(isActive);
      return { chat, member, members, settings: await deps.chats.settings(chatId, actorId) };
    },

    list: (actorId: string) => deps.chats.listFor(actorId),

    async updateGroup(
      actorId: string,
      chatId: string,
      patch: { subject?: string; description?: string; photoMediaId?: string | null },
    ): Promise<void> {
      const { actor } = await group(chatId, actorId);
      assertAdmin(actor);
      const messages: MessageDraft[] = [];
      if (patch.subject !== undefined) {
        messages.push(systemMessage(chatId, { event: 'subject_changed', actorId, value: patch.subject }));
      }
      if (patch.description !== undefined) {
        messages.push(systemMessage(chatId, { event: 'description_changed', actorId }));
      }
      if (patch.photoMediaId !== undefined) {
        messages.push(systemMessage(chatId, { event: 'photo_changed', actorId }));
      }
      await deps.chats.commit(chatId, { update: patch, messages });
    },

    async addMembers(actorId: string, chatId: string, accountIds: readonly string[]): Promise<void> {
      const { actor } = await group(chatId, actorId);
      assertAdmin(actor);
      const active = activeIds(await deps.chats.members(chatId));
      const adding = [...new Set(accountIds)].filter((id) => !active.has(id));
      if (adding.length === 0) return;
      await assertAccounts(adding);
      assertRoomFor(active.size, adding.length);
      await deps.chats.commit(chatId, {
        addMembers: adding.map((accountId) => ({ accountId, role: 'member' as const })),
        messages: [systemMessage(chatId, { event: 'members_added', actorId, accountIds: adding })],
      });
    },

    /** An admin removes someone, or a member removes themself (leaves). */
    async removeMember(actorId: string, chatId: string, accountId: string): Promise<void> {
      const { chat, actor } = await group(chatId, actorId);
      assertActiveMember(actor);
      const leaving = accountId === actorId;
      if (!leaving) {
        assertAdmin(actor);
        assertNotCreator(chat, accountId, actorId);
      }
      const target = await deps.chats.member(chatId, accountId);
      if (target === undefined || !isActive(target)) {
        throw new DomainError('not_found', 'That account is not a member');
      }
      const members = (await deps.chats.members(chatId)).filter(isActive);
      // A group keeps an admin: when the last one leaves, the longest-standing member takes over.
      const heir =
        leaving &&
        actor.role === 'admin' &&
        !members.some((m) => m.role === 'admin' && m.accountId !== actorId)
          ? members.find((m) => m.accountId !== actorId)
          : undefined;
      await deps.chats.commit(chatId, {
        removeMembers: [accountId],
        setRoles: heir ? [{ accountId: heir.accountId, role: 'admin' }] : [],
        messages: [
          systemMessage(
            chatId,
            leaving
              ? { event: 'member_left', actorId }
              : { event: 'member_removed', actorId, accountIds: [accountId] },
          ),
        ],
      });
    },

    async setAdmin(actorId: string, chatId: string, accountId: string, admin: boolean): Promise<void> {
      const { chat, actor } = await group(chatId, actorId);
      assertAdmin(actor);
      if (!admin) assertNotCreator(chat, accountId, actorId);
      const target = await deps.chats.member(chatId, accountId);
      if (target === undefined || !isActive(target)) {
        throw new DomainError('not_found', 'That account is not a member');
      }
      if ((target.role === 'admin') === admin) return;
      await deps.chats.commit(chatId, {
        setRoles: [{ accountId, role: admin ? 'admin' : 'member' }],
        messages: [
          systemMessage(chatId, {
            event: admin ? 'admin_promoted' : 'admin_demoted',
            actorId,
            accountIds: [accountId],
          }),
        ],
      });
    },

    /** Creates the invite link, or replaces it (which revokes the old one). */
    async resetInvite(actorId: string, chatId: string): Promise<string> {
      const { actor } = await group(chatId, actorId);
      assertAdmin(actor);
      const inviteCode = deps.inviteCode();
      await deps.chats.commit(chatId, { update: { inviteCode } });
      return inviteCode;
    },

    async revokeInvite(actorId: string, chatId: string): Promise<void> {
      const { actor } = await group(chatId, actorId);
      assertAdmin(actor);
      await deps.chats.commit(chatId, { update: { inviteCode: null } });
    },

    async previewInvite(inviteCode: string) {
      const chat = await deps.chats.findByInviteCode(inviteCode);
      if (chat === undefined)
        throw new DomainError('not_found', 'This invite link was revoked or never existed');
      const size = activeIds(await deps.chats.members(chat.id)).size;
      return {
        chatId: chat.id,
        subject: chat.subject,
        description: chat.description,
        photoMediaId: chat.photoMediaId,
        size,
      };
    },

    async joinByInvite(actorId: string, inviteCode: string): Promise<Chat> {
      const chat = await deps.chats.findByInviteCode(inviteCode);
      if (chat === undefined)
        throw new DomainError('not_found', 'This invite link was revoked or never existed');
      const active = activeIds(await deps.chats.members(chat.id));
      if (active.has(actorId)) return chat;
      assertRoomFor(active.size, 1);
      await deps.chats.commit(chat.id, {
        addMembers: [{ accountId: actorId, role: 'member' }],
        messages: [systemMessage(chat.id, { event: 'member_joined_by_link', actorId })],
      });
      return chat;
    },

    async updateSettings(
      actorId: string,
      chatId: string,
      patch: Partial<ChatSettings>,
    ): Promise<ChatSettings> {
      if ((await deps.chats.member(chatId, actorId)) === undefined) {
        throw new DomainError('not_found', 'No such chat');
      }
      const current = await deps.chats.settings(chatId, actorId);
      const next = { ...current, ...patch };
      if (next.pinnedAt !== null && current.pinnedAt === null) {
        if ((await deps.chats.countPinned(actorId)) >= PINNED_CHATS_MAX) {
          throw new DomainError('limit_exceeded', `At most ${PINNED_CHATS_MAX} chats can be pinned`);
        }
      }
      await deps.chats.saveSettings(chatId, actorId, next);
      return next;
    },
  };
}

export type ChatService = ReturnType<typeof createChatService>;
