import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../apps/server/src/test-support/test-server.js';
import { ARTIFACTS_DIR, launchBrowser, newContext } from './support/browser.js';

// The reference needs no web build: the server serves it on its own.
let server: TestServer;
let browser: Browser;
before(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
  await server.close();
});

test('/docs shows the API reference, offline, with the operations of the document', async () => {
  const context = await newContext(browser);
  // Anything not from this server is refused and remembered: the reference must work offline.
  const elsewhere: string[] = [];
  const origin = new URL(server.url).origin;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    elsewhere.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  // The reference is one 4 MB script; on a busy CI machine it takes a while to arrive and run.
  const slow = { timeout: 90_000 };
  await page.goto(`${server.url}/docs`, slow);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  assert.equal(new URL(page.url()).pathname, '/docs/');
  assert.equal(await page.title(), 'Parley API reference');
  await page.getByRole('heading', { name: 'Parley API', exact: true }).first().waitFor(slow);
  // An operation from the document, by the summary openapi-summaries.ts gives it.
  await page.getByText('Verify a sign-in code').first().waitFor();
  // Every tag of the document has its entry in the sidebar.
  await page.getByText('Cloud API').first().waitFor();
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'api-docs.png') });

  assert.deepEqual(errors, []);
  assert.deepEqual(elsewhere, []);
  await context.close();
});
