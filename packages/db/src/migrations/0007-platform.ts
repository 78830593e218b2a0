import type { Kysely, Migration } from 'kysely';

/**
 * The Business Platform's tenants and assets: portfolios, WABAs, platform numbers (each also an
 * account), apps, system users with hashed tokens, and WABA app subscriptions.
 */
export function platform(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('portfolios')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('portfolios_by_name').on('portfolios').column('name').execute();

      await db.schema
        .createTable('wabas')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('timezone_id', 'text', (c) => c.notNull())
        .addColumn('namespace', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('wabas_by_portfolio').on('wabas').columns(['portfolio_id', 'id']).execute();

      await db.schema
        .createTable('platform_numbers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('waba_id', 'text', (c) => c.notNull().references('wabas.id'))
        .addColumn('portfolio_id', 'text', (c) => c.notNull())
        .addColumn('account_id', 'text', (c) => c.notNull().unique().references('accounts.id'))
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('verified_name', 'text', (c) => c.notNull())
        .addColumn('name_status', 'text', (c) => c.notNull())
        .addColumn('quality_rating', 'text', (c) => c.notNull())
        .addColumn('messaging_limit', 'text', (c) => c.notNull())
        .addColumn('throughput_level', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('registered_at', 'bigint')
        .addColumn('pin_hash', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('platform_numbers_by_waba')
        .on('platform_numbers')
        .columns(['waba_id', 'created_at', 'id'])
        .execute();

      await db.schema
        .createTable('platform_apps')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('callback_url', 'text')
        .addColumn('verify_token', 'text')
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('platform_apps_by_portfolio')
        .on('platform_apps')
        .columns(['portfolio_id', 'name'])
        .execute();

      await db.schema
        .createTable('system_users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('system_users_by_portfolio')
        .on('system_users')
        .columns(['portfolio_id', 'name'])
        .execute();

      await db.schema
        .createTable('access_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('system_user_id', 'text', (c) => c.notNull().references('system_users.id'))
        .addColumn('portfolio_id', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('permissions', 'text', (c) => c.notNull())
        .addColumn('waba_ids', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint')
        .addColumn('revoked_at', 'bigint')
        .execute();
      await db.schema
        .createIndex('access_tokens_by_user')
        .on('access_tokens')
        .columns(['system_user_id', 'created_at'])
        .execute();

      await db.schema
        .createTable('waba_subscribed_apps')
        .addColumn('waba_id', 'text', (c) => c.notNull().references('wabas.id'))
        .addColumn('app_id', 'text', (c) => c.notNull().references('platform_apps.id'))
        .addColumn('override_callback_uri', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('waba_subscribed_apps_pk', ['waba_id', 'app_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'waba_subscribed_apps',
        'access_tokens',
        'system_users',
        'platform_apps',
        'platform_numbers',
        'wabas',
        'portfolios',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
