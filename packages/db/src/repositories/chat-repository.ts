import {
  MODIFIER_TYPES,
  type Chat,
  type ChatChange,
  type ChatRepository,
  type ChatSettings,
  type ChatSummary,
  type Clock,
  type Member,
} from '@parley/core';
import type { Kysely } from 'kysely';
import type { Outbox } from '../outbox.js';
import { chatFromRow, memberFromRow, messageFromRow } from '../rows.js';
import type { Database } from '../schema.js';
import { appendMessages } from './append-messages.js';

/**
 * Chats and memberships. Membership is read on every send, so it is cached per chat and dropped
 * whenever this repository changes it. Watermarks in the cached members may lag; nothing that
 * needs them fresh reads them from the cache.
 */
export class SqlChatRepository implements ChatRepository {
  private readonly chats = new Map<string, Chat>();
  private readonly memberships = new Map<string, Promise<readonly Member[]>>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async get(chatId: string): Promise<Chat | undefined> {
    const cached = this.chats.get(chatId);
    if (cached !== undefined) return cached;
    const row = await this.db.selectFrom('chats').selectAll().where('id', '=', chatId).executeTakeFirst();
    if (row === undefined) return undefined;
    const chat = chatFromRow(row);
    this.chats.set(chatId, chat);
    return chat;
  }

  async findDirect(directKey: string): Promise<Chat | undefined> {
    const row = await this.db
      .selectFrom('chats')
      .selectAll()
      .where('direct_key', '=', directKey)
      .executeTakeFirst();
    return row === undefined ? undefined : chatFromRow(row);
  }

  async findByInviteCode(inviteCode: string): Promise<Chat | undefined> {
    const row = await this.db
      .selectFrom('chats')
      .selectAll()
      .where('invite_code', '=', inviteCode)
      .executeTakeFirst();
    return row === undefined ? undefined : chatFromRow(row);
  }

  members(chatId: string): Promise<readonly Member[]> {
    let members = this.memberships.get(chatId);
    if (members === undefined) {
      members = this.db
        .selectFrom('chat_members')
        .selectAll()
        .where('chat_id', '=', chatId)
        .execute()
        .then((rows) => rows.map(memberFromRow));
      members.catch(() => this.memberships.delete(chatId));
      this.memberships.set(chatId, members);
    }
    return members;
  }

  async member(chatId: string, accountId: string): Promise<Member | undefined> {
    return (await this.members(chatId)).find((m) => m.accountId === accountId);
  }

  async commit(chatId: string, change: ChatChange) {
    const now = this.clock.now();
    const { messages, afterCommit } = await this.db.transaction().execute(async (trx) => {
      if (change.create !== undefined) {
        const chat = change.create;
        const inserted = await trx
          .insertInto('chats')
          .values({
            id: chat.id,
            kind: chat.kind,
            direct_key: chat.directKey,
            subject: chat.subject,
            description: chat.description,
            photo_media_id: chat.photoMediaId,
            created_by: chat.createdBy,
            created_at: chat.createdAt,
            last_seq: 0,
            last_activity_at: now,
            invite_code: null,
          })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        // A racing creator of the same direct chat won: leave theirs as it is.
        if (inserted.numInsertedOrUpdatedRows === 0n) return { messages: [], afterCommit: () => undefined };
      }
      if (change.update !== undefined && Object.keys(change.update).length > 0) {
        await trx
          .updateTable('chats')
          .set({
            subject: change.update.subject,
            description: change.update.description,
            photo_media_id: change.update.photoMediaId,
            invite_code: change.update.inviteCode,
          })
          .where('id', '=', chatId)
          .execute();
      }
      const { last_seq: lastSeq } = await trx
        .selectFrom('chats')
        .select('last_seq')
        .where('id', '=', chatId)
        .executeTakeFirstOrThrow();
      for (const { accountId, role } of change.addMembers ?? []) {
        const values = {
          role,
          joined_seq: lastSeq,
          left_seq: null,
          delivered_seq: lastSeq,
          read_seq: lastSeq,
        };
        await trx
          .insertInto('chat_members')
          .values({
            chat_id: chatId,
            account_id: accountId,
            ...values,
            muted_until: null,
            archived: 0,
            pinned_at: null,
          })
          .onConflict((oc) => oc.columns(['chat_id', 'account_id']).doUpdateSet(values))
          .execute();
      }
      for (const { accountId, role } of change.setRoles ?? []) {
        await trx
          .updateTable('chat_members')
          .set({ role })
          .where('chat_id', '=', chatId)
          .where('account_id', '=', accountId)
          .execute();
      }
      const appended = await appendMessages(trx, change.messages ?? [], now);
      const messages = appended.results.filter((r): r is Exclude<typeof r, Error> => !(r instanceof Error));
      if (change.removeMembers !== undefined && change.removeMembers.length > 0) {
        const leftSeq = messages.at(-1)?.seq ?? lastSeq;
        await trx
          .updateTable('chat_members')
          .set({ left_seq: leftSeq, role: 'member' })
          .where('chat_id', '=', chatId)
          .where('account_id', 'in', change.removeMembers)
          .execute();
      }
      return { messages, afterCommit: await this.outbox.write(trx, appended.events, now) };
    });
    this.chats.delete(chatId);
    this.memberships.delete(chatId);
    afterCommit();
    return messages;
  }

  async membershipsOf(accountId: string) {
    const rows = await this.db
      .selectFrom('chat_members as m')
      .innerJoin('chats as c', 'c.id', 'm.chat_id')
      .selectAll('c')
      .select([
        'm.chat_id',
        'm.account_id',
        'm.role',
        'm.joined_seq',
        'm.left_seq',
        'm.delivered_seq',
        'm.read_seq',
      ])
      .where('m.account_id', '=', accountId)
      .orderBy('c.id')
      .execute();
    return rows.map((row) => ({ chat: chatFromRow(row), member: memberFromRow(row) }));
  }

  async watermarks(chatId: string): Promise<readonly Member[]> {
    const rows = await this.db.selectFrom('chat_members').selectAll().where('chat_id', '=', chatId).execute();
    return rows.map(memberFromRow);
  }

  async listFor(accountId: string): Promise<readonly ChatSummary[]> {
    const rows = await this.db
      .selectFrom('chat_members as m')
      .innerJoin('chats as c', 'c.id', 'm.chat_id')
      .selectAll('c')
      .select([
        'm.role',
        'm.joined_seq',
        'm.left_seq',
        'm.delivered_seq',
        'm.read_seq',
        'm.muted_until',
        'm.archived',
        'm.pinned_at',
        'm.account_id',
        'm.chat_id',
      ])
      .where('m.account_id', '=', accountId)
      .orderBy('c.last_activity_at', 'desc')
      .execute();
    return Promise.all(
      rows.map(async (row) => {
        const member = memberFromRow(row);
        const visibleUntil = member.leftSeq ?? row.last_seq;
        const visible = this.db
          .selectFrom('messages')
          .where('chat_id', '=', row.id)
          .where('seq', '>', member.joinedSeq)
          .where('seq', '<=', visibleUntil)
          .where((eb) => eb.or([eb('sender_only', '=', 0), eb('sender_id', '=', accountId)]))
          .where('type', 'not in', MODIFIER_TYPES);
        const last = await visible.selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
        const unread = await visible
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('seq', '>', member.readSeq)
          .where('sender_id', '!=', accountId)
          .where('type', '!=', 'system')
          .executeTakeFirstOrThrow();
        return {
          chat: chatFromRow(row),
          member,
          settings: settingsFromRow(row),
          unreadCount: Number(unread.n),
          lastMessage: last === undefined ? null : messageFromRow(last),
        };
      }),
    );
  }

  async settings(chatId: string, accountId: string): Promise<ChatSettings> {
    const row = await this.db
      .selectFrom('chat_members')
      .select(['muted_until', 'archived', 'pinned_at'])
      .where('chat_id', '=', chatId)
      .where('account_id', '=', accountId)
      .executeTakeFirstOrThrow();
    return settingsFromRow(row);
  }

  async saveSettings(chatId: string, accountId: string, settings: ChatSettings): Promise<void> {
    await this.db
      .updateTable('chat_members')
      .set({
        muted_until: settings.mutedUntil,
        archived: settings.archived ? 1 : 0,
        pinned_at: settings.pinnedAt,
      })
      .where('chat_id', '=', chatId)
      .where('account_id', '=', accountId)
      .execute();
  }

  async countPinned(accountId: string): Promise<number> {
    const row = await this.db
      .selectFrom('chat_members')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('account_id', '=', accountId)
      .where('pinned_at', 'is not', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

function settingsFromRow(row: {
  muted_until: number | null;
  archived: number;
  pinned_at: number | null;
}): ChatSettings {
  return { mutedUntil: row.muted_until, archived: row.archived === 1, pinnedAt: row.pinned_at };
}
