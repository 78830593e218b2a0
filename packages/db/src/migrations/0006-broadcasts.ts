import type { Kysely, Migration } from 'kysely';

/** Broadcast lists of a business, and the broadcasts sent to them with each recipient's outcome. */
export function broadcasts(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('broadcast_lists')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('business_account_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('broadcast_lists_by_business')
        .on('broadcast_lists')
        .column('business_account_id')
        .execute();

      await db.schema
        .createTable('broadcast_list_recipients')
        .addColumn('list_id', 'text', (c) => c.notNull().references('broadcast_lists.id').onDelete('cascade'))
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('broadcast_list_recipients_pk', ['list_id', 'account_id'])
        .execute();

      await db.schema
        .createTable('broadcasts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('business_account_id', 'text', (c) => c.notNull())
        // No reference: a broadcast outlives the list it went to.
        .addColumn('list_id', 'text', (c) => c.notNull())
        .addColumn('list_name', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('preview', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('broadcasts_by_business')
        .on('broadcasts')
        .columns(['business_account_id', 'created_at', 'id'])
        .execute();

      await db.schema
        .createTable('broadcast_recipients')
        .addColumn('broadcast_id', 'text', (c) => c.notNull().references('broadcasts.id'))
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text')
        .addColumn('message_id', 'text')
        .addPrimaryKeyConstraint('broadcast_recipients_pk', ['broadcast_id', 'account_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('broadcast_recipients').execute();
      await db.schema.dropTable('broadcasts').execute();
      await db.schema.dropTable('broadcast_list_recipients').execute();
      await db.schema.dropTable('broadcast_lists').execute();
    },
  };
}
