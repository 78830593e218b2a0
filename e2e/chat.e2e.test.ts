import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { signUpInto } from './support/accounts.js';
import { newContext, screenshot } from './support/browser.js';
import { readSession, signUpThroughUi } from './support/sign-in-flow.js';
import { webSuite } from './support/web-suite.js';

const web = webSuite();

async function api<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${web.server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${await response.clone().text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

const openDirect = async (token: string, accountId: string) =>
  (await api<{ id: string }>(token, 'POST', '/v1/chats/direct', { accountId })).id;
const sendText = (token: string, chatId: string, body: string) =>
  api(token, 'POST', `/v1/chats/${chatId}/messages`, { type: 'text', content: { body } });

const composer = (page: Page) => page.locator('textarea.composer__input');
/** The row of the message whose own text (not a quote of it) contains `text`. */
const bubble = (page: Page, text: string) =>
  page.locator('.message-row').filter({ has: page.locator('.bubble__text', { hasText: text }) });

/** Opens a bubble's menu the way a mouse user does: hover, then the chevron. */
async function menuAction(page: Page, text: string, action: string): Promise<void> {
  const row = bubble(page, text);
  await row.locator('.bubble').hover();
  await row.getByRole('button', { name: 'Message menu' }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: action }).click();
}

/** Two people signed up in the browser, A with their direct chat open, B on the chat list. */
let alice: { context: BrowserContext; page: Page; accountId: string; token: string };
let bob: { context: BrowserContext; page: Page; accountId: string; token: string };
let chatId: string;

test('a text goes from A to B; A sees it sent, delivered, then read when B opens the chat', async () => {
  const contexts = [await newContext(web.browser), await newContext(web.browser)] as const;
  const pages = [await contexts[0].newPage(), await contexts[1].newPage()] as const;
  await Promise.all([
    signUpThroughUi(pages[0], web.server.url, { name: 'Alice' }),
    signUpThroughUi(pages[1], web.server.url, { name: 'Bob' }),
  ]);
  const [a, b] = [await readSession(pages[0]), await readSession(pages[1])];
  alice = { context: contexts[0], page: pages[0], accountId: a.accountId, token: a.token };
  bob = { context: contexts[1], page: pages[1], accountId: b.accountId, token: b.token };
  chatId = await openDirect(alice.token, bob.accountId);

  await alice.page.goto(`${web.server.url}/chats/${chatId}`);
  await alice.page.locator('.chat-header__name', { hasText: 'Bob' }).waitFor();
  await composer(alice.page).fill('Hello Bob, lunch today?');
  await composer(alice.page).press('Enter');
  assert.equal(await composer(alice.page).inputValue(), '');

  // Bob is online with the chat closed: delivered, not read.
  const mine = bubble(alice.page, 'Hello Bob, lunch today?');
  await mine.locator('.ticks[data-status="delivered"]').waitFor();
  await bob.page.locator('aside').getByText('Hello Bob, lunch today?').waitFor();
  assert.equal(await mine.locator('.ticks').getAttribute('data-status'), 'delivered');

  await bob.page.locator(`aside a[href="/chats/${chatId}"]`).click();
  await bubble(bob.page, 'Hello Bob, lunch today?').locator('.bubble__text').waitFor();
  await mine.locator('.ticks[data-status="read"]').waitFor();
});

test('reply, react, edit and delete for everyone, each seen on the other side', async () => {
  // Bob replies to Alice's message.
  await menuAction(bob.page, 'Hello Bob, lunch today?', 'Reply');
  await bob.page.locator('.composer__context').getByText('Hello Bob, lunch today?').waitFor();
  await composer(bob.page).fill('Sure, at noon');
  await composer(bob.page).press('Enter');
  await bob.page.locator('.composer__context').waitFor({ state: 'detached' });
  const reply = bubble(alice.page, 'Sure, at noon');
  await reply.locator('.reply-quote', { hasText: 'Hello Bob, lunch today?' }).waitFor();

  // Alice reacts to the reply.
  await menuAction(alice.page, 'Sure, at noon', 'React with ❤️');
  await bubble(bob.page, 'Sure, at noon').locator('.reactions__chip', { hasText: '❤️' }).waitFor();

  // Alice edits her first message.
  await menuAction(alice.page, 'Hello Bob, lunch today?', 'Edit');
  assert.equal(await composer(alice.page).inputValue(), 'Hello Bob, lunch today?');
  await composer(alice.page).fill('Hello Bob, dinner today?');
  await composer(alice.page).press('Enter');
  const edited = bubble(bob.page, 'Hello Bob, dinner today?');
  await edited.locator('.bubble__meta', { hasText: 'Edited' }).waitFor();
  // The quote in Bob's reply follows the edit.
  await bubble(bob.page, 'Sure, at noon').locator('.reply-quote', { hasText: 'dinner' }).waitFor();

  // Alice deletes it for everyone.
  await menuAction(alice.page, 'Hello Bob, dinner today?', 'Delete');
  await alice.page.getByRole('dialog').getByRole('button', { name: 'Delete for everyone' }).click();
  await bob.page.locator('.bubble__deleted', { hasText: 'This message was deleted' }).waitFor();
  await alice.page.locator('.bubble__deleted', { hasText: 'You deleted this message' }).waitFor();
  assert.equal(await bob.page.getByText('Hello Bob, dinner today?').count(), 0);
});

test('the draft stays with its chat when switching to another chat and back', async () => {
  // A second chat for Alice, with someone who writes first so it is in her list.
  const other = await newContext(web.browser);
  const dave = await signUpInto(other, web.server.url, 'Dave');
  await other.close();
  const daveChat = await openDirect(dave.token, alice.accountId);
  await sendText(dave.token, daveChat, 'Hi Alice, Dave here');

  await composer(alice.page).fill('Half-written thought');
  await alice.page.locator(`aside a[href="/chats/${daveChat}"]`).click();
  await alice.page.locator('.chat-header__name', { hasText: 'Dave' }).waitFor();
  assert.equal(await composer(alice.page).inputValue(), '');
  await alice.page.locator(`aside a[href="/chats/${chatId}"]`).click();
  await alice.page.locator('.chat-header__name', { hasText: 'Bob' }).waitFor();
  assert.equal(await composer(alice.page).inputValue(), 'Half-written thought');
  // Sending clears it for good.
  await composer(alice.page).press('Enter');
  await alice.page.reload();
  await bubble(alice.page, 'Half-written thought').waitFor();
  assert.equal(await composer(alice.page).inputValue(), '');
  await alice.context.close();
  await bob.context.close();
});

test('300 messages: the chat opens at the newest, and scrolling up reaches the first', async () => {
  const context = await newContext(web.browser);
  const erin = await signUpInto(context, web.server.url, 'Erin');
  const peer = await newContext(web.browser);
  const frank = await signUpInto(peer, web.server.url, 'Frank');
  await peer.close();
  const longChat = await openDirect(erin.token, frank.accountId);
  for (let index = 1; index <= 300; index += 1) {
    await sendText(erin.token, longChat, `Message number ${index}.`);
  }
  const page = await context.newPage();
  await page.goto(`${web.server.url}/chats/${longChat}`);
  const list = page.locator('.message-list');
  await list.getByText('Message number 300.').waitFor();
  assert.equal(await list.getByText('Message number 1.', { exact: true }).count(), 0);

  const scroller = page.locator('.message-list__scroller');
  for (let attempt = 0; attempt < 60; attempt += 1) {
    if ((await list.getByText('Message number 1.', { exact: true }).count()) > 0) break;
    await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
    await page.waitForTimeout(150);
  }
  await list.getByText('Message number 1.', { exact: true }).waitFor();
  // Everything loaded in order: the page before the first one is gone, and no spinner is left.
  await page.locator('.message-list__start').waitFor();
  await context.close();
});

test('with 250 unread messages the chat opens at the first unread one, under its divider', async () => {
  const context = await newContext(web.browser);
  const gina = await signUpInto(context, web.server.url, 'Gina');
  const peer = await newContext(web.browser);
  const hugo = await signUpInto(peer, web.server.url, 'Hugo');
  await peer.close();
  const chat = await openDirect(hugo.token, gina.accountId);
  for (let index = 1; index <= 260; index += 1) {
    await sendText(hugo.token, chat, `Update ${index} of 260.`);
  }
  await api(gina.token, 'POST', `/v1/chats/${chat}/read`, { seq: 10 });

  const page = await context.newPage();
  await page.goto(`${web.server.url}/chats/${chat}`);
  const list = page.locator('.message-list');
  // More unread than one history page holds: the divider still counts them all, and the view
  // starts there rather than at the newest message.
  await list.getByText('250 unread messages').waitFor();
  await list.getByText('Update 11 of 260.', { exact: true }).waitFor();
  assert.equal(await list.getByText('Update 260 of 260.', { exact: true }).isVisible(), false);
  await context.close();
});

const LANGUAGES = [
  { code: 'en', locale: 'en-US' },
  { code: 'ar', locale: 'ar-EG' },
  { code: 'ru', locale: 'ru-RU' },
  { code: 'zh', locale: 'zh-CN' },
] as const;

test('screenshots of a chat in each language', async () => {
  for (const { code, locale } of LANGUAGES) {
    const context = await newContext(web.browser, { locale });
    const me = await signUpInto(context, web.server.url, 'Grace');
    const peer = await newContext(web.browser);
    const friend = await signUpInto(peer, web.server.url, 'Henry');
    await peer.close();
    const id = await openDirect(me.token, friend.accountId);
    await sendText(friend.token, id, 'Are we still on for Saturday?');
    await sendText(me.token, id, 'Yes! 10am at the station.\nBring the map 🗺️');
    const last = await api<{ id: string }>(friend.token, 'POST', `/v1/chats/${id}/messages`, {
      type: 'text',
      content: { body: 'Perfect, see you there' },
    });
    await api(me.token, 'POST', `/v1/chats/${id}/messages`, {
      type: 'reaction',
      content: { targetId: last.id, emoji: '👍' },
    });
    const page = await context.newPage();
    await page.goto(`${web.server.url}/chats/${id}`);
    await bubble(page, 'Perfect, see you there').waitFor();
    await page.locator('.reactions__chip').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), code);
    await screenshot(page, `chat-${code}`);
    await context.close();
  }
});
