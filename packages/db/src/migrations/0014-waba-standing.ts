import type { Kysely, Migration } from 'kysely';

/** When the operator disabled a WABA (null while it may send). */
export function wabaStanding(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('wabas').addColumn('disabled_at', 'bigint').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('wabas').dropColumn('disabled_at').execute();
    },
  };
}
