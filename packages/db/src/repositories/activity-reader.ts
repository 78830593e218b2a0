import { STATISTICS_LIMITS, type ActivityBucket, type ActivityReader } from '@parley/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Message types that change another message or announce a change; they are not messages people count. */
const NOT_COUNTED = ['system', 'reaction', 'edit', 'revoke'];

/**
 * Counts a business's messages per quarter hour in SQL, so the result stays small however busy
 * the business is; the core sums quarter hours into days of whatever zone was asked for.
 */
export class SqlActivityReader implements ActivityReader {
  constructor(private readonly db: Kysely<Database>) {}

  async activity(businessId: string, from: number, to: number): Promise<ActivityBucket[]> {
    const bucket = sql<number>`m.created_at / ${sql.lit(STATISTICS_LIMITS.bucketMs)}`;
    // The business's own messages to a customer the receipts can cover; one the customer's block
    // kept for the business alone is never delivered, whatever the watermark says.
    const sentBy = sql`m.sender_id = me.account_id`;
    const reachable = sql`${sentBy} and m.sender_only = 0`;
    const rows = await this.db
      .selectFrom('chat_members as me')
      .innerJoin('chats as c', 'c.id', 'me.chat_id')
      .innerJoin('chat_members as peer', (join) =>
        join.onRef('peer.chat_id', '=', 'me.chat_id').onRef('peer.account_id', '<>', 'me.account_id'),
      )
      .innerJoin('messages as m', 'm.chat_id', 'me.chat_id')
      .select([
        bucket.as('bucket'),
        sql<number>`sum(case when ${sentBy} then 1 else 0 end)`.as('sent'),
        sql<number>`sum(case when ${reachable} and peer.delivered_seq >= m.seq then 1 else 0 end)`.as(
          'delivered',
        ),
        sql<number>`sum(case when ${reachable} and peer.read_seq >= m.seq then 1 else 0 end)`.as('read'),
        sql<number>`sum(case when m.sender_id <> me.account_id then 1 else 0 end)`.as('received'),
      ])
      .where('me.account_id', '=', businessId)
      // A customer's message the business blocked is kept for the customer alone: not received.
      .where((eb) => eb.or([eb('m.sender_id', '=', businessId), eb('m.sender_only', '=', 0)]))
      .where('c.kind', '=', 'direct')
      .where('m.type', 'not in', NOT_COUNTED)
      .where('m.created_at', '>=', from)
      .where('m.created_at', '<', to)
      .groupBy(bucket)
      .execute();
    return rows.map((row) => ({
      start: Number(row.bucket) * STATISTICS_LIMITS.bucketMs,
      sent: Number(row.sent),
      delivered: Number(row.delivered),
      read: Number(row.read),
      received: Number(row.received),
    }));
  }
}
