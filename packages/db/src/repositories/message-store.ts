import type {
  Clock,
  HiddenMessages,
  Message,
  MessageDraft,
  MessageLog,
  MessageReader,
  Visibility,
} from '@parley/core';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import { GroupCommit } from '../group-commit.js';
import type { Outbox } from '../outbox.js';
import { messageFromRow } from '../rows.js';
import type { Database } from '../schema.js';
import { appendMessages } from './append-messages.js';

export class MessageStore implements MessageLog, MessageReader, HiddenMessages {
  private readonly commits: GroupCommit<MessageDraft, Message>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {
    this.commits = new GroupCommit((drafts) => this.flush(drafts));
  }

  append(draft: MessageDraft): Promise<Message> {
    return this.commits.submit(draft);
  }

  /** Waits for every submitted append to commit; used on graceful shutdown. */
  drain(): Promise<void> {
    return this.commits.drain();
  }

  private async flush(drafts: MessageDraft[]): Promise<(Message | Error)[]> {
    const now = this.clock.now();
    const { results, afterCommit } = await this.db.transaction().execute(async (trx) => {
      const { results, events } = await appendMessages(trx, drafts, now);
      return { results, afterCommit: await this.outbox.write(trx, events, now) };
    });
    afterCommit();
    return results;
  }

  async get(chatId: string, messageId: string): Promise<Message | undefined> {
    const row = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('id', '=', messageId)
      .where('chat_id', '=', chatId)
      .executeTakeFirst();
    return row === undefined ? undefined : messageFromRow(row);
  }

  async after(chatId: string, viewer: Visibility, afterSeq: number, limit: number): Promise<Message[]> {
    const rows = await this.visible(chatId, viewer)
      .where('seq', '>', Math.max(afterSeq, viewer.afterSeq))
      .orderBy('seq', 'asc')
      .limit(limit)
      .execute();
    return rows.map(messageFromRow);
  }

  async before(
    chatId: string,
    viewer: Visibility,
    beforeSeq: number | undefined,
    limit: number,
  ): Promise<Message[]> {
    let query = this.visible(chatId, viewer).where('seq', '>', viewer.afterSeq);
    if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
    const rows = await query.orderBy('seq', 'desc').limit(limit).execute();
    return rows.map(messageFromRow);
  }

  private visible(
    chatId: string,
    viewer: Visibility,
  ): SelectQueryBuilder<Database, 'messages', Database['messages']> {
    let query = this.db
      .selectFrom('messages')
      .selectAll()
      .where('chat_id', '=', chatId)
      .where((eb) => eb.or([eb('sender_only', '=', 0), eb('sender_id', '=', viewer.accountId)]));
    if (viewer.untilSeq !== null) query = query.where('seq', '<=', viewer.untilSeq);
    return query as unknown as SelectQueryBuilder<Database, 'messages', Database['messages']>;
  }

  async sendersBetween(chatId: string, afterSeq: number, upToSeq: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('messages')
      .select('sender_id')
      .distinct()
      .where('chat_id', '=', chatId)
      .where('seq', '>', afterSeq)
      .where('seq', '<=', upToSeq)
      .where('sender_only', '=', 0)
      .execute();
    return rows.map((row) => row.sender_id);
  }

  async reactions(messageIds: readonly string[]) {
    if (messageIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('reactions')
      .select(['message_id', 'account_id', 'emoji'])
      .where('message_id', 'in', messageIds)
      .execute();
    return rows.map((row) => ({ messageId: row.message_id, accountId: row.account_id, emoji: row.emoji }));
  }

  async hide(accountId: string, chatId: string, messageIds: readonly string[]): Promise<void> {
    if (messageIds.length === 0) return;
    await this.db
      .insertInto('hidden_messages')
      .values(messageIds.map((message_id) => ({ account_id: accountId, chat_id: chatId, message_id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async hiddenIn(accountId: string, chatId: string): Promise<ReadonlySet<string>> {
    const rows = await this.db
      .selectFrom('hidden_messages')
      .select('message_id')
      .where('account_id', '=', accountId)
      .where('chat_id', '=', chatId)
      .execute();
    return new Set(rows.map((row) => row.message_id));
  }
}
