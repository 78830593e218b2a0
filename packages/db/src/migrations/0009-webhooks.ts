import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../dialect.js';

/**
 * The webhook queue: one row per POST body, kept after delivery as the delivery log. Partial
 * indexes over pending rows keep claiming cheap however long the log grows.
 */
export function webhooks(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('webhook_batches')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('app_id', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('waba_id', 'text', (c) => c.notNull())
        .addColumn('event_count', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
        // Set while a dispatcher POSTs the batch; a node that dies mid-POST lets it lapse.
        .addColumn('leased_until', 'bigint')
        .addColumn('first_attempt_at', 'bigint')
        .addColumn('last_status', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('delivered_at', 'bigint')
        .execute();
      // Bodies apart, since SQLite rewrites a whole row on update and a batch is updated at every
      // attempt; deflated, since a status batch shrinks about 50 times and I/O is the bottleneck.
      await db.schema
        .createTable('webhook_batch_bodies')
        .addColumn('id', 'text', (c) => c.primaryKey().references('webhook_batches.id').onDelete('cascade'))
        .addColumn('body', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('webhook_batches_due')
        .on('webhook_batches')
        .columns(['next_attempt_at', 'app_id', 'url'])
        .where(sql.ref('state'), '=', 'pending')
        .execute();
      await db.schema
        .createIndex('webhook_batches_by_endpoint')
        .on('webhook_batches')
        .columns(['app_id', 'url', 'next_attempt_at', 'id'])
        .where(sql.ref('state'), '=', 'pending')
        .execute();
      await db.schema
        .createIndex('webhook_batches_by_app')
        .on('webhook_batches')
        .columns(['app_id', 'id'])
        .execute();
      await db.schema
        .createIndex('webhook_batches_by_age')
        .on('webhook_batches')
        .column('created_at')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('webhook_batch_bodies').execute();
      await db.schema.dropTable('webhook_batches').execute();
    },
  };
}
