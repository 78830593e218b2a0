import type { Kysely, Migration } from 'kysely';

/** Greeting and away messages: the settings, who was last told the business is away, the automated mark. */
export function autoReplies(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('messages')
        .addColumn('automated', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('auto_reply_settings')
        .addColumn('business_account_id', 'text', (c) => c.primaryKey().references('accounts.id'))
        .addColumn('greeting', 'text')
        .addColumn('away', 'text')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('auto_reply_recipients')
        .addColumn('business_account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('customer_account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('last_away_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('auto_reply_recipients_pk', ['business_account_id', 'customer_account_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('auto_reply_recipients').execute();
      await db.schema.dropTable('auto_reply_settings').execute();
      await db.schema.alterTable('messages').dropColumn('automated').execute();
    },
  };
}
