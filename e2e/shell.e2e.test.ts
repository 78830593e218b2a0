import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signUpInto } from './support/accounts.js';
import { newContext } from './support/browser.js';
import { webSuite } from './support/web-suite.js';

const web = webSuite();

test('the server serves the app at / and sends a signed-out visitor to sign-in', async () => {
  const context = await newContext(web.browser);
  const page = await context.newPage();
  await page.goto(`${web.server.url}/chats/some-chat`);
  await page.waitForURL(/\/signin\?next=%2Fchats%2Fsome-chat$/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await context.close();
});

test('a device signed in earlier opens the messenger, online, in the language of the browser', async () => {
  const context = await newContext(web.browser, { locale: 'ru-RU' });
  await signUpInto(context, web.server.url, 'Irina');
  const page = await context.newPage();
  await page.goto(web.server.url);
  await page.getByRole('heading', { name: 'Parley для веба' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
  // The connection banner goes once the live connection is up.
  await page.getByRole('status').filter({ hasText: 'Подключение' }).waitFor({ state: 'detached' });
  await context.close();
});
