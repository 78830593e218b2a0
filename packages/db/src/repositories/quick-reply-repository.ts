import type { QuickReply, QuickReplyRepository } from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, QuickRepliesTable } from '../schema.js';
import { isUniqueViolation } from '../unique-violation.js';

const replyFromRow = (row: Selectable<QuickRepliesTable>): QuickReply => ({
  id: row.id,
  shortcut: row.shortcut,
  text: row.text,
  mediaId: row.media_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The unique key on (business, shortcut) settles races that a read-then-write check would lose. */
async function unlessTaken(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export class SqlQuickReplyRepository implements QuickReplyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(businessId: string): Promise<QuickReply[]> {
    const rows = await this.db
      .selectFrom('quick_replies')
      .selectAll()
      .where('business_account_id', '=', businessId)
      .execute();
    return rows.map(replyFromRow);
  }

  async get(businessId: string, id: string): Promise<QuickReply | undefined> {
    const row = await this.db
      .selectFrom('quick_replies')
      .selectAll()
      .where('business_account_id', '=', businessId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : replyFromRow(row);
  }

  async count(businessId: string): Promise<number> {
    const { n } = await this.db
      .selectFrom('quick_replies')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('business_account_id', '=', businessId)
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  create(businessId: string, reply: QuickReply): Promise<boolean> {
    return unlessTaken(
      this.db
        .insertInto('quick_replies')
        .values({
          id: reply.id,
          business_account_id: businessId,
          shortcut: reply.shortcut,
          text: reply.text,
          media_id: reply.mediaId,
          created_at: reply.createdAt,
          updated_at: reply.updatedAt,
        })
        .execute(),
    );
  }

  update(businessId: string, reply: QuickReply): Promise<boolean> {
    return unlessTaken(
      this.db
        .updateTable('quick_replies')
        .set({
          shortcut: reply.shortcut,
          text: reply.text,
          media_id: reply.mediaId,
          updated_at: reply.updatedAt,
        })
        .where('business_account_id', '=', businessId)
        .where('id', '=', reply.id)
        .execute(),
    );
  }

  async delete(businessId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('quick_replies')
      .where('business_account_id', '=', businessId)
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
