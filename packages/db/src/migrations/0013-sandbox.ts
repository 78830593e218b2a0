import type { Kysely, Migration } from 'kysely';

/** The sandbox's test phones: personal accounts that sign in through a login link (kept hashed). */
export function sandbox(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sandbox_test_phones')
        .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id'))
        .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('login_token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('sandbox_test_phones_by_portfolio')
        .on('sandbox_test_phones')
        .columns(['portfolio_id', 'created_at'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('sandbox_test_phones').execute();
    },
  };
}
