import {
  DomainError,
  type Availability,
  type Product,
  type ProductKind,
  type ProductRepository,
} from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, ProductsTable } from '../schema.js';
import { isUniqueViolation } from '../unique-violation.js';

const productFromRow = (row: Selectable<ProductsTable>): Product => ({
  id: row.id,
  businessId: row.business_account_id,
  kind: row.kind as ProductKind,
  name: row.name,
  description: row.description,
  imageMediaIds: JSON.parse(row.image_media_ids),
  price: row.price,
  salePrice: row.sale_price,
  currency: row.currency,
  link: row.link,
  sku: row.sku,
  availability: row.availability as Availability,
  hidden: row.hidden === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const fieldsToRow = (product: Product) => ({
  kind: product.kind,
  name: product.name,
  description: product.description,
  image_media_ids: JSON.stringify(product.imageMediaIds),
  price: product.price,
  sale_price: product.salePrice,
  currency: product.currency,
  link: product.link,
  sku: product.sku,
  availability: product.availability,
  hidden: product.hidden ? 1 : 0,
  updated_at: product.updatedAt,
});

/** Two writers can pass the service's SKU check at once; the unique index has the last word. */
async function refusingTakenSku(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('conflict', 'Another product already has this SKU');
    throw error;
  }
}

export class SqlProductRepository implements ProductRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private ofBusiness(businessId: string) {
    return this.db.selectFrom('products').selectAll().where('business_account_id', '=', businessId);
  }

  async list(businessId: string): Promise<Product[]> {
    const rows = await this.ofBusiness(businessId).orderBy('created_at').orderBy('id').execute();
    return rows.map(productFromRow);
  }

  async get(businessId: string, productId: string): Promise<Product | undefined> {
    const row = await this.ofBusiness(businessId).where('id', '=', productId).executeTakeFirst();
    return row === undefined ? undefined : productFromRow(row);
  }

  async getMany(businessId: string, productIds: readonly string[]): Promise<Product[]> {
    if (productIds.length === 0) return [];
    const rows = await this.ofBusiness(businessId).where('id', 'in', productIds).execute();
    return rows.map(productFromRow);
  }

  async count(businessId: string): Promise<number> {
    const { n } = await this.db
      .selectFrom('products')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('business_account_id', '=', businessId)
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  async findBySku(businessId: string, sku: string): Promise<Product | undefined> {
    const row = await this.ofBusiness(businessId).where('sku', '=', sku).executeTakeFirst();
    return row === undefined ? undefined : productFromRow(row);
  }

  async create(product: Product): Promise<void> {
    await refusingTakenSku(() =>
      this.db
        .insertInto('products')
        .values({
          id: product.id,
          business_account_id: product.businessId,
          created_at: product.createdAt,
          ...fieldsToRow(product),
        })
        .execute(),
    );
  }

  async update(product: Product): Promise<void> {
    await refusingTakenSku(() =>
      this.db
        .updateTable('products')
        .set(fieldsToRow(product))
        .where('business_account_id', '=', product.businessId)
        .where('id', '=', product.id)
        .execute(),
    );
  }

  async delete(businessId: string, productId: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const deleted = await trx
        .deleteFrom('products')
        .where('business_account_id', '=', businessId)
        .where('id', '=', productId)
        .executeTakeFirst();
      if (deleted.numDeletedRows === 0n) return false;
      const collections = await trx
        .selectFrom('collections')
        .select(['id', 'product_ids'])
        .where('business_account_id', '=', businessId)
        .execute();
      for (const collection of collections) {
        const ids: string[] = JSON.parse(collection.product_ids);
        if (!ids.includes(productId)) continue;
        await trx
          .updateTable('collections')
          .set({ product_ids: JSON.stringify(ids.filter((id) => id !== productId)) })
          .where('id', '=', collection.id)
          .execute();
      }
      return true;
    });
  }
}
