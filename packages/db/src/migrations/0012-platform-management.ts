import type { Kysely, Migration } from 'kysely';

/**
 * Managing platform numbers: the register/deregister call log (10 per 72 h), display names
 * waiting for review, and the groups numbers created through the Groups API.
 */
export function platformManagement(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('platform_registration_calls')
        .addColumn('number_id', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('platform_registration_calls_by_number')
        .on('platform_registration_calls')
        .columns(['number_id', 'at'])
        .execute();

      await db.schema
        .createTable('platform_display_names')
        .addColumn('number_id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('requested_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('platform_groups')
        .addColumn('chat_id', 'text', (c) => c.primaryKey())
        .addColumn('number_id', 'text', (c) => c.notNull())
        .addColumn('join_approval_mode', 'text', (c) => c.notNull())
        .addColumn('request_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('deleted_at', 'bigint')
        .execute();
      await db.schema
        .createIndex('platform_groups_by_number')
        .on('platform_groups')
        .columns(['number_id', 'created_at', 'chat_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['platform_groups', 'platform_display_names', 'platform_registration_calls']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
