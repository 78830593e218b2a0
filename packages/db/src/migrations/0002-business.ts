import { sql, type Kysely, type Migration } from 'kysely';

/** Business accounts: the operator's standing (verification, premium) and the business profile. */
export function business(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('accounts')
        .addColumn('verification', 'text', (c) => c.notNull().defaultTo('unverified'))
        .execute();
      await db.schema
        .alterTable('accounts')
        .addColumn('premium', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('business_profiles')
        .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id'))
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('location', 'text')
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('websites', 'text', (c) => c.notNull())
        .addColumn('hours', 'text')
        .addColumn('default_link_message', 'text', (c) => c.notNull().defaultTo(sql`''`))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('business_profiles').execute();
      await db.schema.alterTable('accounts').dropColumn('premium').execute();
      await db.schema.alterTable('accounts').dropColumn('verification').execute();
    },
  };
}
