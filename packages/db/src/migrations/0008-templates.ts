import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Message templates of WABAs. Deleted templates stay as rows with `deleted_at`, because a deleted
 * approved name cannot be reused for 30 days and deletions still count toward the hourly quota.
 */
export function templates(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('templates')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('waba_id', 'text', (c) => c.notNull().references('wabas.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('sub_category', 'text')
        .addColumn('parameter_format', 'text', (c) => c.notNull())
        .addColumn('components', 'text', (c) => c.notNull())
        // Lower-cased name, header, body and footer, for the name_or_content filter.
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('rejected_reason', 'text')
        .addColumn('quality_score', 'text', (c) => c.notNull())
        .addColumn('message_send_ttl_seconds', 'integer')
        .addColumn('pause_count', 'integer', (c) => c.notNull())
        .addColumn('approved_edits', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('deleted_at', 'bigint')
        .execute();
      await db.schema
        .createIndex('templates_by_waba')
        .on('templates')
        .columns(['waba_id', 'created_at', 'id'])
        .execute();
      // A name is one template per language, among the templates not deleted.
      await db.schema
        .createIndex('templates_name_language')
        .on('templates')
        .columns(['waba_id', 'name', 'language'])
        .unique()
        .where(sql.ref('deleted_at'), 'is', null)
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('templates').execute();
    },
  };
}
