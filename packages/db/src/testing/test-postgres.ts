import pg from 'pg';

/** The machine's PostgreSQL; CI sets PARLEY_REQUIRE_POSTGRES=1 so a missing server fails. */
const ADMIN_URL = process.env.PARLEY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Whether PostgreSQL tests must run: in CI always, elsewhere when the server answers. */
export async function postgresAvailable(): Promise<boolean> {
  if (process.env.PARLEY_REQUIRE_POSTGRES === '1') return true;
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates a database of its own for one test run, and drops it afterwards. */
export async function createTestPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `parley_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
