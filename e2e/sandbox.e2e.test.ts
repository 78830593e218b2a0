import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signUp } from '../apps/server/src/test-support/clients.js';
import { sandboxReport } from '../apps/server/src/sandbox/sandbox-report.js';
import { newContext, screenshot } from './support/browser.js';
import { webSuite } from './support/web-suite.js';

const web = webSuite();

test('a test phone’s login link signs it in and opens the chat list', async (t) => {
  const sandbox = await web.server.parley.sandbox.provision({ phones: 2 });
  const report = sandboxReport(sandbox, web.server.url);
  const testPhone = sandbox.testPhones[0]!;
  // Someone writes to the test phone first, so its chat list has a row to show.
  const friend = await signUp(web.server.url, { name: 'Friendly Tester' });
  await friend.client.connect();
  const chat = await friend.client.openDirectChat(testPhone.accountId);
  await friend.client.sendText(chat.id, 'hello test phone');

  const context = await newContext(web.browser);
  t.after(async () => {
    friend.client.disconnect();
    await context.close();
  });
  const page = await context.newPage();
  await page.goto(report.test_phones[0]!.login_url);
  const row = page
    .getByRole('list', { name: 'Chats' })
    .getByRole('listitem')
    .filter({ hasText: 'Friendly Tester' });
  await row.getByText('hello test phone').waitFor();
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(new URL(page.url()).hash, '', 'the token leaves the address bar');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('parley.session') ?? 'null'));
  assert.equal(stored.phone, testPhone.phone);
  await screenshot(page, 'sandbox-test-phone-login');

  // Another test phone's link in the same browser adds that account and brings it to the front.
  await page.goto(report.test_phones[1]!.login_url);
  await page.waitForFunction(
    (phone) => JSON.parse(localStorage.getItem('parley.session') ?? '{}').phone === phone,
    sandbox.testPhones[1]!.phone,
  );
  await page.getByRole('heading', { name: 'Chats' }).waitFor();
  const second = await page.evaluate(() => JSON.parse(localStorage.getItem('parley.session') ?? 'null'));
  const me = await fetch(`${web.server.url}/v1/me`, { headers: { authorization: `Bearer ${second.token}` } });
  assert.equal(me.status, 200, 'the link was exchanged once: the stored device is the live one');

  // A link of an earlier run says so instead of signing in.
  await web.server.parley.sandbox.provision({ phones: 2 });
  const stale = await (await newContext(web.browser)).newPage();
  await stale.goto(report.test_phones[1]!.login_url);
  await stale.getByRole('alert').getByText('This login link does not work.').waitFor();
});
