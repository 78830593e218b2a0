import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import type { TestServer } from '../../apps/server/src/test-support/test-server.js';
import { launchBrowser } from './browser.js';
import { startWebServer } from './web-server.js';

export interface WebSuite {
  readonly server: TestServer;
  readonly browser: Browser;
}

/**
 * One Parley serving a fresh web build and one Chromium for the test file that calls this: started
 * before its first test (then `setUp`, if given: node:test may run a file's `before` hooks side by
 * side), closed after its last. Read the fields inside tests and hooks.
 */
export function webSuite(setUp?: (suite: WebSuite) => Promise<void>): WebSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    await setUp?.(suite);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const suite: WebSuite = {
    get server() {
      if (server === undefined) throw new Error('the web suite has not started');
      return server;
    },
    get browser() {
      if (browser === undefined) throw new Error('the web suite has not started');
      return browser;
    },
  };
  return suite;
}
