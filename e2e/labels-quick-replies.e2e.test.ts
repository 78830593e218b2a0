import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import type { LabelAssignmentsView, LabelView } from '@parley/contracts';
import { eventually, signUp } from '../apps/server/src/test-support/clients.js';
import { signInWith } from './support/accounts.js';
import { callApi } from './support/api.js';
import { newContext, screenshot } from './support/browser.js';
import { signUpBusiness, type ApiBusiness } from './support/business.js';
import { webSuite } from './support/web-suite.js';

interface Customer {
  readonly token: string;
  readonly phone: string;
  readonly chatId: string;
}

let business: ApiBusiness;
let labelled: Customer;
let other: Customer;

const web = webSuite(async ({ server }) => {
  business = await signUpBusiness(server.url, 'Anna’s Flower Shop');
  labelled = await customerWriting(server.url, 'Olga', 'Do you deliver roses on Sunday?');
  other = await customerWriting(server.url, 'Ivan', 'Are tulips in stock?');
});

const api = <T>(token: string, method: string, path: string, body?: unknown) =>
  callApi<T>(web.server.url, token, method, path, body);

/** A customer signs up and writes to the business, so the business has a chat with them. */
async function customerWriting(url: string, name: string, body: string): Promise<Customer> {
  const { client, phone } = await signUp(url, { name });
  const { token } = client.session;
  const chat = await api<{ id: string }>(token, 'POST', '/v1/chats/direct', {
    accountId: business.accountId,
  });
  await api(token, 'POST', `/v1/chats/${chat.id}/messages`, { type: 'text', content: { body } });
  return { token, phone, chatId: chat.id };
}

/** A browser signed in as the business's phone, in a given language. */
async function businessPage(locale = 'en-US'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(web.browser, { locale });
  await signInWith(context, business);
  return { context, page: await context.newPage() };
}

const chatRow = (page: Page, text: string) => page.locator('.chat-row').filter({ hasText: text });

test('a business creates a label, puts it on a chat from the chat list, and filters the list by it', async () => {
  const { context, page } = await businessPage();
  await page.goto(`${web.server.url}/settings/business`);
  await page.getByRole('link', { name: /Labels/ }).click();
  const list = page.getByRole('list', { name: 'Your labels' });
  await list.getByText('New customer').waitFor();
  await list.getByText('Order complete').waitFor();
  await page.getByText('5 of 20 labels.').waitFor();

  await page.getByRole('button', { name: 'New label' }).click();
  const editor = page.getByRole('dialog', { name: 'New label' });
  await editor.getByLabel('Label name').fill('VIP');
  await editor.getByRole('radio', { name: 'Colour 12' }).check();
  await editor.getByRole('button', { name: 'Create' }).click();
  await editor.waitFor({ state: 'detached' });
  const vipRow = list.getByRole('listitem').filter({ hasText: 'VIP' });
  await vipRow.getByText('0 chats').waitFor();
  await page.getByText('6 of 20 labels.').waitFor();
  const labels = await api<{ labels: LabelView[] }>(business.token, 'GET', '/v1/business/labels');
  const vip = labels.labels.find((label) => label.name === 'VIP');
  assert.equal(vip?.colour, 11, 'the 12th swatch is palette index 11');
  await screenshot(page, 'labels-settings');

  // Label Olga's chat from its row menu in the chat list.
  await page.goto(`${web.server.url}/`);
  await chatRow(page, 'roses').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Label chat' }).click();
  const apply = page.getByRole('dialog', { name: 'Label chat' });
  await apply.getByRole('checkbox', { name: 'VIP' }).check();
  await eventually(
    async () => {
      const assignments = await api<LabelAssignmentsView>(
        business.token,
        'GET',
        '/v1/business/label-assignments',
      );
      return assignments.chats[labelled.chatId]?.includes(vip?.id ?? '') === true;
    },
    5000,
    'the label on the chat',
  );
  await apply.getByRole('button', { name: 'Close' }).click();
  await chatRow(page, 'roses').locator('.label-chip', { hasText: 'VIP' }).waitFor();
  assert.equal(await chatRow(page, 'tulips').locator('.label-chip').count(), 0);

  // Filtering by the label leaves only the labelled chat; All brings the other back.
  const filters = page.getByRole('group', { name: 'Filter chats' });
  await filters.getByRole('button', { name: 'VIP' }).click();
  await page.locator(`.chat-row[data-chat-id="${other.chatId}"]`).waitFor({ state: 'detached' });
  await chatRow(page, 'roses').waitFor();
  assert.equal(await filters.getByRole('button', { name: 'VIP' }).getAttribute('aria-pressed'), 'true');
  await screenshot(page, 'labels-filtered-chat-list');
  await filters.getByRole('button', { name: 'New order' }).click();
  await page.getByText('No chats have this label.').waitFor();
  await filters.getByRole('button', { name: 'All' }).click();
  await chatRow(page, 'tulips').waitFor();
  await chatRow(page, 'roses').waitFor();

  // The settings list counts the chat.
  await page.goto(`${web.server.url}/settings/business/labels`);
  await page.getByRole('listitem').filter({ hasText: 'VIP' }).getByText('1 chat').waitFor();
  await context.close();
});

test('the default labels read in the reader’s language', async () => {
  const { context, page } = await businessPage('ru-RU');
  await page.goto(`${web.server.url}/settings/business/labels`);
  const list = page.getByRole('list', { name: 'Ваши ярлыки' });
  await list.getByText('Новый клиент').waitFor();
  await list.getByText('Ожидает оплаты').waitFor();
  await list.getByText('Заказ выполнен').waitFor();
  assert.equal(await list.getByText('New customer').count(), 0);
  await page.goto(`${web.server.url}/`);
  await page.getByRole('group', { name: 'Фильтр чатов' }).getByRole('button', { name: 'Оплачено' }).waitFor();
  await screenshot(page, 'labels-russian');
  await context.close();
});

test('a business saves a quick reply and sends it by typing /th and choosing it with the keyboard', async () => {
  await api(business.token, 'POST', '/v1/business/quick-replies', { shortcut: 'thx', text: 'Thanks!' });
  const { context, page } = await businessPage();
  await page.goto(`${web.server.url}/settings/business`);
  await page.getByRole('link', { name: /Quick replies/ }).click();
  await page.getByRole('button', { name: 'New quick reply' }).click();
  const editor = page.getByRole('dialog', { name: 'New quick reply' });
  await editor.getByLabel('Shortcut').fill('thank you');
  await editor.getByLabel('Message').fill('Thank you for your order! We deliver it tomorrow morning.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor.getByText('A shortcut is one word').waitFor();
  await editor.getByLabel('Shortcut').fill('/Thanks');
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor.waitFor({ state: 'detached' });
  const list = page.getByRole('list', { name: 'Your quick replies' });
  await list.getByText('/thanks').waitFor();
  await list.getByText('/thx').waitFor();
  await screenshot(page, 'quick-replies-settings');

  await page.goto(`${web.server.url}/chats/${labelled.chatId}`);
  const box = page.getByRole('combobox', { name: 'Type a message' });
  await box.fill('/th');
  const listbox = page.getByRole('listbox', { name: 'Quick replies' });
  await listbox.waitFor();
  assert.deepEqual(
    await listbox.getByRole('option').locator('.quick-reply-suggestions__shortcut').allTextContents(),
    ['/thanks', '/thx'],
  );
  assert.equal(await box.getAttribute('aria-expanded'), 'true');
  const active = async () =>
    page.locator(`[id="${await box.getAttribute('aria-activedescendant')}"]`).textContent();
  assert.match((await active()) ?? '', /^\/thanks/);
  await box.press('ArrowDown');
  assert.match((await active()) ?? '', /^\/thx/);
  await box.press('ArrowUp');
  assert.match((await active()) ?? '', /^\/thanks/);
  await screenshot(page, 'quick-replies-suggestions');
  await box.press('Enter');
  await listbox.waitFor({ state: 'detached' });
  assert.equal(await box.inputValue(), 'Thank you for your order! We deliver it tomorrow morning.');
  await box.press('Enter');

  // Olga receives the reply's text.
  await eventually(
    async () => {
      const history = await api<{ messages: { type: string; content: { body?: string } }[] }>(
        labelled.token,
        'GET',
        `/v1/chats/${labelled.chatId}/messages`,
      );
      return history.messages.some(
        (message) =>
          message.type === 'text' &&
          message.content.body === 'Thank you for your order! We deliver it tomorrow morning.',
      );
    },
    5000,
    'the quick reply at the customer',
  );

  // Escape closes the list and leaves the typed text alone.
  await box.fill('/th');
  await listbox.waitFor();
  await box.press('Escape');
  await listbox.waitFor({ state: 'detached' });
  assert.equal(await box.inputValue(), '/th');
  await context.close();
});

test('in contact info a business labels the chat and the saved contact, whose label shows on every chat with them', async () => {
  await api(business.token, 'PUT', `/v1/contacts/${encodeURIComponent(other.phone)}`, {
    name: 'Ivan Petrov',
  });
  const { context, page } = await businessPage();
  await page.goto(`${web.server.url}/chats/${other.chatId}`);
  await page.getByRole('button', { name: 'Ivan Petrov: show info' }).click();
  const info = page.getByRole('complementary', { name: 'Contact info' });

  await info.getByRole('button', { name: 'Label contact' }).click();
  const contactDialog = page.getByRole('dialog', { name: 'Label contact' });
  await contactDialog.getByRole('checkbox', { name: 'Paid' }).check();
  await eventually(
    async () => {
      const assignments = await api<LabelAssignmentsView>(
        business.token,
        'GET',
        '/v1/business/label-assignments',
      );
      return (assignments.contacts[other.phone] ?? []).length === 1;
    },
    5000,
    'the label on the contact',
  );
  await contactDialog.getByRole('button', { name: 'Close' }).click();

  await info.getByRole('button', { name: 'Label chat' }).click();
  const chatDialog = page.getByRole('dialog', { name: 'Label chat' });
  await chatDialog.getByRole('checkbox', { name: 'New order' }).check();
  await eventually(
    async () => {
      const assignments = await api<LabelAssignmentsView>(
        business.token,
        'GET',
        '/v1/business/label-assignments',
      );
      return (assignments.chats[other.chatId] ?? []).length === 1;
    },
    5000,
    'the label on the chat',
  );
  await chatDialog.getByRole('button', { name: 'Close' }).click();
  await info.locator('.label-chip', { hasText: 'New order' }).waitFor();
  await info.locator('.label-chip', { hasText: 'Paid' }).waitFor();
  await screenshot(page, 'labels-contact-info');

  // The contact's label shows on the chat row and filters the list; the contact list shows it too.
  await chatRow(page, 'tulips').locator('.label-chip', { hasText: 'Paid' }).waitFor();
  await page.getByRole('group', { name: 'Filter chats' }).getByRole('button', { name: 'Paid' }).click();
  await chatRow(page, 'roses').waitFor({ state: 'detached' });
  await chatRow(page, 'tulips').waitFor();
  await page.goto(`${web.server.url}/new-chat`);
  await page
    .getByRole('list', { name: 'Contacts' })
    .getByRole('listitem')
    .filter({ hasText: 'Ivan Petrov' })
    .locator('.label-chip', { hasText: 'Paid' })
    .waitFor();
  await context.close();
});

test('a quick reply with a photo opens the send preview with its text as the caption', async () => {
  const { context, page } = await businessPage();
  await page.goto(`${web.server.url}/settings/business/quick-replies`);
  await page.getByRole('button', { name: 'New quick reply' }).click();
  const editor = page.getByRole('dialog', { name: 'New quick reply' });
  await editor.getByLabel('Shortcut').fill('menu');
  await editor.getByLabel('Message').fill('Today’s bouquets');
  const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#c0392b' } })
    .png()
    .toBuffer();
  await editor
    .locator('input[type=file]')
    .setInputFiles({ name: 'bouquets.png', mimeType: 'image/png', buffer: photo });
  await editor.getByText('bouquets.png').waitFor();
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor.waitFor({ state: 'detached' });
  await page.getByRole('list', { name: 'Your quick replies' }).getByRole('img', { name: 'Photo' }).waitFor();

  await page.goto(`${web.server.url}/chats/${labelled.chatId}`);
  const box = page.getByRole('combobox', { name: 'Type a message' });
  await box.fill('/men');
  await page.getByRole('listbox', { name: 'Quick replies' }).getByRole('option', { name: /menu/ }).click();
  const preview = page.getByRole('dialog', { name: 'Send quick reply /menu' });
  assert.equal(await preview.getByLabel('Caption').inputValue(), 'Today’s bouquets');
  assert.equal(await box.inputValue(), '', 'the /word leaves the box');
  await preview.getByRole('button', { name: 'Send' }).click();

  await eventually(
    async () => {
      const history = await api<{ messages: { type: string; content: { caption?: string } }[] }>(
        labelled.token,
        'GET',
        `/v1/chats/${labelled.chatId}/messages`,
      );
      return history.messages.some(
        (message) => message.type === 'image' && message.content.caption === 'Today’s bouquets',
      );
    },
    5000,
    'the photo with its caption at the customer',
  );
  await context.close();
});
