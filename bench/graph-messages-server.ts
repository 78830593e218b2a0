import { mkdirSync } from 'node:fs';
import pino from 'pino';
import { composeParley } from '../apps/server/src/compose.js';
import { loadConfig } from '../apps/server/src/config.js';
import { buildApp } from '../apps/server/src/http/app.js';
import { createGraphTenant } from '../apps/server/src/test-support/graph-tenant.js';

/**
 * Parley as `npm start` runs it, plus one business on the platform: the Graph send bench's server.
 * Prints the tenant as one JSON line once it listens.
 */
const config = loadConfig();
const logger = pino({ level: config.logLevel });
mkdirSync(config.dataDir, { recursive: true });
const parley = await composeParley(config, logger);
const app = await buildApp(parley, logger);
await parley.start();
await app.listen({ host: config.host, port: config.port });
const tenant = await createGraphTenant(parley, { name: 'Bench Shop' });
process.stdout.write(`${JSON.stringify(tenant)}\n`);

process.on('SIGTERM', () => {
  void (async () => {
    parley.connections.closeAll(1001, 'bench over');
    await app.close();
    await parley.stop();
    process.exit(0);
  })();
});
