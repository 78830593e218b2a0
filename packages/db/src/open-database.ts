import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect.js';
import { migrateToLatest } from './migrations/index.js';
import { withStatementCache } from './statement-cache.js';
import type { Database } from './schema.js';

export type DatabaseTarget =
  | { readonly dialect: 'sqlite'; readonly file: string }
  | { readonly dialect: 'postgres'; readonly url: string; readonly poolSize?: number };

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  close(): Promise<void>;
}

// int8 columns hold epoch milliseconds and sequence numbers, all well inside 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** Opens the database the config names and applies every pending migration. */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  const db = new Kysely<Database>({
    dialect: target.dialect === 'sqlite' ? sqliteDialect(target.file) : postgresDialect(target),
  });
  await migrateToLatest(db, target.dialect);
  return { db, dialect: target.dialect, close: () => db.destroy() };
}

function sqliteDialect(file: string): SqliteDialect {
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before it is acknowledged, even across power loss. Group commit
  // spreads that fsync over many messages.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database: withStatementCache(sqlite) });
}

function postgresDialect(target: { url: string; poolSize?: number }): PostgresDialect {
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
  // An idle connection the server ends (a restart, a failover, an administrator) is dropped by
  // the pool and replaced on the next query; unheard, its error would crash the process.
  pool.on('error', () => undefined);
  return new PostgresDialect({ pool });
}
