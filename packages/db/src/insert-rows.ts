import { CompiledQuery, SqliteAdapter, type Insertable, type Transaction } from 'kysely';
import type { Database } from './schema.js';

const CHUNK = 500;

/**
 * Inserts many rows of one table. SQLite runs one cached single-row statement per row: it is
 * cheaper there than a multi-row VALUES list, which SQLite materialises first. PostgreSQL gets
 * multi-row statements, one round trip per chunk.
 */
export async function insertRows<T extends keyof Database & string>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  if (!(trx.getExecutor().adapter instanceof SqliteAdapter)) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await trx
        .insertInto(table)
        .values(rows.slice(i, i + CHUNK) as never)
        .execute();
    }
    return;
  }
  const columns = Object.keys(first) as (keyof typeof first)[];
  const { sql } = trx
    .insertInto(table)
    .values(first as never)
    .compile();
  for (const row of rows) {
    await trx.executeQuery(
      CompiledQuery.raw(
        sql,
        columns.map((column) => row[column]),
      ),
    );
  }
}
