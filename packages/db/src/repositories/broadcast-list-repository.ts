import type {
  BroadcastList,
  BroadcastListChange,
  BroadcastListRepository,
  BroadcastRecipient,
} from '@parley/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { insertRows } from '../insert-rows.js';
import type { BroadcastListsTable, Database } from '../schema.js';

export class SqlBroadcastListRepository implements BroadcastListRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(businessId: string): Promise<BroadcastList[]> {
    const lists = await this.db
      .selectFrom('broadcast_lists')
      .selectAll()
      .where('business_account_id', '=', businessId)
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .execute();
    if (lists.length === 0) return [];
    const recipients = await this.db
      .selectFrom('broadcast_list_recipients')
      .select(['list_id', 'account_id', 'phone'])
      .where(
        'list_id',
        'in',
        lists.map((l) => l.id),
      )
      .orderBy('list_id')
      .orderBy('position')
      .execute();
    const byList = new Map<string, BroadcastRecipient[]>(lists.map((l) => [l.id, []]));
    for (const r of recipients) byList.get(r.list_id)?.push({ accountId: r.account_id, phone: r.phone });
    return lists.map((row) => listFromRow(row, byList.get(row.id) ?? []));
  }

  get(businessId: string, listId: string): Promise<BroadcastList | undefined> {
    return this.read(this.db, businessId, listId);
  }

  async count(businessId: string): Promise<number> {
    const { n } = await this.db
      .selectFrom('broadcast_lists')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('business_account_id', '=', businessId)
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  async create(businessId: string, list: BroadcastList): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('broadcast_lists')
        .values({
          id: list.id,
          business_account_id: businessId,
          name: list.name,
          created_at: list.createdAt,
          updated_at: list.updatedAt,
        })
        .execute();
      await insertRecipients(trx, list.id, list.recipients);
    });
  }

  async update(
    businessId: string,
    listId: string,
    change: BroadcastListChange,
  ): Promise<BroadcastList | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('broadcast_lists')
        .set({ updated_at: change.updatedAt, ...(change.name === undefined ? {} : { name: change.name }) })
        .where('business_account_id', '=', businessId)
        .where('id', '=', listId)
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) return undefined;
      if (change.recipients !== undefined) {
        await trx.deleteFrom('broadcast_list_recipients').where('list_id', '=', listId).execute();
        await insertRecipients(trx, listId, change.recipients);
      }
      return this.read(trx, businessId, listId);
    });
  }

  async delete(businessId: string, listId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('broadcast_lists')
      .where('business_account_id', '=', businessId)
      .where('id', '=', listId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  private async read(
    db: Kysely<Database> | Transaction<Database>,
    businessId: string,
    listId: string,
  ): Promise<BroadcastList | undefined> {
    const row = await db
      .selectFrom('broadcast_lists')
      .selectAll()
      .where('business_account_id', '=', businessId)
      .where('id', '=', listId)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    const recipients = await db
      .selectFrom('broadcast_list_recipients')
      .select(['account_id', 'phone'])
      .where('list_id', '=', listId)
      .orderBy('position')
      .execute();
    return listFromRow(
      row,
      recipients.map((r) => ({ accountId: r.account_id, phone: r.phone })),
    );
  }
}

const listFromRow = (
  row: Selectable<BroadcastListsTable>,
  recipients: readonly BroadcastRecipient[],
): BroadcastList => ({
  id: row.id,
  businessId: row.business_account_id,
  name: row.name,
  recipients,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

async function insertRecipients(
  trx: Transaction<Database>,
  listId: string,
  recipients: readonly BroadcastRecipient[],
): Promise<void> {
  await insertRows(
    trx,
    'broadcast_list_recipients',
    recipients.map((r, position) => ({ list_id: listId, account_id: r.accountId, phone: r.phone, position })),
  );
}
