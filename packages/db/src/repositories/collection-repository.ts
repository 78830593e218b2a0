import type { Collection, CollectionRepository } from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type { CollectionsTable, Database } from '../schema.js';

const collectionFromRow = (row: Selectable<CollectionsTable>): Collection => ({
  id: row.id,
  businessId: row.business_account_id,
  name: row.name,
  productIds: JSON.parse(row.product_ids),
  hidden: row.hidden === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export class SqlCollectionRepository implements CollectionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private ofBusiness(businessId: string) {
    return this.db.selectFrom('collections').selectAll().where('business_account_id', '=', businessId);
  }

  async list(businessId: string): Promise<Collection[]> {
    const rows = await this.ofBusiness(businessId).orderBy('created_at').orderBy('id').execute();
    return rows.map(collectionFromRow);
  }

  async get(businessId: string, collectionId: string): Promise<Collection | undefined> {
    const row = await this.ofBusiness(businessId).where('id', '=', collectionId).executeTakeFirst();
    return row === undefined ? undefined : collectionFromRow(row);
  }

  async count(businessId: string): Promise<number> {
    const { n } = await this.db
      .selectFrom('collections')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('business_account_id', '=', businessId)
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  async put(collection: Collection): Promise<void> {
    const values = {
      name: collection.name,
      product_ids: JSON.stringify(collection.productIds),
      hidden: collection.hidden ? 1 : 0,
      updated_at: collection.updatedAt,
    };
    // The business is part of the match, so a collection id of another business is never replaced.
    const updated = await this.db
      .updateTable('collections')
      .set(values)
      .where('business_account_id', '=', collection.businessId)
      .where('id', '=', collection.id)
      .executeTakeFirst();
    if (updated.numUpdatedRows > 0n) return;
    await this.db
      .insertInto('collections')
      .values({
        id: collection.id,
        business_account_id: collection.businessId,
        created_at: collection.createdAt,
        ...values,
      })
      .execute();
  }

  async delete(businessId: string, collectionId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('collections')
      .where('business_account_id', '=', businessId)
      .where('id', '=', collectionId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
