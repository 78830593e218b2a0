import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { signUp } from '../apps/server/src/test-support/clients.js';
import { signUpInto } from './support/accounts.js';
import { newContext, screenshot } from './support/browser.js';
import { webSuite } from './support/web-suite.js';

const web = webSuite();
const PHONE = { width: 360, height: 740 };

async function assertNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
}

for (const locale of ['en-US', 'ar-EG']) {
  test(`on a phone-wide screen (${locale}) one pane shows at a time, and back returns to the list`, async () => {
    const context = await newContext(web.browser, { locale, viewport: PHONE });
    const me = await signUpInto(context, web.server.url, 'Mira');
    const friend = await signUp(web.server.url, { name: 'Tomas' });
    const chat = await friend.client.openDirectChat(me.accountId);
    await friend.client.connect();
    await friend.client.sendText(chat.id, 'Are you on your phone?');

    const page = await context.newPage();
    await page.goto(web.server.url);
    const side = page.locator('aside.app-shell__side');
    const main = page.locator('main.app-shell__main');
    const row = side.getByRole('link').filter({ hasText: 'Are you on your phone?' });
    await row.waitFor();
    assert.equal(await main.isVisible(), false);
    await assertNoSidewaysScroll(page);

    await row.click();
    await main.getByText('Are you on your phone?').waitFor();
    assert.equal(await side.isVisible(), false);
    await main.getByRole('textbox').first().waitFor();
    await assertNoSidewaysScroll(page);
    await screenshot(page, `narrow-chat-${locale.slice(0, 2)}`);

    await main.locator('.chat-header__back').click();
    await row.waitFor();
    assert.equal(await main.isVisible(), false);
    friend.client.disconnect();
    await context.close();
  });
}
