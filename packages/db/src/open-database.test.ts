import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from './open-database.js';
import { createTestPostgres, postgresAvailable } from './testing/test-postgres.js';

const postgres = await postgresAvailable();

test(
  'PostgreSQL: connections the server ends are replaced, without crashing the process',
  { skip: !postgres && 'PostgreSQL is not reachable' },
  async () => {
    const database = await createTestPostgres();
    const { db, close } = await openDatabase({ dialect: 'postgres', url: database.url });
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      await sql`select 1`.execute(db);
      // As a restart or an administrator would: end every connection the pool holds.
      const { rowCount } = await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      assert.ok((rowCount ?? 0) >= 1, 'the pool held a connection to end');
      // Let the pool hear of it: an unheard error would end this process here.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { rows } = await sql<{ answer: number }>`select 42 as answer`.execute(db);
      assert.equal(rows[0]?.answer, 42);
    } finally {
      await admin.end();
      await close();
      await database.drop();
    }
  },
);
