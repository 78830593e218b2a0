import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { composeParley, type Parley } from '../compose.js';
import { loadConfig } from '../config.js';
import { buildApp, type App } from '../http/app.js';
import { createTestPostgres } from '@parley/db/testing';
import type { Clock } from '@parley/core';

/** Test servers run with the operator API on, under this token. */
export const TEST_OPERATOR_TOKEN = 'test-operator-token-0123456789';

export interface TestServer {
  readonly url: string;
  readonly wsUrl: string;
  readonly parley: Parley;
  readonly app: App;
  readonly dataDir: string;
  close(): Promise<void>;
}

/**
 * A real Parley on a free port with its own data directory and database: SQLite by default,
 * or a fresh PostgreSQL database with `{ postgres: true }`.
 */
export async function startTestServer(
  options: { postgres?: boolean; env?: Record<string, string>; clock?: Clock } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-test-'));
  const pg = options.postgres ? await createTestPostgres() : undefined;
  const config = loadConfig({
    PARLEY_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    PARLEY_DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    // Server tests never depend on whether the web app happens to be built; e2e tests pass a build.
    PARLEY_WEB_DIR: join(dataDir, 'no-web-build'),
    PARLEY_OPERATOR_TOKEN: TEST_OPERATOR_TOKEN,
    ...(pg ? { DATABASE_URL: pg.url } : {}),
    ...options.env,
  });
  const logger = pino({ level: config.logLevel });
  const parley = await composeParley(config, logger, options.clock);
  const app = await buildApp(parley, logger);
  await parley.start();
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    wsUrl: `ws://127.0.0.1:${address.port}/v1/ws`,
    parley,
    app,
    dataDir,
    async close() {
      parley.connections.closeAll(1001, 'test over');
      await app.close();
      await parley.stop();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
