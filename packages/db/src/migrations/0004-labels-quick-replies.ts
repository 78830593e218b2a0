import type { Kysely, Migration } from 'kysely';

/** The Business app's labels (on chats and contacts) and quick replies. */
export function labelsQuickReplies(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('labels')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('business_account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('colour', 'integer', (c) => c.notNull())
        .addColumn('predefined', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('labels_by_business').on('labels').column('business_account_id').execute();

      // One row per business once its defaults are stored; its key makes seeding happen once.
      await db.schema
        .createTable('label_seeds')
        .addColumn('business_account_id', 'text', (c) => c.primaryKey().references('accounts.id'))
        .addColumn('seeded_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('label_chats')
        .addColumn('business_account_id', 'text', (c) => c.notNull())
        .addColumn('label_id', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('label_chats_pk', ['business_account_id', 'label_id', 'chat_id'])
        .execute();

      await db.schema
        .createTable('label_contacts')
        .addColumn('business_account_id', 'text', (c) => c.notNull())
        .addColumn('label_id', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('label_contacts_pk', ['business_account_id', 'label_id', 'phone'])
        .execute();

      await db.schema
        .createTable('quick_replies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('business_account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('shortcut', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('media_id', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('quick_replies_shortcut', ['business_account_id', 'shortcut'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['quick_replies', 'label_contacts', 'label_chats', 'label_seeds', 'labels']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
