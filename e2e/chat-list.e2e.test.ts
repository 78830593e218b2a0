import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ChatDetailsView, ChatSummaryView } from '@parley/contracts';
import { requestJson } from '@parley/sdk';
import type { Page } from 'playwright-core';
import { signUp } from '../apps/server/src/test-support/clients.js';
import { signUpInto, type ApiAccount } from './support/accounts.js';
import { newContext, screenshot } from './support/browser.js';
import { webSuite } from './support/web-suite.js';

const web = webSuite();

/** Another account with a live connection, driven through the SDK. */
async function otherAccount(name: string) {
  const account = await signUp(web.server.url, { name });
  await account.client.connect();
  return account;
}

function api<T>(account: ApiAccount, method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown) {
  return requestJson<T>(web.server.url, account.token, method, path, body);
}

function saveContact(owner: ApiAccount, phone: string, name: string) {
  return api(owner, 'PUT', `/v1/contacts/${encodeURIComponent(phone)}`, { name });
}

function chatRows(page: Page) {
  return page.getByRole('list', { name: 'Chats' }).getByRole('listitem');
}

function row(page: Page, name: string) {
  return chatRows(page).filter({ hasText: name });
}

async function chooseFromRowMenu(page: Page, name: string, item: string) {
  await row(page, name)
    .getByRole('button', { name: `Chat options for ${name}` })
    .click();
  await page.getByRole('menuitem', { name: item }).click();
}

test('incoming messages, pin, mute, archive, search and a new chat from a contact', async () => {
  const context = await newContext(web.browser);
  const alice = await signUpInto(context, web.server.url, 'Alice');
  const bob = await otherAccount('Bob');
  const carol = await otherAccount('Carol');
  const dave = await otherAccount('Dave');
  const erin = await otherAccount('Erin');
  // Alice's own names for Bob and Erin win over the names they chose.
  await saveContact(alice, bob.phone, 'Bobby Contact');
  await saveContact(alice, erin.phone, 'Erin Saved');

  const carolChat = await carol.client.openDirectChat(alice.accountId);
  await carol.client.sendText(carolChat.id, 'hi from carol');
  const daveChat = await dave.client.openDirectChat(alice.accountId);
  await dave.client.sendText(daveChat.id, 'hi from dave');

  const page = await context.newPage();
  await page.goto(web.server.url);
  await row(page, 'Dave').waitFor();

  // Bob writes while the list is open: his chat comes to the top with the preview and a count.
  const bobChat = await bob.client.openDirectChat(alice.accountId);
  await bob.client.sendText(bobChat.id, 'first message');
  await bob.client.sendText(bobChat.id, 'second message');
  const bobRow = row(page, 'Bobby Contact');
  await bobRow.getByText('second message').waitFor();
  await bobRow.getByLabel('2 unread messages').waitFor();
  assert.equal(await bobRow.getByLabel('2 unread messages').textContent(), '2');
  await chatRows(page).first().filter({ hasText: 'Bobby Contact' }).waitFor();

  // Pin Carol's (older) chat: it moves to the top, with the pin.
  await chooseFromRowMenu(page, 'Carol', 'Pin chat');
  await row(page, 'Carol').getByRole('img', { name: 'Pinned' }).waitFor();
  await chatRows(page).first().filter({ hasText: 'Carol' }).waitFor();

  // Mute Bob for 8 hours.
  await chooseFromRowMenu(page, 'Bobby Contact', 'Mute notifications');
  const dialog = page.getByRole('dialog', { name: 'Mute notifications' });
  await dialog.getByRole('radio', { name: '8 hours' }).check();
  await dialog.getByRole('button', { name: 'Mute' }).click();
  await bobRow.getByRole('img', { name: 'Muted' }).waitFor();

  // Archive Dave: he leaves the list for the Archived row.
  await chooseFromRowMenu(page, 'Dave', 'Archive chat');
  await row(page, 'Dave').waitFor({ state: 'detached' });
  const archivedRow = page.getByRole('button', { name: /Archived/ });
  await archivedRow.waitFor();

  await screenshot(page, 'chat-list-en-actions');

  // All of it is stored on the server, so it survives a reload.
  await page.reload();
  await row(page, 'Carol').getByRole('img', { name: 'Pinned' }).waitFor();
  await chatRows(page).first().filter({ hasText: 'Carol' }).waitFor();
  await row(page, 'Bobby Contact').getByRole('img', { name: 'Muted' }).waitFor();
  assert.equal(await row(page, 'Dave').count(), 0);
  await page.getByRole('button', { name: /Archived/ }).click();
  await page.getByRole('heading', { name: 'Archived' }).waitFor();
  await page
    .getByRole('list', { name: 'Archived' })
    .getByRole('listitem')
    .filter({ hasText: 'Dave' })
    .waitFor();
  await page.getByRole('button', { name: 'Back' }).click();

  // Search finds Bob by the contact name, and Erin (no chat yet) among contacts.
  const search = page.getByRole('searchbox', { name: 'Search or start a new chat' });
  await search.fill('bobby');
  await row(page, 'Bobby Contact').waitFor();
  await row(page, 'Carol').waitFor({ state: 'detached' });
  assert.equal(await chatRows(page).count(), 1);
  await search.fill('erin');
  await page
    .getByRole('list', { name: 'Contacts' })
    .getByRole('button', { name: /Erin Saved/ })
    .waitFor();
  await search.fill('');

  // A new chat with a saved contact opens the direct chat.
  await page.getByRole('link', { name: 'New chat' }).click();
  await page.waitForURL(/\/new-chat$/);
  await page.getByRole('button', { name: /Erin Saved/ }).click();
  await page.waitForURL(/\/chats\/[A-Za-z0-9_-]+$/);
  const chatId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const details = await api<ChatDetailsView>(alice, 'GET', `/v1/chats/${chatId}`);
  assert.equal(details.chat.kind, 'direct');
  assert.deepEqual(
    details.members.map((member) => member.accountId).sort(),
    [alice.accountId, erin.accountId].sort(),
  );

  for (const other of [bob, carol, dave, erin]) other.client.disconnect();
  await context.close();
});

test('a typed number on Parley offers a chat; a saved contact not on Parley is marked', async () => {
  const context = await newContext(web.browser);
  const alice = await signUpInto(context, web.server.url, 'Alice');
  const frank = await signUp(web.server.url, { name: 'Frank' });
  const page = await context.newPage();
  await page.goto(`${web.server.url}/new-chat`);

  await page.getByRole('button', { name: 'New contact' }).click();
  await page.getByLabel('Phone number').fill('+49 151 99990000');
  await page.getByLabel('Name', { exact: true }).fill('Nobody Yet');
  await page.getByRole('button', { name: 'Save contact' }).click();
  await page.getByText('Nobody Yet is saved, but is not on Parley yet.').waitFor();
  await page.getByRole('list', { name: 'Contacts' }).getByText('Not on Parley').waitFor();

  await page.getByRole('searchbox', { name: 'Search name or number' }).fill(frank.phone);
  // The number is isolated for right-to-left text, so the name has invisible marks around it.
  await page
    .getByRole('button', { name: new RegExp(`Chat with .${frank.phone.replace('+', '\\+')}.`) })
    .click();
  await page.waitForURL(/\/chats\/[A-Za-z0-9_-]+$/);
  const chats = await api<{ chats: ChatSummaryView[] }>(alice, 'GET', '/v1/chats');
  assert.equal(chats.chats.length, 1);
  await context.close();
});

const LOCALES = [
  { locale: 'en-US', lang: 'en' },
  { locale: 'ar-EG', lang: 'ar' },
  { locale: 'ru-RU', lang: 'ru' },
  { locale: 'zh-CN', lang: 'zh' },
];

test('screenshots of a chat list with a few chats, a group and unread badges in each language', async () => {
  for (const { locale, lang } of LOCALES) {
    const context = await newContext(web.browser, { locale });
    const me = await signUpInto(context, web.server.url, 'Mia');
    const nora = await otherAccount('Nora');
    const omar = await otherAccount('Omar');
    await saveContact(me, nora.phone, 'Nora Lindqvist');
    const noraChat = await nora.client.openDirectChat(me.accountId);
    await nora.client.sendText(noraChat.id, 'See you at 7?');
    const group = await omar.client.createGroup('Weekend hike', [me.accountId, nora.accountId]);
    await omar.client.sendText(group.id, 'Bring water and snacks');
    await nora.client.sendText(group.id, 'I will bring the map');
    const omarChat = await omar.client.openDirectChat(me.accountId);
    await omar.client.sendText(omarChat.id, 'Sounds good');

    const page = await context.newPage();
    await page.goto(web.server.url);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    await page.locator('.chat-row').filter({ hasText: 'I will bring the map' }).waitFor();
    await page.locator('.chat-row').filter({ hasText: 'See you at 7?' }).waitFor();
    await screenshot(page, `chat-list-${lang}`);
    nora.client.disconnect();
    omar.client.disconnect();
    await context.close();
  }
});
