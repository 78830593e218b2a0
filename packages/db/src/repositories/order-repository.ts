import type { Order, OrderCursor, OrderPage, OrderRepository, OrderStatus } from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, OrdersTable } from '../schema.js';

const orderFromRow = (row: Selectable<OrdersTable>): Order => ({
  id: row.id,
  businessId: row.business_account_id,
  customerId: row.customer_account_id,
  chatId: row.chat_id,
  items: JSON.parse(row.items),
  currency: row.currency,
  total: row.total,
  note: row.note,
  status: row.status as OrderStatus,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export class SqlOrderRepository implements OrderRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(order: Order): Promise<void> {
    await this.db
      .insertInto('orders')
      .values({
        id: order.id,
        business_account_id: order.businessId,
        customer_account_id: order.customerId,
        chat_id: order.chatId,
        items: JSON.stringify(order.items),
        currency: order.currency,
        total: order.total,
        note: order.note,
        status: order.status,
        created_at: order.createdAt,
        updated_at: order.updatedAt,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async get(businessId: string, orderId: string): Promise<Order | undefined> {
    const row = await this.db
      .selectFrom('orders')
      .selectAll()
      .where('business_account_id', '=', businessId)
      .where('id', '=', orderId)
      .executeTakeFirst();
    return row === undefined ? undefined : orderFromRow(row);
  }

  async getForParty(accountId: string, orderId: string): Promise<Order | undefined> {
    const row = await this.db
      .selectFrom('orders')
      .selectAll()
      .where('id', '=', orderId)
      .where((eb) =>
        eb.or([eb('business_account_id', '=', accountId), eb('customer_account_id', '=', accountId)]),
      )
      .executeTakeFirst();
    return row === undefined ? undefined : orderFromRow(row);
  }

  async list(
    businessId: string,
    query: { status?: OrderStatus; after?: OrderCursor; limit: number },
  ): Promise<OrderPage> {
    let select = this.db.selectFrom('orders').selectAll().where('business_account_id', '=', businessId);
    if (query.status !== undefined) select = select.where('status', '=', query.status);
    const { after } = query;
    if (after !== undefined) {
      select = select.where((eb) =>
        eb.or([
          eb('created_at', '<', after.createdAt),
          eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
        ]),
      );
    }
    // One row more than asked tells whether another page follows.
    const rows = await select
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit + 1)
      .execute();
    const orders = rows.slice(0, query.limit).map(orderFromRow);
    const last = orders.at(-1);
    const next =
      rows.length > query.limit && last !== undefined ? { createdAt: last.createdAt, id: last.id } : null;
    return { orders, next };
  }

  async setStatus(
    businessId: string,
    orderId: string,
    from: OrderStatus,
    to: OrderStatus,
    at: number,
  ): Promise<Order | undefined> {
    const row = await this.db
      .updateTable('orders')
      .set({ status: to, updated_at: at })
      .where('business_account_id', '=', businessId)
      .where('id', '=', orderId)
      .where('status', '=', from)
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? undefined : orderFromRow(row);
  }
}
