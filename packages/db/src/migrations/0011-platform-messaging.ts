import type { Kysely, Migration } from 'kysely';

/**
 * What the Graph send path keeps beside the message: `biz_opaque_callback_data`, written only
 * when a send carries it, read by every status webhook of that message.
 */
export function platformMessaging(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('platform_callback_data')
        .addColumn('message_id', 'text', (c) => c.primaryKey())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('platform_callback_data').execute();
    },
  };
}
