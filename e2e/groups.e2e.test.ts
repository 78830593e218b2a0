import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ChatDetailsView } from '@parley/contracts';
import { requestJson } from '@parley/sdk';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { signUp } from '../apps/server/src/test-support/clients.js';
import { signUpInto, type ApiAccount } from './support/accounts.js';
import { newContext, screenshot } from './support/browser.js';
import { webSuite } from './support/web-suite.js';

const web = webSuite();

function api<T>(account: ApiAccount, method: 'GET' | 'PUT' | 'POST' | 'PATCH', path: string, body?: unknown) {
  return requestJson<T>(web.server.url, account.token, method, path, body);
}

function chatIdOf(page: Page): string {
  return new URL(page.url()).pathname.split('/')[2] ?? '';
}

/** Opens the info panel from the open chat's header (the chat view's button names the chat). */
async function openInfo(page: Page, subject: string) {
  await page
    .getByRole('main')
    .getByRole('button', { name: new RegExp(subject) })
    .click();
}

function membersList(page: Page) {
  return page.getByRole('list', { name: 'Members' }).getByRole('listitem');
}

test('create a group, invite by link, join, promote and remove members', async () => {
  const adminContext = await newContext(web.browser);
  const ada = await signUpInto(adminContext, web.server.url, 'Ada');
  const ben = await signUp(web.server.url, { name: 'Ben' });
  await api(ada, 'PUT', `/v1/contacts/${encodeURIComponent(ben.phone)}`, { name: 'Ben Brown' });

  // Ada creates the group in the UI, with Ben.
  const page = await adminContext.newPage();
  await page.goto(web.server.url);
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('menuitem', { name: 'New group' }).click();
  await page.getByRole('checkbox', { name: 'Ben Brown' }).check();
  await page.getByRole('list', { name: 'Selected members' }).getByText('Ben Brown').waitFor();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Group subject').fill('Book club');
  // A group icon, chosen through the photo picker, goes up with the group.
  const icon = await sharp({ create: { width: 240, height: 240, channels: 3, background: '#3b82f6' } })
    .png()
    .toBuffer();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add group icon' }).click();
  await (await chooser).setFiles({ name: 'icon.png', mimeType: 'image/png', buffer: icon });
  await page.getByRole('button', { name: 'Add group icon' }).locator('img').waitFor();
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.waitForURL(/\/chats\/[A-Za-z0-9_-]+$/);
  const chatId = chatIdOf(page);
  const created = await api<ChatDetailsView>(ada, 'GET', `/v1/chats/${chatId}`);
  assert.equal(created.chat.subject, 'Book club');
  assert.notEqual(created.chat.photoMediaId, null);
  assert.deepEqual(
    created.members.map((member) => [member.accountId, member.role]).sort(),
    [
      [ada.accountId, 'admin'],
      [ben.accountId, 'member'],
    ].sort(),
  );
  // The group's system message is the list's preview, in words.
  const groupRow = page
    .getByRole('list', { name: 'Chats' })
    .getByRole('listitem')
    .filter({ hasText: 'Book club' });
  await groupRow.getByText('You created group “Book club”').waitFor();

  // Ada makes an invite link in the group info.
  await openInfo(page, 'Book club');
  const info = page.getByRole('complementary', { name: 'Group info' });
  await membersList(page).filter({ hasText: 'Ben Brown' }).waitFor();
  await info.getByRole('button', { name: 'Create invite link' }).click();
  const linkElement = info.getByRole('link', { name: /\/invite\// });
  const link = (await linkElement.textContent()) ?? '';
  assert.match(link, new RegExp(`^${web.server.url}/invite/[A-Za-z0-9_-]+$`));
  await info.getByRole('img', { name: 'QR code of the invite link' }).waitFor();

  // Cleo opens the link in her own browser, sees the preview and joins.
  const joinerContext = await newContext(web.browser);
  await signUpInto(joinerContext, web.server.url, 'Cleo');
  const joiner = await joinerContext.newPage();
  await joiner.goto(link);
  await joiner.getByRole('heading', { name: 'Book club' }).waitFor();
  await joiner.getByText('Group · 2 members').waitFor();
  await joiner.getByRole('button', { name: 'Join group' }).click();
  await joiner.waitForURL(`${web.server.url}/chats/${chatId}`);
  await joiner
    .getByRole('list', { name: 'Chats' })
    .getByRole('listitem')
    .filter({ hasText: 'Book club' })
    .waitFor();

  // Ada's open panel now lists three members.
  await membersList(page).filter({ hasText: 'Cleo' }).waitFor();
  assert.equal(await membersList(page).count(), 3);
  await info.getByText('3 members', { exact: true }).waitFor();

  // Promote Ben.
  const benRow = membersList(page).filter({ hasText: 'Ben Brown' });
  await benRow.getByRole('button', { name: 'Options for Ben Brown' }).click();
  await page.getByRole('menuitem', { name: 'Make group admin' }).click();
  await benRow.getByText('Group admin').waitFor();
  const promoted = await api<ChatDetailsView>(ada, 'GET', `/v1/chats/${chatId}`);
  assert.equal(promoted.members.find((member) => member.accountId === ben.accountId)?.role, 'admin');

  // Remove Cleo.
  await membersList(page)
    .filter({ hasText: 'Cleo' })
    .getByRole('button', { name: 'Options for Cleo' })
    .click();
  await page.getByRole('menuitem', { name: 'Remove Cleo' }).click();
  await membersList(page).filter({ hasText: 'Cleo' }).waitFor({ state: 'detached' });
  assert.equal(await membersList(page).count(), 2);
  const after = await api<ChatDetailsView>(ada, 'GET', `/v1/chats/${chatId}`);
  assert.deepEqual(
    after.members.map((member) => member.accountId).sort(),
    [ada.accountId, ben.accountId].sort(),
  );
  // Cleo's chat stays in her list after removal.
  await joiner.reload();
  await joiner
    .getByRole('list', { name: 'Chats' })
    .getByRole('listitem')
    .filter({ hasText: 'Book club' })
    .waitFor();

  // A revoked link says so.
  await info.getByRole('button', { name: 'Revoke link' }).click();
  await info.getByRole('button', { name: 'Create invite link' }).waitFor();
  await joiner.goto(link);
  await joiner.getByRole('heading', { name: 'This invite link is not valid' }).waitFor();
  assert.equal(await joiner.getByRole('button', { name: 'Join group' }).count(), 0);

  await joinerContext.close();
  await adminContext.close();
});

const LOCALES = [
  { locale: 'en-US', lang: 'en' },
  { locale: 'ar-EG', lang: 'ar' },
  { locale: 'ru-RU', lang: 'ru' },
  { locale: 'zh-CN', lang: 'zh' },
];

test('screenshots of the group info in each language', async () => {
  for (const { locale, lang } of LOCALES) {
    const context = await newContext(web.browser, { locale });
    const me = await signUpInto(context, web.server.url, 'Mia');
    const nora = await signUp(web.server.url, { name: 'Nora' });
    const omar = await signUp(web.server.url, { name: 'Omar' });
    await api(me, 'PUT', `/v1/contacts/${encodeURIComponent(nora.phone)}`, { name: 'Nora Lindqvist' });
    const group = await api<{ id: string }>(me, 'POST', '/v1/groups', {
      subject: 'Weekend hike',
      description: 'Saturday 8:00 at the station',
      memberIds: [nora.accountId, omar.accountId],
    });
    await api(me, 'PUT', `/v1/groups/${group.id}/admins/${nora.accountId}`);
    await api(me, 'POST', `/v1/groups/${group.id}/invite`);

    const page = await context.newPage();
    await page.goto(`${web.server.url}/chats/${group.id}`);
    await openInfo(page, 'Weekend hike');
    await page.locator('.chat-info__member').nth(2).waitFor();
    await page.locator('.invite-link__qr').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    await screenshot(page, `group-info-${lang}`);
    await context.close();
  }
});
