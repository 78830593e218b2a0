import { mkdirSync } from 'node:fs';
import pino from 'pino';
import { composeParley } from './compose.js';
import { ConfigError, loadConfig } from './config.js';
import { buildApp } from './http/app.js';

/** `npm start`: one process serving HTTP and WebSocket on the embedded database by default. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  mkdirSync(config.dataDir, { recursive: true });
  const parley = await composeParley(config, logger);
  const app = await buildApp(parley, logger);
  await parley.start();
  await app.listen({ host: config.host, port: config.port });
  logger.info(
    { port: config.port, database: config.database.dialect, dataDir: config.dataDir },
    'Parley is ready',
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Stop accepting first, then let in-flight sends commit, then close the database.
    parley.connections.closeAll(1001, 'server shutting down');
    await app.close();
    await parley.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Parley cannot start: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
