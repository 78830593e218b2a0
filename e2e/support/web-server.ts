import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../../apps/server/src/test-support/test-server.js';

const webRoot = fileURLToPath(new URL('../../apps/web', import.meta.url));
const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

/**
 * A real Parley serving a fresh production build of the web app. Each test file builds into its
 * own directory, so test files running side by side never serve each other's half-written build.
 */
export async function startWebServer(): Promise<TestServer> {
  const webDir = mkdtempSync(join(tmpdir(), 'parley-web-'));
  execFileSync(process.execPath, [vite, 'build', '--outDir', webDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: webRoot,
    stdio: 'inherit',
    // The test runner sets NODE_ENV=test; the app under test is the production build `npm start` serves.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const server = await startTestServer({ env: { PARLEY_WEB_DIR: webDir } });
  return {
    ...server,
    async close() {
      await server.close();
      rmSync(webDir, { recursive: true, force: true });
    },
  };
}
