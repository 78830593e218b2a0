import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../../apps/server/src/test-support/test-server.js';

const buildScript = fileURLToPath(new URL('../../scripts/build-web.mjs', import.meta.url));

/**
 * A real Parley serving the current web build: the build is refreshed first (a no-op when the
 * sources did not change), exactly as `npm start` does.
 */
export async function startWebServer(): Promise<TestServer> {
  execFileSync(process.execPath, [buildScript], { stdio: 'inherit' });
  return startTestServer();
}
