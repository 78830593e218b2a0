import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import type { AccountView, BusinessProfileView } from '@parley/contracts';
import { ParleyClient } from '@parley/sdk';
import { codeFromOutbox, signUp, testPhone } from '../apps/server/src/test-support/clients.js';
import { newContext, screenshot } from './support/browser.js';
import { readSession, signUpThroughUi } from './support/sign-in-flow.js';
import { webSuite } from './support/web-suite.js';

const web = webSuite();

async function api<T>(token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${web.server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

/** A customer writes to an account, so that account has a chat of its own to show. */
async function writeTo(accountId: string, body: string): Promise<void> {
  const { client } = await signUp(web.server.url, { name: 'Customer' });
  const { token } = client.session;
  const chat = await api<{ id: string }>(token, 'POST', '/v1/chats/direct', { accountId });
  assert.equal(chat.status, 200);
  const sent = await api(token, 'POST', `/v1/chats/${chat.body.id}/messages`, {
    type: 'text',
    content: { body },
  });
  assert.equal(sent.status, 201, JSON.stringify(sent.body));
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .png()
    .toBuffer();

/** Number and code, with "Register a business number" ticked; the page is left on the setup step. */
async function signUpBusinessUntilSetup(page: Page, path = '/signin'): Promise<string> {
  const phone = testPhone();
  await page.goto(`${web.server.url}${path}`);
  await page.locator('input[name=phone]').fill(phone);
  await page.getByLabel('Register a business number').check();
  await page.locator('form button[type=submit]').click();
  const code = (await page.locator('.dev-outbox-notice__code').textContent())?.trim() ?? '';
  await page.locator('input[name=code]').fill(code);
  await page.getByRole('heading', { name: 'Business info' }).waitFor();
  return phone;
}

test('a shop owner signs up a business number, names it by the rules, and fills in a profile and hours that are kept', async () => {
  const context = await newContext(web.browser);
  const page = await context.newPage();
  await signUpBusinessUntilSetup(page);

  // A person's name alone is refused, with the reason in words.
  await page.getByLabel('Business name').fill('Maria');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('alert').filter({ hasText: 'cannot be a person’s name alone' }).waitFor();

  // A logo under 192×192 is refused before it is sent; a wide one is cropped to its centred square.
  const logoInput = page.locator('.logo-picker input[type=file]');
  await logoInput.setInputFiles({ name: 'tiny.png', mimeType: 'image/png', buffer: await png(120, 400) });
  await page.getByRole('alert').filter({ hasText: 'This image is too small' }).waitFor();
  await logoInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await png(600, 300) });
  await page.locator('.logo-picker img').waitFor();

  await page.getByLabel('Business name').fill('Maria’s Bakery');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('aside.app-shell__side').waitFor();
  const session = await readSession(page);
  const me = await api<AccountView>(session.token, 'GET', '/v1/me');
  assert.equal(me.body.kind, 'business');
  assert.equal(me.body.name, 'Maria’s Bakery');
  assert.notEqual(me.body.photoMediaId, null);
  const logo = await api<{ width: number; height: number }>(
    session.token,
    'GET',
    `/v1/media/${me.body.photoMediaId}/info`,
  );
  assert.equal(logo.status, 200);
  assert.deepEqual([logo.body.width, logo.body.height], [300, 300], 'the logo is the centred square');

  await page.goto(`${web.server.url}/settings`);
  await page.getByRole('link', { name: /Business tools/ }).click();
  await page.getByRole('link', { name: /Business profile/ }).click();
  await page.getByLabel('Category').selectOption('GROCERY');
  await page.getByLabel('Description').fill('Sourdough and pastries, baked every morning.');
  await page.getByLabel('Address').fill('Bergmannstraße 12, Berlin');
  await page.getByLabel('Latitude').fill('52.4893');
  await page.getByLabel('Longitude').fill('13.3955');
  await page.getByLabel('Email').fill('hello@bakery.example');
  await page.getByLabel('Website 1').fill('https://bakery.example');
  await page.getByLabel('Website 2').fill('notaurl');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('A website starts with https:// or http://').waitFor();
  await page.getByLabel('Website 2').fill('https://shop.bakery.example');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').first().waitFor();
  const mapLink = page.getByRole('link', { name: 'Open the location on a map' });
  assert.match(
    (await mapLink.getAttribute('href')) ?? '',
    /openstreetmap\.org\/\?mlat=52\.4893&mlon=13\.3955/,
  );

  await page.getByRole('link', { name: /Business hours/ }).click();
  await page.getByRole('button', { name: 'Set business hours' }).click();
  await page.getByLabel('Time zone').selectOption('Asia/Tokyo');
  await page.getByLabel('Saturday: opening').selectOption('hours');
  await page.getByLabel('Saturday, span 1: opens at').fill('10:00');
  await page.getByLabel('Saturday, span 1: closes at').fill('14:00');
  await page.getByLabel('Sunday: opening').selectOption('appointment_only');
  await page.getByLabel('Friday: opening').selectOption('open_24h');
  const monday = page.getByRole('group', { name: 'Monday' });
  await monday.getByRole('button', { name: 'Add hours' }).click();
  await page.getByLabel('Monday, span 1: closes at').fill('13:00');
  await page.getByLabel('Monday, span 2: opens at').fill('18:00');
  await page.getByLabel('Monday, span 2: closes at').fill('01:00');
  await monday.getByText('next day').waitFor();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').first().waitFor();
  await screenshot(page, 'business-owner-hours');

  await page.reload();
  await page.getByLabel('Time zone').waitFor();
  assert.equal(await page.getByLabel('Time zone').inputValue(), 'Asia/Tokyo');
  assert.equal(await page.getByLabel('Sunday: opening').inputValue(), 'appointment_only');
  assert.equal(await page.getByLabel('Monday, span 2: closes at').inputValue(), '01:00');
  await page.goto(`${web.server.url}/settings/business/profile`);
  assert.equal(await page.getByLabel('Category').inputValue(), 'GROCERY');
  assert.equal(await page.getByLabel('Business name').inputValue(), 'Maria’s Bakery');
  assert.equal(await page.getByLabel('Website 2').inputValue(), 'https://shop.bakery.example');
  assert.equal(await page.getByLabel('Address').inputValue(), 'Bergmannstraße 12, Berlin');
  await screenshot(page, 'business-owner-profile');

  const profile = await api<BusinessProfileView>(session.token, 'GET', '/v1/me/business-profile');
  assert.equal(profile.body.category, 'GROCERY');
  assert.deepEqual(profile.body.websites, ['https://bakery.example', 'https://shop.bakery.example']);
  assert.deepEqual(profile.body.location, { latitude: 52.4893, longitude: 13.3955 });
  assert.equal(profile.body.email, 'hello@bakery.example');
  assert.equal(profile.body.hours?.timeZone, 'Asia/Tokyo');
  assert.deepEqual(profile.body.hours?.days.mon, {
    mode: 'hours',
    ranges: [
      { open: '09:00', close: '13:00' },
      { open: '18:00', close: '01:00' },
    ],
  });
  assert.deepEqual(profile.body.hours?.days.sat, {
    mode: 'hours',
    ranges: [{ open: '10:00', close: '14:00' }],
  });
  assert.deepEqual(profile.body.hours?.days.fri, { mode: 'open_24h' });
  await context.close();
});

test('one browser holds a business and a personal account and switches between them, each with its own chats', async () => {
  const context = await newContext(web.browser);
  const page = await context.newPage();
  await signUpBusinessUntilSetup(page);
  await page.getByLabel('Business name').fill('Corner Flower Shop');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('aside.app-shell__side').waitFor();
  const business = await readSession(page);
  await writeTo(business.accountId, 'Do you have tulips today?');
  await page.locator('.chat-row').filter({ hasText: 'Do you have tulips today?' }).waitFor();

  // Add a personal number through the same sign-in, without the business choice.
  await page.goto(`${web.server.url}/settings`);
  await page.getByRole('button', { name: 'Add account' }).click();
  await page.getByRole('heading', { name: 'Add an account' }).waitFor();
  await page.locator('input[name=phone]').fill(testPhone());
  await page.locator('form button[type=submit]').click();
  const code = (await page.locator('.dev-outbox-notice__code').textContent())?.trim() ?? '';
  await page.locator('input[name=code]').fill(code);
  await page.getByRole('heading', { name: 'Profile info' }).waitFor();
  await page.locator('input[name=name]').fill('Olga');
  await page.locator('form button[type=submit]').click();
  await page.locator('aside.app-shell__side').waitFor();
  const personal = await readSession(page);
  assert.notEqual(personal.accountId, business.accountId);
  const personalMe = await api<AccountView>(personal.token, 'GET', '/v1/me');
  assert.equal(personalMe.body.kind, 'personal');
  await writeTo(personal.accountId, 'Dinner on Friday?');
  await page.locator('.chat-row').filter({ hasText: 'Dinner on Friday?' }).waitFor();
  assert.equal(await page.locator('.chat-row').filter({ hasText: 'tulips' }).count(), 0);

  // Switch to the business: its chats, not the person's.
  await page.goto(`${web.server.url}/settings`);
  await page.getByRole('button', { name: 'Switch to Corner Flower Shop' }).click();
  await page.locator('.chat-row').filter({ hasText: 'Do you have tulips today?' }).waitFor();
  assert.equal(await page.locator('.chat-row').filter({ hasText: 'Dinner on Friday?' }).count(), 0);
  assert.equal((await readSession(page)).accountId, business.accountId);
  // The live connection is the business's: a new message arrives without a reload.
  await writeTo(business.accountId, 'And roses?');
  await page.locator('.chat-row').filter({ hasText: 'And roses?' }).waitFor();

  // Both accounts survive a reload; switch back to the person.
  await page.reload();
  await page.goto(`${web.server.url}/settings`);
  await page.getByRole('button', { name: 'Switch to Olga' }).click();
  await page.locator('.chat-row').filter({ hasText: 'Dinner on Friday?' }).waitFor();
  assert.equal(await page.locator('.chat-row').filter({ hasText: 'roses' }).count(), 0);

  // Logging out signs out only the person; the business takes its place.
  await page.goto(`${web.server.url}/settings`);
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Log out' }).click();
  await page.locator('.settings__profile-name', { hasText: 'Corner Flower Shop' }).waitFor();
  await page.goto(`${web.server.url}/`);
  await page.locator('.chat-row').filter({ hasText: 'And roses?' }).waitFor();
  assert.equal((await readSession(page)).accountId, business.accountId);
  await page.goto(`${web.server.url}/settings`);
  assert.equal(await page.getByRole('button', { name: 'Switch to Olga' }).count(), 0);
  await context.close();
});

test('a personal account switches to business keeping its chats, and the way back is not offered', async () => {
  const context = await newContext(web.browser);
  const page = await context.newPage();
  const person = await signUpThroughUi(page, web.server.url, { name: 'Olga' });
  await writeTo(person.accountId, 'Are you open on Sunday?');
  await page.locator('.chat-row').filter({ hasText: 'Are you open on Sunday?' }).waitFor();

  await page.goto(`${web.server.url}/settings`);
  await page.getByRole('button', { name: /Switch to a business account/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Switch to a business account?' });
  await dialog.getByText('cannot become a personal account again').waitFor();
  assert.equal(await dialog.getByLabel('Business name').inputValue(), 'Olga');
  await dialog.getByRole('button', { name: 'Switch to business' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'cannot be a person’s name alone' }).waitFor();
  const { token } = await readSession(page);
  assert.equal((await api<AccountView>(token, 'GET', '/v1/me')).body.kind, 'personal');

  await dialog.getByLabel('Business name').fill('Olga Flowers');
  await dialog.getByRole('button', { name: 'Switch to business' }).click();
  await page.getByRole('heading', { name: 'Business profile' }).waitFor();
  assert.equal((await api<AccountView>(token, 'GET', '/v1/me')).body.kind, 'business');

  await page.goto(`${web.server.url}/settings`);
  await page.getByRole('link', { name: /Business tools/ }).waitFor();
  assert.equal(await page.getByRole('button', { name: /Switch to a business account/ }).count(), 0);
  assert.equal(await page.getByText(/personal account/i).count(), 0, 'nothing offers the way back');
  await page.goto(`${web.server.url}/`);
  await page.locator('.chat-row').filter({ hasText: 'Are you open on Sunday?' }).waitFor();
  await context.close();
});

test('in Arabic the hours editor mirrors: day names on the right, opening before closing from the right', async () => {
  const client = new ParleyClient({ baseUrl: web.server.url });
  const { phone } = await client.requestCode(testPhone());
  await client.verifyCode(phone, await codeFromOutbox(web.server.url, phone), { accountKind: 'business' });
  await client.request('PATCH', '/v1/me', { name: 'مخبز الياسمين' });
  const { token, accountId, deviceId } = client.session;
  const context = await newContext(web.browser, { locale: 'ar' });
  await context.addInitScript((session) => localStorage.setItem('parley.session', JSON.stringify(session)), {
    token,
    accountId,
    deviceId,
    phone,
  });
  const page = await context.newPage();
  await page.goto(`${web.server.url}/settings/business/hours`);
  await page.getByRole('button', { name: 'تحديد ساعات العمل' }).click();
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');

  const monday = page.getByRole('group', { name: 'الاثنين' });
  const legend = await monday.locator('legend').boundingBox();
  const group = await monday.boundingBox();
  assert.ok(legend !== null && group !== null);
  assert.ok(group.x + group.width - (legend.x + legend.width) < 4, 'the day name starts on the right');
  // The span number is written in the reader's digits, whichever Intl picks for Arabic.
  const opens = await page.getByLabel(/^الاثنين، الفترة .: يفتح في$/).boundingBox();
  const closes = await page.getByLabel(/^الاثنين، الفترة .: يغلق في$/).boundingBox();
  assert.ok(opens !== null && closes !== null);
  assert.ok(opens.x > closes.x, 'the opening time comes first, on the right');
  await screenshot(page, 'business-owner-hours-ar');
  await context.close();
});
