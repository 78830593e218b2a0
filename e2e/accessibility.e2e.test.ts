import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { signUp } from '../apps/server/src/test-support/clients.js';
import { signUpInto } from './support/accounts.js';
import { newContext } from './support/browser.js';
import { webSuite } from './support/web-suite.js';

const web = webSuite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations of WCAG A and AA. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(options: unknown): Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
}

test('the main screens have no serious accessibility violations', async () => {
  const signedOut = await newContext(web.browser);
  const signIn = await signedOut.newPage();
  await signIn.goto(`${web.server.url}/signin`);
  await signIn.getByRole('textbox').first().waitFor();
  assert.deepEqual(await seriousViolations(signIn), [], 'sign-in');
  await signedOut.close();

  const context = await newContext(web.browser);
  const me = await signUpInto(context, web.server.url, 'Ines');
  const friend = await signUp(web.server.url, { name: 'Jon' });
  const chat = await friend.client.openDirectChat(me.accountId);
  await friend.client.connect();
  await friend.client.sendText(chat.id, 'Hello there');
  const page = await context.newPage();
  await page.goto(web.server.url);
  await page.getByText('Hello there').waitFor();
  assert.deepEqual(await seriousViolations(page), [], 'chat list');
  await page.goto(`${web.server.url}/chats/${chat.id}`);
  await page.locator('.message-list').getByText('Hello there').waitFor();
  assert.deepEqual(await seriousViolations(page), [], 'chat view');
  await page.goto(`${web.server.url}/settings`);
  await page.locator('aside').getByRole('heading').first().waitFor();
  assert.deepEqual(await seriousViolations(page), [], 'settings');
  friend.client.disconnect();
  await context.close();
});

test('the chat view keeps its contrast in the dark theme', async () => {
  const context = await newContext(web.browser);
  await context.addInitScript(() => localStorage.setItem('parley.theme', 'dark'));
  const me = await signUpInto(context, web.server.url, 'Noor');
  const friend = await signUp(web.server.url, { name: 'Omid' });
  const chat = await friend.client.openDirectChat(me.accountId);
  await friend.client.connect();
  await friend.client.sendText(chat.id, 'Good evening');
  const page = await context.newPage();
  await page.goto(`${web.server.url}/chats/${chat.id}`);
  await page.locator('.message-list').getByText('Good evening').waitFor();
  await page.locator('main').getByRole('textbox').first().fill('Evening!');
  await page.keyboard.press('Enter');
  await page.locator('.message-list').getByText('Evening!').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.deepEqual(await seriousViolations(page), [], 'chat view, dark');
  friend.client.disconnect();
  await context.close();
});

test('a chat can be opened and answered with the keyboard alone', async () => {
  const context = await newContext(web.browser);
  const me = await signUpInto(context, web.server.url, 'Kai');
  const friend = await signUp(web.server.url, { name: 'Lea' });
  const chat = await friend.client.openDirectChat(me.accountId);
  await friend.client.connect();
  await friend.client.sendText(chat.id, 'Can you hear me?');
  const page = await context.newPage();
  await page.goto(web.server.url);
  const row = page.locator('aside').getByRole('link').filter({ hasText: 'Can you hear me?' });
  await row.waitFor();
  for (
    let presses = 0;
    presses < 40 && !(await row.evaluate((element) => element === document.activeElement));
    presses += 1
  ) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await row.evaluate((element) => element === document.activeElement), 'Tab reaches the chat');
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/chats/${chat.id}`);
  const composer = page.locator('main').getByRole('textbox').first();
  for (
    let presses = 0;
    presses < 40 && !(await composer.evaluate((element) => element === document.activeElement));
    presses += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('Loud and clear');
  await page.keyboard.press('Enter');
  await page.locator('.message-list').getByText('Loud and clear').waitFor();
  friend.client.disconnect();
  await context.close();
});
