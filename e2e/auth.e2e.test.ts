import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AccountView } from '@parley/contracts';
import { testPhone } from '../apps/server/src/test-support/clients.js';
import { newContext, screenshot } from './support/browser.js';
import { readSession } from './support/sign-in-flow.js';
import { webSuite } from './support/web-suite.js';

const web = webSuite();

async function me(token: string): Promise<AccountView> {
  const response = await fetch(`${web.server.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(response.status, 200);
  return (await response.json()) as AccountView;
}

test('signing up through the UI: development code, a wrong code, profile set-up, then the messenger across a reload', async () => {
  const context = await newContext(web.browser);
  const page = await context.newPage();
  await page.goto(`${web.server.url}/chats/somewhere`);
  await page.waitForURL(/\/signin\?next=/);

  await page.getByLabel('Phone number').fill(testPhone());
  await page.getByRole('button', { name: 'Next' }).click();

  const outbox = page.getByRole('complementary', { name: 'Development outbox' });
  await outbox.waitFor();
  const code = (await outbox.locator('code').textContent())?.trim() ?? '';
  assert.match(code, /^\d{6}$/);

  const wrong = code === '000000' ? '111111' : '000000';
  await page.getByLabel('6-digit code').fill(wrong);
  await page.getByRole('alert').filter({ hasText: 'Wrong code. 4 attempts left.' }).waitFor();
  assert.equal(await page.getByLabel('6-digit code').inputValue(), '');

  await page.getByLabel('6-digit code').fill(code);
  // A new account names itself first; the address it came for waits in ?next=.
  await page.waitForURL(/\/setup\?next=%2Fchats%2Fsomewhere$/);
  await page.getByLabel('Your name').fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.waitForURL(/\/chats\/somewhere$/);
  await page.locator('aside.app-shell__side').waitFor();

  const session = await readSession(page);
  const account = await me(session.token);
  assert.equal(account.name, 'Ada Lovelace');
  assert.equal(account.id, session.accountId);

  await page.reload();
  await page.locator('aside.app-shell__side').waitFor();
  assert.match(page.url(), /\/chats\/somewhere$/);
  assert.equal((await readSession(page)).accountId, account.id);
  await context.close();
});

test('a number without + is read in the chosen country; "wrong number?" goes back with it', async () => {
  const context = await newContext(web.browser, { locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(`${web.server.url}/signin`);
  // The browser's region picks the country.
  assert.equal(await page.getByLabel('Country').inputValue(), 'DE');
  const national = `0${testPhone().replace('+49', '').replace(/\s/g, '')}`;
  await page.getByLabel('Phone number').fill(national);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('complementary', { name: 'Development outbox' }).waitFor();
  await page.getByRole('button', { name: 'Wrong number?' }).click();
  await page.getByLabel('Phone number').waitFor();
  assert.equal((await page.getByLabel('Phone number').inputValue()).replace(/\D/g, ''), national);
  await context.close();
});

for (const [language, locale] of [
  ['en', 'en-US'],
  ['ar', 'ar-EG'],
  ['ru', 'ru-RU'],
  ['zh', 'zh-CN'],
] as const) {
  test(`the sign-in, code and link screens in ${language}`, async () => {
    const context = await newContext(web.browser, { locale });
    const page = await context.newPage();
    await page.goto(`${web.server.url}/signin`);
    await page.locator('input[name=phone]').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), language);
    assert.equal(await page.evaluate(() => document.documentElement.dir), language === 'ar' ? 'rtl' : 'ltr');
    await screenshot(page, `signin-${language}`);

    await page.locator('input[name=phone]').fill(testPhone());
    await page.locator('form button[type=submit]').click();
    await page.locator('.dev-outbox-notice__code').waitFor();
    await screenshot(page, `code-${language}`);

    await page.goto(`${web.server.url}/link`);
    await page
      .locator('.link-device-page__code')
      .filter({ hasText: /^[A-Z2-9]{4}-[A-Z2-9]{4}$/ })
      .waitFor();
    await page.locator('.link-device-page__qr').waitFor();
    await screenshot(page, `link-${language}`);
    await context.close();
  });
}

test('the language picker of the first screen switches the page to Arabic, right to left', async () => {
  const context = await newContext(web.browser);
  const page = await context.newPage();
  await page.goto(`${web.server.url}/signin`);
  await page.getByLabel('Language').selectOption('ar');
  await page.getByRole('heading', { name: 'أدخل رقم هاتفك' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  // Country names follow the language.
  assert.match(await page.getByLabel('الدولة').locator('option:checked').innerText(), /الولايات المتحدة/);
  await context.close();
});

test('on a 360 px phone screen the sign-in and link pages fit without sideways scrolling', async () => {
  const context = await newContext(web.browser, { viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.goto(`${web.server.url}/signin`);
  await page.locator('input[name=phone]').waitFor();
  assert.equal(await overflow(), 0);
  await page.goto(`${web.server.url}/link`);
  await page.locator('.link-device-page__qr').waitFor();
  assert.equal(await overflow(), 0);
  await screenshot(page, 'link-narrow');
  await context.close();
});
