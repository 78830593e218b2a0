import type {
  Broadcast,
  BroadcastContent,
  BroadcastOutcome,
  BroadcastRecord,
  BroadcastRepository,
  DeliveryReceipts,
} from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import { insertRows } from '../insert-rows.js';
import type { BroadcastsTable, Database } from '../schema.js';

export class SqlBroadcastRepository implements BroadcastRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(businessId: string, broadcast: Broadcast): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('broadcasts')
        .values({
          id: broadcast.id,
          business_account_id: businessId,
          list_id: broadcast.listId,
          list_name: broadcast.listName,
          content_type: broadcast.contentType,
          preview: broadcast.preview,
          created_at: broadcast.createdAt,
        })
        .execute();
      await insertRows(
        trx,
        'broadcast_recipients',
        broadcast.deliveries.map((d, position) => ({
          broadcast_id: broadcast.id,
          account_id: d.accountId,
          phone: d.phone,
          position,
          outcome: d.outcome,
          chat_id: d.chatId,
          message_id: d.messageId,
        })),
      );
    });
  }

  async get(businessId: string, broadcastId: string): Promise<BroadcastRecord | undefined> {
    const row = await this.db
      .selectFrom('broadcasts')
      .selectAll()
      .where('business_account_id', '=', businessId)
      .where('id', '=', broadcastId)
      .executeTakeFirst();
    return row === undefined ? undefined : (await this.withDeliveries([row]))[0];
  }

  async list(businessId: string, page: { before?: string; limit: number }): Promise<BroadcastRecord[]> {
    let query = this.db
      .selectFrom('broadcasts')
      .selectAll()
      .where('business_account_id', '=', businessId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit);
    if (page.before !== undefined) {
      const cursor = await this.db
        .selectFrom('broadcasts')
        .select(['created_at', 'id'])
        .where('business_account_id', '=', businessId)
        .where('id', '=', page.before)
        .executeTakeFirst();
      if (cursor === undefined) return [];
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '<', cursor.created_at),
          eb.and([eb('created_at', '=', cursor.created_at), eb('id', '<', cursor.id)]),
        ]),
      );
    }
    return this.withDeliveries(await query.execute());
  }

  /** Each recipient's outcome with the receipts of their chat, read fresh. */
  private async withDeliveries(rows: Selectable<BroadcastsTable>[]): Promise<BroadcastRecord[]> {
    if (rows.length === 0) return [];
    const deliveries = await this.db
      .selectFrom('broadcast_recipients as r')
      .leftJoin('messages as m', 'm.id', 'r.message_id')
      .leftJoin('chat_members as cm', (join) =>
        join.onRef('cm.chat_id', '=', 'r.chat_id').onRef('cm.account_id', '=', 'r.account_id'),
      )
      .select([
        'r.broadcast_id',
        'r.account_id',
        'r.phone',
        'r.outcome',
        'r.chat_id',
        'r.message_id',
        'm.seq',
        'm.sender_only',
        'cm.delivered_seq',
        'cm.read_seq',
      ])
      .where(
        'r.broadcast_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('r.broadcast_id')
      .orderBy('r.position')
      .execute();
    const byBroadcast = new Map<string, DeliveryReceipts[]>(rows.map((row) => [row.id, []]));
    for (const d of deliveries) {
      byBroadcast.get(d.broadcast_id)?.push({
        accountId: d.account_id,
        phone: d.phone,
        outcome: d.outcome as BroadcastOutcome,
        chatId: d.chat_id,
        messageId: d.message_id,
        seq: d.seq ?? null,
        senderOnly: d.sender_only === 1,
        deliveredSeq: d.delivered_seq ?? 0,
        readSeq: d.read_seq ?? 0,
      });
    }
    return rows.map((row) => ({
      id: row.id,
      businessId: row.business_account_id,
      listId: row.list_id,
      listName: row.list_name,
      contentType: row.content_type as BroadcastContent['type'],
      preview: row.preview,
      createdAt: row.created_at,
      deliveries: byBroadcast.get(row.id) ?? [],
    }));
  }
}
