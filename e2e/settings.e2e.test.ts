import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { AccountView, DeviceView } from '@parley/contracts';
import { signUp } from '../apps/server/src/test-support/clients.js';
import { signUpInto } from './support/accounts.js';
import { newContext, screenshot } from './support/browser.js';
import { readSession, signUpThroughUi } from './support/sign-in-flow.js';
import { webSuite } from './support/web-suite.js';

const web = webSuite();

async function api<T>(token: string, method: string, path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${web.server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}` },
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

/** Where the side pane sits: left of the main pane, or right of it. */
async function sidePaneSide(page: Page): Promise<'left' | 'right'> {
  const side = await page.locator('aside.app-shell__side').boundingBox();
  const main = await page.locator('main.app-shell__main').boundingBox();
  assert.ok(side !== null && main !== null, 'both panes are visible');
  if (side.x + side.width <= main.x + 1) return 'left';
  assert.ok(main.x + main.width <= side.x + 1, 'the panes do not overlap');
  return 'right';
}

test('choosing Arabic in settings turns the whole layout right to left, and English turns it back', async () => {
  const context = await newContext(web.browser);
  const page = await context.newPage();
  await signUpThroughUi(page, web.server.url, { name: 'Layla' });
  await page.goto(`${web.server.url}/settings`);
  await page.getByRole('link', { name: /Language/ }).click();
  assert.equal(await sidePaneSide(page), 'left');

  await page.getByRole('radio', { name: 'العربية' }).check();
  await page.getByRole('heading', { name: 'اللغة' }).waitFor();
  assert.deepEqual(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang]), [
    'rtl',
    'ar',
  ]);
  assert.equal(await sidePaneSide(page), 'right');

  // The choice is kept across a reload.
  await page.reload();
  await page.getByRole('heading', { name: 'اللغة' }).waitFor();
  assert.equal(await sidePaneSide(page), 'right');

  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('heading', { name: 'Language' }).waitFor();
  assert.deepEqual(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang]), [
    'ltr',
    'en',
  ]);
  assert.equal(await sidePaneSide(page), 'left');
  await context.close();
});

test('a companion browser links by code, gets the account’s messages, and is signed out by the phone', async () => {
  const phoneContext = await newContext(web.browser);
  const companionContext = await newContext(web.browser);
  const phone = await phoneContext.newPage();
  const companion = await companionContext.newPage();
  const primary = await signUpThroughUi(phone, web.server.url, { name: 'Grace' });

  await companion.goto(`${web.server.url}/link`);
  const codeBox = companion.getByRole('status', { name: 'Link code' });
  await codeBox.filter({ hasText: /^[A-Z2-9]{4}-[A-Z2-9]{4}$/ }).waitFor();
  const code = (await codeBox.textContent())?.trim() ?? '';

  await phone.goto(`${web.server.url}/settings`);
  await phone.getByRole('link', { name: 'Linked devices' }).click();
  await phone.getByRole('button', { name: 'Link a device' }).click();
  await phone.getByLabel('Code shown on the other browser').fill(code);
  await phone.getByRole('dialog').getByRole('button', { name: 'Link', exact: true }).click();

  // The companion claims its device by itself and opens the messenger as the same account.
  await companion.locator('aside.app-shell__side').waitFor();
  const linked = await readSession(companion);
  assert.equal(linked.accountId, primary.accountId);
  assert.notEqual(linked.deviceId, (await readSession(phone)).deviceId);
  const me = await api<AccountView>(linked.token, 'GET', '/v1/me');
  assert.equal(me.status, 200);
  assert.equal(me.body.name, 'Grace');
  const devices = await api<{ devices: DeviceView[] }>(linked.token, 'GET', '/v1/devices');
  assert.deepEqual(devices.body.devices.map((device) => [device.kind, device.current]).sort(), [
    ['linked', true],
    ['primary', false],
  ]);
  // The phone's list shows the new browser.
  await phone
    .getByRole('region', { name: /Linked devices \(1 of 4\)/ })
    .getByText('Chrome (Linux)')
    .waitFor();
  await screenshot(phone, 'settings-devices');

  // Someone writes to the account: both browsers show it.
  const { client: friend } = await signUp(web.server.url, { name: 'Friend' });
  await friend.connect();
  const chat = await friend.openDirectChat(primary.accountId);
  const text = `Hello both of you ${Date.now()}`;
  await friend.sendText(chat.id, text);
  for (const page of [phone, companion]) {
    await page.goto(`${web.server.url}/chats/${chat.id}`);
    await page.locator('main.app-shell__main').getByText(text).waitFor();
  }
  friend.disconnect();

  // The phone signs the companion out; the companion is sent to sign-in.
  await phone.goto(`${web.server.url}/settings/devices`);
  await phone.getByRole('button', { name: 'Log out Chrome (Linux)' }).click();
  await phone.getByRole('dialog').getByRole('button', { name: 'Log out' }).click();
  await phone.getByRole('region', { name: /Linked devices \(0 of 4\)/ }).waitFor();
  await companion.waitForURL(/\/signin/);
  assert.equal(await companion.evaluate(() => localStorage.getItem('parley.session')), null);
  assert.equal((await api(linked.token, 'GET', '/v1/me')).status, 401);
  await phoneContext.close();
  await companionContext.close();
});

test('profile: name and about are edited in place, within their limits', async () => {
  const context = await newContext(web.browser);
  const account = await signUpInto(context, web.server.url, 'Alan');
  const page = await context.newPage();
  await page.goto(`${web.server.url}/settings/profile`);
  await page.getByRole('button', { name: 'Edit Your name' }).click();
  const name = page.getByRole('textbox', { name: 'Your name' });
  await name.fill('A'.repeat(26));
  assert.equal(await page.getByRole('button', { name: 'Save Your name' }).isDisabled(), true);
  await name.fill('Alan Turing');
  await page.getByRole('button', { name: 'Save Your name' }).click();
  await page.getByRole('button', { name: 'Edit About' }).click();
  await page.getByRole('textbox', { name: 'About' }).fill('Breaking codes');
  await page.getByRole('textbox', { name: 'About' }).press('Enter');
  await page.getByText('Breaking codes').waitFor();

  const me = await api<AccountView>(account.token, 'GET', '/v1/me');
  assert.equal(me.body.name, 'Alan Turing');
  assert.equal(me.body.about, 'Breaking codes');
  await page.goto(`${web.server.url}/settings`);
  await page
    .getByRole('link', { name: /Alan Turing/ })
    .first()
    .waitFor();
  await context.close();
});

test('blocked contacts are listed by name and can be unblocked', async () => {
  const context = await newContext(web.browser);
  const account = await signUpInto(context, web.server.url, 'Barbara');
  const { accountId: blockedId } = await signUp(web.server.url, { name: 'Mallory' });
  assert.equal((await api(account.token, 'PUT', `/v1/blocks/${blockedId}`)).status, 204);

  const page = await context.newPage();
  await page.goto(`${web.server.url}/settings/blocked`);
  await page.getByText('Mallory').waitFor();
  await page.getByRole('button', { name: 'Unblock Mallory' }).click();
  await page.getByRole('heading', { name: 'No blocked contacts' }).waitFor();
  const blocks = await api<{ accountIds: string[] }>(account.token, 'GET', '/v1/blocks');
  assert.deepEqual(blocks.body.accountIds, []);
  await context.close();
});

test('the dark theme applies at once and stays after a reload', async () => {
  const context = await newContext(web.browser);
  await signUpInto(context, web.server.url, 'Dora');
  const page = await context.newPage();
  await page.goto(`${web.server.url}/settings/theme`);
  await page.getByRole('radio', { name: 'Dark' }).check();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.reload();
  await page.getByRole('radio', { name: 'Dark' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await page.getByRole('radio', { name: 'Dark' }).isChecked(), true);
  await context.close();
});

for (const [language, locale] of [
  ['en', 'en-US'],
  ['ar', 'ar-EG'],
  ['ru', 'ru-RU'],
  ['zh', 'zh-CN'],
] as const) {
  test(`settings in ${language}`, async () => {
    const context = await newContext(web.browser, { locale });
    await signUpInto(context, web.server.url, 'Zoe Example');
    const page = await context.newPage();
    await page.goto(`${web.server.url}/settings`);
    await page.locator('.settings__profile-name').filter({ hasText: 'Zoe Example' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), language);
    await page.locator('.app-shell__banner').waitFor({ state: 'detached' });
    await screenshot(page, `settings-${language}`);
    await context.close();
  });
}
