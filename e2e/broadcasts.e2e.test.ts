import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import type { LabelView } from '@parley/contracts';
import type { ParleyClient } from '@parley/sdk';
import { signUp } from '../apps/server/src/test-support/clients.js';
import { signInWith, signUpInto } from './support/accounts.js';
import { callApi } from './support/api.js';
import { newContext, screenshot } from './support/browser.js';
import { signUpBusiness, type ApiBusiness } from './support/business.js';
import { webSuite } from './support/web-suite.js';

interface Customer {
  readonly name: string;
  readonly phone: string;
  readonly token: string;
}

/**
 * A bakery with three customers on Parley, all in its contacts: Anna (signed in in a browser) and
 * Boris (a phone, through the SDK) saved the bakery's number; Chen did not. Boris and Chen carry
 * the "New customer" label.
 */
let bakery: ApiBusiness;
let anna: Customer & { context: BrowserContext; page: Page };
let boris: Customer & { client: ParleyClient };
let chen: Customer & { client: ParleyClient };

const web = webSuite(async ({ server, browser }) => {
  bakery = await signUpBusiness(server.url, 'Corner Bakery');
  const annaContext = await newContext(browser);
  const annaAccount = await signUpInto(annaContext, server.url, 'Anna');
  const [borisAccount, chenAccount] = [
    await signUp(server.url, { name: 'Boris' }),
    await signUp(server.url, { name: 'Chen' }),
  ];
  anna = { ...annaAccount, context: annaContext, page: await annaContext.newPage() };
  boris = {
    name: 'Boris',
    phone: borisAccount.phone,
    token: borisAccount.client.session.token,
    client: borisAccount.client,
  };
  chen = {
    name: 'Chen',
    phone: chenAccount.phone,
    token: chenAccount.client.session.token,
    client: chenAccount.client,
  };
  // Boris's phone is online and acknowledges what it receives; Anna's browser does the same.
  await Promise.all([boris.client.connect(), chen.client.connect()]);

  for (const customer of [anna, boris]) {
    await callApi(server.url, customer.token, 'PUT', `/v1/contacts/${encodeURIComponent(bakery.phone)}`, {
      name: 'Corner Bakery',
    });
  }
  for (const customer of [anna, boris, chen]) {
    await bakery.client.request('PUT', `/v1/contacts/${encodeURIComponent(customer.phone)}`, {
      name: customer.name,
    });
  }
  const { labels } = await bakery.client.request<{ labels: LabelView[] }>('GET', '/v1/business/labels');
  const newCustomer = labels.find((label) => label.predefined === 'new_customer');
  assert.ok(newCustomer !== undefined, 'a business starts with the "New customer" label');
  for (const customer of [boris, chen]) {
    await bakery.client.request(
      'PUT',
      `/v1/business/labels/${newCustomer.id}/contacts/${encodeURIComponent(customer.phone)}`,
    );
  }
});

/** A browser profile signed in as the bakery, in a given language. */
async function bakeryPage(locale = 'en-US'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(web.browser, { locale });
  await signInWith(context, bakery);
  return { context, page: await context.newPage() };
}

const recipientRow = (page: Page, name: string) =>
  page.locator('.broadcast-recipient').filter({ hasText: name });

test('a business makes a list from contacts and a label, broadcasts to it, and sees who received it', async () => {
  // Anna has the app open on her chat list: her browser acknowledges what arrives.
  await anna.page.goto(web.server.url);
  await anna.page.locator('aside.app-shell__side').waitFor();

  const { context, page } = await bakeryPage();
  await page.goto(`${web.server.url}/settings`);
  await page.getByRole('link', { name: /Business tools/ }).click();
  await page.getByRole('link', { name: /Broadcast lists/ }).click();
  await page.getByText('No lists yet').waitFor();
  await page.getByRole('link', { name: 'New list' }).click();

  await page.getByLabel('List name').fill('Regulars');
  await page.getByRole('checkbox', { name: /Anna/ }).check();
  assert.equal(await page.locator('.list-editor__counter').textContent(), '1 / 256');
  await page.getByLabel('Add people with a label').selectOption({ label: 'New customer' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByText('2 people added.').waitFor();
  assert.equal(await page.locator('.list-editor__counter').textContent(), '3 / 256');
  assert.equal(await page.getByRole('checkbox', { name: /Chen/ }).isChecked(), true);
  await page.getByRole('button', { name: 'Create list' }).click();

  // The list says who will receive: those who saved the bakery's number.
  await page.getByRole('heading', { name: 'Regulars' }).waitFor();
  await page.getByText('2 of 3 will receive your broadcasts.').waitFor();
  await recipientRow(page, 'Anna').getByText('Saved your number').waitFor();
  await recipientRow(page, 'Boris').getByText('Saved your number').waitFor();
  await recipientRow(page, 'Chen').getByText("Hasn't saved your number").waitFor();
  await screenshot(page, 'broadcasts-list');

  await page.getByLabel('Message', { exact: true }).fill('Fresh bread at 8, see you soon');
  await page.getByRole('button', { name: 'Send broadcast' }).click();
  await page.getByRole('heading', { name: 'Broadcast', exact: true }).waitFor();

  // The phones acknowledge: two delivered, one refused for not having saved the number.
  await recipientRow(page, 'Anna').locator('[data-status="delivered"] .ticks').waitFor();
  await recipientRow(page, 'Boris').locator('[data-status="delivered"] .ticks').waitFor();
  await recipientRow(page, 'Chen').getByText("Not delivered: hasn't saved your number").waitFor();
  assert.equal(await page.locator('[data-total="delivered"] dd').textContent(), '2');
  assert.equal(await page.locator('[data-total="notSaved"] dd').textContent(), '1');
  await screenshot(page, 'broadcasts-report');

  // Anna got it as a message from the bakery, in her own chat with it.
  await anna.page.locator('aside').getByText('Fresh bread at 8, see you soon').waitFor();
  await anna.page.locator('aside').getByText('Corner Bakery').first().waitFor();

  // When Anna opens the chat, her row turns to read, without a reload.
  await anna.page.locator('aside').getByText('Fresh bread at 8, see you soon').click();
  await recipientRow(page, 'Anna').locator('[data-status="read"] .ticks--read').waitFor();

  await page.goto(`${web.server.url}/settings/business/broadcasts/sent`);
  await page.getByRole('link', { name: /Fresh bread at 8/ }).waitFor();
  await context.close();
});

test('the statistics show the broadcast in the chart, the totals and the per-broadcast reach', async () => {
  const { context, page } = await bakeryPage();
  await page.goto(`${web.server.url}/settings/business`);
  await page.getByRole('link', { name: /Statistics/ }).click();
  await page.locator('.daily-chart canvas').first().waitFor();
  assert.equal(await page.locator('.activity-totals [data-total="sent"] dd').textContent(), '2');
  assert.equal(await page.locator('.activity-totals [data-total="delivered"] dd').textContent(), '2');
  assert.equal(await page.locator('.activity-totals [data-total="received"] dd').textContent(), '0');
  const reach = page.locator('.broadcast-statistics__item').filter({ hasText: 'Fresh bread at 8' });
  await reach.locator('[data-total="delivered"]').getByText('2 of 3').waitFor();

  // A custom range that ends before today holds nothing: the empty state says so.
  await page.getByRole('radio', { name: 'Custom' }).check();
  await page.getByLabel('From', { exact: true }).fill('2020-01-01');
  await page.getByLabel('To', { exact: true }).fill('2020-01-31');
  await page.getByRole('heading', { name: 'No messages in these days' }).waitFor();
  assert.equal(await page.locator('.daily-chart canvas').count(), 0);
  await page.getByLabel('From', { exact: true }).fill('2020-02-15');
  await page.getByRole('alert').filter({ hasText: 'The end comes before the start.' }).waitFor();

  await page.getByRole('radio', { name: 'Last 30 days' }).check();
  await page.locator('.daily-chart canvas').first().waitFor();
  await screenshot(page, 'broadcasts-statistics');
  await context.close();
});

test('in Arabic the broadcast report mirrors: the back button and the names start on the right', async () => {
  const { context, page } = await bakeryPage('ar');
  await page.goto(`${web.server.url}/settings/business/broadcasts/sent`);
  await page.getByRole('link', { name: /Fresh bread at 8/ }).click();
  await page.getByRole('heading', { name: 'البث', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  await recipientRow(page, 'Chen').getByText('لم تُسلَّم: لم يحفظ رقمك').waitFor();

  const back = await page.getByRole('button', { name: 'رجوع' }).boundingBox();
  const title = await page.getByRole('heading', { name: 'البث', exact: true }).boundingBox();
  assert.ok(back !== null && title !== null);
  assert.ok(back.x > title.x, 'the back button is on the right of the title');
  const row = recipientRow(page, 'Chen');
  const avatar = await row.locator('.avatar').boundingBox();
  const name = await row.getByText('Chen').boundingBox();
  assert.ok(avatar !== null && name !== null);
  assert.ok(avatar.x > name.x, 'the avatar comes first, on the right');
  await screenshot(page, 'broadcasts-report-ar');
  await context.close();
  boris.client.disconnect();
  chen.client.disconnect();
  await anna.context.close();
});
