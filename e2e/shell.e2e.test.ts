import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { TestServer } from '../apps/server/src/test-support/test-server.js';
import { signUpInto } from './support/accounts.js';
import { launchBrowser, newContext } from './support/browser.js';
import { startWebServer } from './support/web-server.js';

let server: TestServer;
let browser: Browser;

before(async () => {
  server = await startWebServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the server serves the app at / and sends a signed-out visitor to sign-in', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${server.url}/chats/some-chat`);
  await page.waitForURL(/\/signin\?next=%2Fchats%2Fsome-chat$/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await context.close();
});

test('a device signed in earlier opens the messenger, online, in the language of the browser', async () => {
  const context = await newContext(browser, { locale: 'ru-RU' });
  await signUpInto(context, server.url, 'Irina');
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Parley для веба' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
  // The connection banner goes once the live connection is up.
  await page.getByRole('status').filter({ hasText: 'Подключение' }).waitFor({ state: 'detached' });
  await context.close();
});
