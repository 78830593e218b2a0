import type { Page } from 'playwright-core';
import { testPhone } from '../../apps/server/src/test-support/clients.js';

/**
 * Signs a new account up the way a person does: number, the code from the on-screen development
 * outbox, a profile name, then the messenger. Selectors do not depend on the page's language.
 */
export async function signUpThroughUi(
  page: Page,
  baseUrl: string,
  options: { name: string; phone?: string },
): Promise<{ phone: string; accountId: string }> {
  await page.goto(`${baseUrl}/signin`);
  await page.locator('input[name=phone]').fill(options.phone ?? testPhone());
  await page.locator('form button[type=submit]').click();
  const code = (await page.locator('.dev-outbox-notice__code').textContent())?.trim() ?? '';
  // Six digits verify on their own.
  await page.locator('input[name=code]').fill(code);
  await page.locator('input[name=name]').fill(options.name);
  await page.locator('form button[type=submit]').click();
  await page.locator('aside.app-shell__side').waitFor();
  return readSession(page);
}

/** The device this page is signed in as, from the app's stored session. */
export async function readSession(
  page: Page,
): Promise<{ phone: string; accountId: string; deviceId: string; token: string }> {
  const stored = await page.evaluate(() => localStorage.getItem('parley.session'));
  if (stored === null) throw new Error('the page is not signed in');
  return JSON.parse(stored) as { phone: string; accountId: string; deviceId: string; token: string };
}
