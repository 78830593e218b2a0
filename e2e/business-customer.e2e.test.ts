import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { UpdateBusinessProfileBody } from '@parley/contracts';
import { testPhone } from '../apps/server/src/test-support/clients.js';
import { TEST_OPERATOR_TOKEN } from '../apps/server/src/test-support/test-server.js';
import { signInWith, signUpInto } from './support/accounts.js';
import { callApi } from './support/api.js';
import { newContext, screenshot } from './support/browser.js';
import { signUpBusiness, type ApiBusiness } from './support/business.js';
import { webSuite } from './support/web-suite.js';

const web = webSuite();

/** The platform operator gives an account its check. */
function verify(accountId: string, verification: 'verified' | 'official') {
  return callApi(web.server.url, TEST_OPERATOR_TOKEN, 'PATCH', `/v1/operator/accounts/${accountId}`, {
    verification,
  });
}

const everyDay = <T>(day: T) => ({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day });

const bakery: UpdateBusinessProfileBody = {
  category: 'RESTAURANT',
  description: 'Sourdough baked every night by the harbour.',
  address: '1 Harbour Street, Tokyo',
  location: { latitude: 35.6586, longitude: 139.7454 },
  email: 'hello@bakery.example',
  websites: ['https://bakery.example/'],
  // Open around the clock, so "Open now" holds whenever the test runs.
  hours: { timeZone: 'Asia/Tokyo', days: everyDay({ mode: 'open_24h' as const }) },
  defaultLinkMessage: 'Hi! I would like to order bread.',
};

/** A chat the business started with a customer, so it is in the customer's list. */
async function chatFrom(business: ApiBusiness, customerId: string): Promise<string> {
  const chat = await business.client.openDirectChat(customerId);
  await business.client.request('POST', `/v1/chats/${chat.id}/messages`, {
    type: 'text',
    content: { body: 'Welcome to our bakery' },
  });
  return chat.id;
}

const digits = (phone: string) => phone.replace(/\D/g, '');
const composer = (page: Page) => page.locator('textarea.composer__input');

test('a customer sees the official check, the business info and that it is open now', async () => {
  const business = await signUpBusiness(web.server.url, 'Harbor Bakery', bakery);
  await verify(business.accountId, 'official');
  const context = await newContext(web.browser);
  const page = await context.newPage();
  const customer = await signUpInto(context, web.server.url, 'Mina');
  const chatId = await chatFrom(business, customer.accountId);

  await page.goto(`${web.server.url}/chats/${chatId}`);
  const row = page.locator(`li[data-chat-id="${chatId}"]`);
  await row.getByRole('img', { name: 'Official business account' }).waitFor();
  const header = page.locator('.chat-header');
  assert.equal(
    await header.locator('.business-badge').getAttribute('aria-label'),
    'Official business account',
  );
  // Where a person's chat says "last seen", a business's says what it is.
  await header.locator('.chat-header__subtitle', { hasText: 'Official business account' }).waitFor();

  await header.getByRole('button', { name: /Harbor Bakery/ }).click();
  const panel = page.getByRole('complementary', { name: 'Contact info' });
  await panel
    .getByRole('heading', { name: /Harbor Bakery/ })
    .getByRole('img', {
      name: 'Official business account',
    })
    .waitFor();
  const info = panel.getByRole('region', { name: 'Business info' });
  await info.getByText('Restaurant', { exact: true }).waitFor();
  await info.getByText(bakery.description ?? '').waitFor();
  await info.getByText('Open now').waitFor();
  assert.equal(await info.getByText('Open 24 hours').count(), 7);
  await info.getByText('Monday').waitFor();
  await info.getByText('Times in Japan Standard Time').waitFor();
  await info.getByText('1 Harbour Street, Tokyo').waitFor();
  const map = await info.getByRole('link', { name: 'Show on map' }).getAttribute('href');
  assert.match(map ?? '', /^https:\/\/www\.openstreetmap\.org\/\?mlat=35\.6586&mlon=139\.7454/);
  assert.equal(
    await info.getByRole('link', { name: 'hello@bakery.example' }).getAttribute('href'),
    'mailto:hello@bakery.example',
  );
  assert.equal(
    await info.getByRole('link', { name: 'https://bakery.example/' }).getAttribute('href'),
    'https://bakery.example/',
  );
  await screenshot(page, 'business-info-panel');

  // The business closes every day: a fresh look says so.
  await business.client.request('PATCH', '/v1/me/business-profile', {
    hours: { timeZone: 'Asia/Tokyo', days: everyDay({ mode: 'closed' }) },
  });
  await page.reload();
  await page
    .locator('.chat-header')
    .getByRole('button', { name: /Harbor Bakery/ })
    .click();
  const reloaded = page.getByRole('region', { name: 'Business info' });
  await reloaded.getByText('Closed now').waitFor();
  assert.equal(await reloaded.getByText('Closed', { exact: true }).count(), 7);
  assert.equal(await reloaded.getByText('Open now').count(), 0);
  await context.close();
});

test('a grey check for a verified business, the business mark for an unverified one, none for a person', async () => {
  const verified = await signUpBusiness(web.server.url, 'Corner Florist', { category: 'RETAIL' });
  await verify(verified.accountId, 'verified');
  const plain = await signUpBusiness(web.server.url, 'Quiet Bookshop', { category: 'RETAIL' });
  const context = await newContext(web.browser);
  const page = await context.newPage();
  const customer = await signUpInto(context, web.server.url, 'Omar');
  const verifiedChat = await chatFrom(verified, customer.accountId);
  const plainChat = await chatFrom(plain, customer.accountId);

  await page.goto(`${web.server.url}/chats/${plainChat}`);
  await page
    .locator(`li[data-chat-id="${verifiedChat}"]`)
    .getByRole('img', { name: 'Verified business' })
    .waitFor();
  await page
    .locator(`li[data-chat-id="${plainChat}"]`)
    .getByRole('img', { name: 'Business account' })
    .waitFor();
  await page.locator('.chat-header .chat-header__subtitle', { hasText: 'Business account' }).waitFor();
  assert.equal(await page.locator('.business-badge--verified').count(), 1);
  assert.equal(await page.locator('.business-badge--official').count(), 0);
  await context.close();
});

test('the business info panel reads right to left in Arabic', async () => {
  const business = await signUpBusiness(web.server.url, 'Harbor Bakery', bakery);
  const context = await newContext(web.browser, { locale: 'ar' });
  const page = await context.newPage();
  const customer = await signUpInto(context, web.server.url, 'Layla');
  const chatId = await chatFrom(business, customer.accountId);

  await page.goto(`${web.server.url}/chats/${chatId}`);
  await page.locator('.chat-header__who').click();
  const info = page.getByRole('region', { name: 'معلومات النشاط التجاري' });
  await info.getByText('مفتوح الآن').waitFor();
  await info.getByText('مطعم', { exact: true }).waitFor();
  await info.getByText('الاثنين').waitFor();
  await info.getByText('توقيت اليابان الرسمي', { exact: false }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');

  // Right to left: each row's icon sits at the right of its text, each weekday at the right of its hours.
  const row = info.locator('.business-info__row').first();
  const icon = await row.locator('svg').first().boundingBox();
  const value = await row.locator('.business-info__value').boundingBox();
  assert.ok(icon !== null && value !== null);
  assert.ok(
    icon.x >= value.x + value.width - 1,
    `icon ${icon.x} right of text ending ${value.x + value.width}`,
  );
  const monday = info.locator('.opening-hours__day').first();
  const dayName = await monday.locator('dt').boundingBox();
  const dayHours = await monday.locator('dd').boundingBox();
  assert.ok(dayName !== null && dayHours !== null);
  assert.ok(dayName.x > dayHours.x, 'the weekday is on the right, its hours on the left');
  await screenshot(page, 'business-info-panel-ar');
  await context.close();
});

test('a signed-out customer opens a short link, signs in, and lands in the chat with the text prefilled', async () => {
  const business = await signUpBusiness(web.server.url, 'Harbor Bakery', bakery);
  const context = await newContext(web.browser);
  const page = await context.newPage();

  await page.goto(`${web.server.url}/l/${digits(business.phone)}?text=Hello`);
  await page.waitForURL(/\/signin\?next=/);
  await page.locator('input[name=phone]').fill(testPhone());
  await page.locator('form button[type=submit]').click();
  const code = (await page.locator('.dev-outbox-notice__code').textContent())?.trim() ?? '';
  await page.locator('input[name=code]').fill(code);
  await page.locator('input[name=name]').fill('Sam');
  await page.locator('form button[type=submit]').click();

  await page.waitForURL(/\/chats\/[^/]+$/);
  await page.locator('.chat-header').getByText('Harbor Bakery').waitFor();
  assert.equal(await composer(page).inputValue(), 'Hello');

  // Without text of its own, the link prefills the business's default message.
  await page.goto(`${web.server.url}/l/${digits(business.phone)}`);
  await page.waitForURL(/\/chats\/[^/]+$/);
  assert.equal(await composer(page).inputValue(), bakery.defaultLinkMessage);
  await context.close();
});

test('a short link to a number without an account, or to no number, says so', async () => {
  const context = await newContext(web.browser);
  const page = await context.newPage();
  await signUpInto(context, web.server.url, 'Ines');

  await page.goto(`${web.server.url}/l/14155550199?text=Hi`);
  await page.getByRole('heading', { name: /\+14155550199.*is not on Parley/ }).waitFor();
  await page.getByRole('link', { name: 'Go to your chats' }).waitFor();

  await page.goto(`${web.server.url}/l/not-a-number`);
  await page.getByRole('heading', { name: 'This chat link is not valid' }).waitFor();
  await page.getByText(`${web.server.url}/l/14155550123`).waitFor();
  await context.close();
});

test('a business shows its short link and QR code, saves the default message, and downloads PNG and SVG', async () => {
  const business = await signUpBusiness(web.server.url, 'Harbor Bakery', { category: 'RESTAURANT' });
  const context = await newContext(web.browser);
  await signInWith(context, business);
  const page = await context.newPage();

  await page.goto(`${web.server.url}/settings/business/short-link`);
  const link = `${web.server.url}/l/${digits(business.phone)}`;
  await page.getByRole('link', { name: link }).waitFor();
  await page.getByRole('img', { name: 'QR code of your short link' }).waitFor();

  await page.getByLabel('Default message').fill('Hello, I have a question');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Default message saved').waitFor();
  const saved = (await business.client.request('GET', '/v1/me/business-profile')) as {
    defaultLinkMessage: string;
  };
  assert.equal(saved.defaultLinkMessage, 'Hello, I have a question');

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  assert.equal(png.suggestedFilename(), `parley-${digits(business.phone)}-qr.png`);
  const pngBytes = readFileSync(await png.path());
  assert.deepEqual([...pngBytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  assert.equal(svg.suggestedFilename(), `parley-${digits(business.phone)}-qr.svg`);
  const svgText = readFileSync(await svg.path(), 'utf8').trimStart();
  assert.ok(svgText.startsWith('<svg') || svgText.startsWith('<?xml'), svgText.slice(0, 40));
  await screenshot(page, 'business-short-link');
  await context.close();
});
