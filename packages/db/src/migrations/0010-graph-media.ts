import type { Kysely, Migration } from 'kysely';

/**
 * Graph media ids: a digit id per platform number over an internal media record, with the
 * contract's lifetimes. Deleting an id only marks it: the file may still be in messages.
 */
export function graphMedia(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('graph_media')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('media_id', 'text', (c) => c.notNull().references('media.id'))
        .addColumn('phone_number_id', 'text', (c) => c.notNull())
        .addColumn('waba_id', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('url_key', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('deleted_at', 'bigint')
        .execute();
      // Webhooks look up the id a number already has for a file a person sent it.
      await db.schema
        .createIndex('graph_media_by_media')
        .on('graph_media')
        .columns(['media_id', 'phone_number_id', 'expires_at'])
        .execute();
      await db.schema.createIndex('graph_media_by_expiry').on('graph_media').column('expires_at').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('graph_media').execute();
    },
  };
}
