import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import type { AutoRepliesView } from '@parley/contracts';
import { testPhone } from '../apps/server/src/test-support/clients.js';
import { signInWith, signUpInto } from './support/accounts.js';
import { callApi } from './support/api.js';
import { newContext, screenshot } from './support/browser.js';
import { signUpBusiness, type ApiBusiness } from './support/business.js';
import { webSuite } from './support/web-suite.js';

const web = webSuite();

const GREETING = 'Welcome to Harbour Bakery! We bake every night.';
const AWAY = 'We are closed right now and will answer in the morning.';

const api = <T>(token: string, method: string, path: string, body?: unknown) =>
  callApi<T>(web.server.url, token, method, path, body);

/** A business signed up through the API, signed in to a browser profile. */
async function businessIn(context: BrowserContext, name: string): Promise<ApiBusiness> {
  const business = await signUpBusiness(web.server.url, name);
  await signInWith(context, business);
  return business;
}

const savedReplies = (business: ApiBusiness) =>
  api<AutoRepliesView>(business.token, 'GET', '/v1/business/auto-replies');

/** The row of the message whose own text contains `text`. */
const bubble = (page: Page, text: string) =>
  page.locator('.message-row').filter({ has: page.locator('.bubble__text', { hasText: text }) });

test('a business turns on a greeting and an away message; a new customer gets both, marked automated on the business side only', async () => {
  const shopContext = await newContext(web.browser);
  const business = await businessIn(shopContext, 'Harbour Bakery');
  const shop = await shopContext.newPage();

  await shop.goto(`${web.server.url}/settings`);
  await shop.getByRole('link', { name: /Business tools/ }).click();
  await shop.getByRole('link', { name: /Greeting message/ }).click();
  await shop.getByText('for the first time or after 14 days of no activity').waitFor();
  await shop.getByRole('switch', { name: 'Send greeting message' }).check();
  await shop.getByLabel('Message', { exact: true }).fill(GREETING);
  await shop.getByText(`${GREETING.length} / 4,096`).waitFor();
  await shop.getByRole('button', { name: 'Save' }).click();
  await shop.getByText('Saved.').first().waitFor();

  await shop.getByRole('button', { name: 'Back' }).click();
  await shop.getByRole('link', { name: /Away message/ }).click();
  await shop.getByRole('switch', { name: 'Send away message' }).check();
  await shop.getByLabel('Message', { exact: true }).fill(AWAY);
  // The default schedule follows business hours, which this shop has not set: it is told, with the way there.
  assert.equal(await shop.getByRole('radio', { name: 'Outside of business hours' }).isChecked(), true);
  await shop.getByText('You have not set business hours yet').waitFor();
  assert.equal(
    await shop.getByRole('link', { name: 'Set business hours' }).getAttribute('href'),
    '/settings/business/hours',
  );
  await shop.getByRole('radio', { name: 'Always send' }).check();
  await shop.getByRole('button', { name: 'Save' }).click();
  await shop.getByText('Saved.').first().waitFor();
  await screenshot(shop, 'auto-replies-away');

  const saved = await savedReplies(business);
  assert.deepEqual(saved.greeting, {
    enabled: true,
    text: GREETING,
    audience: { mode: 'everyone', phones: [] },
  });
  assert.deepEqual(saved.away, {
    enabled: true,
    text: AWAY,
    schedule: 'always',
    audience: { mode: 'everyone', phones: [] },
  });

  // A customer writes for the first time, from their own browser.
  const customerContext = await newContext(web.browser);
  const customer = await signUpInto(customerContext, web.server.url, 'Ana');
  const chat = await api<{ id: string }>(customer.token, 'POST', '/v1/chats/direct', {
    accountId: business.accountId,
  });
  const customerPage = await customerContext.newPage();
  await customerPage.goto(`${web.server.url}/chats/${chat.id}`);
  const composer = customerPage.locator('textarea.composer__input');
  await composer.fill('Hello, do you have rye bread?');
  await composer.press('Enter');
  await bubble(customerPage, GREETING).waitFor();
  await bubble(customerPage, AWAY).waitFor();
  const texts = await customerPage.locator('.message-row .bubble__text').allTextContents();
  assert.deepEqual(texts, ['Hello, do you have rye bread?', GREETING, AWAY], 'greeting first, then away');
  assert.equal(await customerPage.getByRole('img', { name: 'Automated' }).count(), 0);

  await shop.goto(`${web.server.url}/chats/${chat.id}`);
  await bubble(shop, AWAY).waitFor();
  for (const text of [GREETING, AWAY]) {
    await bubble(shop, text).getByRole('img', { name: 'Automated' }).waitFor();
  }
  assert.equal(
    await bubble(shop, 'Hello, do you have rye bread?').getByRole('img', { name: 'Automated' }).count(),
    0,
  );
  assert.equal(await shop.getByRole('img', { name: 'Automated' }).count(), 2);
  await screenshot(shop, 'auto-replies-chat');
  await Promise.all([shopContext.close(), customerContext.close()]);
});

test('recipients: a picked contact is kept out; "only…" with nobody chosen shows the server’s refusal', async () => {
  const context = await newContext(web.browser);
  const business = await businessIn(context, 'Corner Florist');
  const { phone: regular } = await api<{ phone: string }>(
    business.token,
    'PUT',
    `/v1/contacts/${encodeURIComponent(testPhone())}`,
    { name: 'Ben Regular' },
  );
  const page = await context.newPage();
  await page.goto(`${web.server.url}/settings/business/greeting`);
  await page.getByLabel('Message', { exact: true }).fill('Hello from the florist!');

  // Choosing "everyone except…" opens the picker; cancelling it leaves nobody excluded.
  await page.getByRole('radio', { name: 'Everyone except…' }).check();
  await page.getByRole('dialog', { name: 'Don’t send to' }).getByLabel('Ben Regular').check();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByText('0 contacts excluded').waitFor();
  await page.getByRole('button', { name: 'Choose contacts' }).click();
  const picker = page.getByRole('dialog', { name: 'Don’t send to' });
  await picker.getByLabel('Ben Regular').check();
  await picker.getByRole('button', { name: 'Done (1)' }).click();
  await page.getByText('1 contact excluded').waitFor();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').first().waitFor();
  assert.deepEqual((await savedReplies(business)).greeting.audience, {
    mode: 'everyone_except',
    phones: [regular],
  });

  // The choice carries over to "only…"; taking Ben out leaves nobody, which the server refuses.
  await page.getByRole('radio', { name: 'Only send to…' }).check();
  const onlyPicker = page.getByRole('dialog', { name: 'Send only to' });
  assert.equal(await onlyPicker.getByLabel('Ben Regular').isChecked(), true);
  await onlyPicker.getByLabel('Ben Regular').uncheck();
  await page.getByRole('button', { name: 'Done (0)' }).click();
  await page.getByText('0 contacts chosen').waitFor();
  await screenshot(page, 'auto-replies-only-nobody');
  await page.getByRole('button', { name: 'Save' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: 'Choose at least one contact to send the message only to them.' })
    .waitFor();
  assert.equal((await savedReplies(business)).greeting.audience.mode, 'everyone_except', 'nothing was saved');
  await context.close();
});

test('in Arabic the away message settings mirror, and a custom window is saved as the local times chosen', async () => {
  const context = await newContext(web.browser, { locale: 'ar' });
  const business = await businessIn(context, 'مخبز الميناء');
  const page = await context.newPage();
  await page.goto(`${web.server.url}/settings/business/away`);
  await page.getByRole('heading', { name: 'رسالة الغياب' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');

  await page.getByRole('switch', { name: 'إرسال رسالة الغياب' }).check();
  await page.getByLabel('الرسالة', { exact: true }).fill('نحن في إجازة حتى المساء.');
  await page.getByRole('radio', { name: 'جدول زمني مخصص' }).check();
  await page.getByLabel('يبدأ في').fill('2030-01-07T09:00');
  await page.getByLabel('ينتهي في').fill('2030-01-07T08:00');
  await page.getByRole('button', { name: 'حفظ' }).click();
  await page.getByRole('alert').filter({ hasText: 'اختر وقت انتهاء بعد وقت البدء.' }).waitFor();
  await page.getByLabel('ينتهي في').fill('2030-01-07T17:30');
  await page.getByRole('button', { name: 'حفظ' }).click();
  await page.getByText('تم الحفظ.').first().waitFor();

  const expected = await page.evaluate(() => ({
    start: new Date(2030, 0, 7, 9, 0).getTime(),
    end: new Date(2030, 0, 7, 17, 30).getTime(),
  }));
  assert.deepEqual((await savedReplies(business)).away.schedule, { custom: expected });

  // Mirrored: the back button and the labels start on the right, the switch sits on the left.
  const back = await page.getByRole('button', { name: 'رجوع' }).boundingBox();
  const title = await page.getByRole('heading', { name: 'رسالة الغياب' }).boundingBox();
  const label = await page.getByText('إرسال رسالة الغياب').boundingBox();
  const toggle = await page.getByRole('switch', { name: 'إرسال رسالة الغياب' }).boundingBox();
  assert.ok(back !== null && title !== null && label !== null && toggle !== null);
  assert.ok(back.x > title.x, 'the back button is on the right');
  assert.ok(toggle.x + toggle.width <= label.x, 'the switch is on the left of its label');
  await screenshot(page, 'auto-replies-away-ar');

  // The saved window opens again as it was chosen.
  await page.reload();
  assert.equal(await page.getByLabel('يبدأ في').inputValue(), '2030-01-07T09:00');
  assert.equal(await page.getByLabel('ينتهي في').inputValue(), '2030-01-07T17:30');
  await context.close();
});

test('a person’s account has no greeting or away message: the address leads back to Settings', async () => {
  const context = await newContext(web.browser);
  await signUpInto(context, web.server.url, 'Carla');
  const page = await context.newPage();
  await page.goto(`${web.server.url}/settings/business/away`);
  await page.waitForURL(`${web.server.url}/settings`);
  await page
    .getByRole('link', { name: /Profile/ })
    .first()
    .waitFor();
  assert.equal(await page.getByText('Away message').count(), 0);
  await context.close();
});
