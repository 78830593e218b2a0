import type { Kysely, Migration } from 'kysely';

/** The Business app's catalog (products, collections) and the orders customers send from it. */
export function catalog(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('products')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('business_account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('image_media_ids', 'text', (c) => c.notNull())
        .addColumn('price', 'bigint', (c) => c.notNull())
        .addColumn('sale_price', 'bigint')
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('link', 'text')
        .addColumn('sku', 'text')
        .addColumn('availability', 'text', (c) => c.notNull())
        .addColumn('hidden', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('products_by_business')
        .on('products')
        .columns(['business_account_id', 'created_at'])
        .execute();
      // Both dialects let many rows leave the SKU null under a unique index.
      await db.schema
        .createIndex('products_sku_per_business')
        .on('products')
        .columns(['business_account_id', 'sku'])
        .unique()
        .execute();

      await db.schema
        .createTable('collections')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('business_account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('product_ids', 'text', (c) => c.notNull())
        .addColumn('hidden', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('collections_by_business')
        .on('collections')
        .columns(['business_account_id', 'created_at'])
        .execute();

      await db.schema
        .createTable('orders')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('business_account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('customer_account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('items', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('total', 'bigint', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      // The orders list pages newest first, with or without a status filter.
      await db.schema
        .createIndex('orders_by_business')
        .on('orders')
        .columns(['business_account_id', 'created_at', 'id'])
        .execute();
      await db.schema
        .createIndex('orders_by_business_status')
        .on('orders')
        .columns(['business_account_id', 'status', 'created_at', 'id'])
        .execute();
      await db.schema.createIndex('orders_by_customer').on('orders').column('customer_account_id').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('orders').execute();
      await db.schema.dropTable('collections').execute();
      await db.schema.dropTable('products').execute();
    },
  };
}
