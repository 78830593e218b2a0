import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import type {
  AccountView,
  AutoRepliesView,
  BusinessProfileView,
  LabelAssignmentsView,
  LabelView,
} from '@parley/contracts';
import { eventually, signUp, testPhone } from '../apps/server/src/test-support/clients.js';
import { newContext, screenshot } from './support/browser.js';
import { readSession, signUpThroughUi } from './support/sign-in-flow.js';
import { webSuite } from './support/web-suite.js';

/**
 * The whole Business app journey in one file, each step building on the last (node:test runs a
 * file's tests in order): a shop owner sets the business up, a customer finds it by its short link
 * while it is closed and orders from its catalog, the owner labels the chat and answers with a
 * quick reply, broadcasts to three customers, and reads it all back in Statistics.
 */
const web = webSuite();

const SHOP = 'Harbour Bakery';
const DESCRIPTION = 'Sourdough and pastries, baked every night by the harbour.';
const PRODUCT = 'Sourdough loaf';
const AWAY = 'We are closed right now and will answer in the morning.';
const THANKS = 'Thank you for your order! It will be ready tomorrow at 8.';
const BROADCAST = 'Fresh croissants this Saturday, see you soon';

interface Session {
  readonly phone: string;
  readonly accountId: string;
  readonly token: string;
}

let ownerContext: BrowserContext | undefined;
let customerContext: BrowserContext | undefined;
let owner: Page;
let customer: Page;
let shop: Session | undefined;
let mina: Session | undefined;
let chatId = '';
let orderSent = false;
let broadcastDone = false;

after(async () => {
  await ownerContext?.close().catch(() => undefined);
  await customerContext?.close().catch(() => undefined);
});

async function api<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${web.server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

const digits = (phone: string) => phone.replace(/\D/g, '');

/** The open chat's messages (not the chat list's previews). */
const conversation = (page: Page) => page.getByRole('region', { name: 'Conversation' });
/** The chat list and settings side of the app. */
const side = (page: Page) => page.getByRole('complementary', { name: 'Chats and settings' });

/** Opens one of Settings → Business tools by the name of its entry. */
async function openTool(page: Page, name: RegExp): Promise<void> {
  await page.goto(`${web.server.url}/settings`);
  await page.getByRole('link', { name: /Business tools/ }).click();
  await page.getByRole('link', { name }).click();
}

/**
 * Weekday names as the hours editor labels them, by `Date.getUTCDay()`, and an opening span on
 * today's date (UTC) that lies hours away from now, so that the shop is closed for the whole run.
 */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
function closedNowHours(now: Date): { openDay: string; open: string; close: string } {
  const openDay = WEEKDAYS[now.getUTCDay()] ?? 'Monday';
  return now.getUTCHours() >= 3
    ? { openDay, open: '01:00', close: '02:00' }
    : { openDay, open: '20:00', close: '21:00' };
}

async function addContact(page: Page, phone: string, name: string): Promise<void> {
  await page.goto(`${web.server.url}/new-chat`);
  await page.getByRole('button', { name: 'New contact' }).click();
  const form = page.getByRole('form', { name: 'New contact' });
  await form.getByLabel('Phone number').fill(phone);
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByRole('button', { name: 'Save contact' }).click();
  await form.getByRole('status').getByText(`${name} is on Parley.`).waitFor();
}

test('1. a shop owner registers a business number, names it, adds a logo, and sets up profile, hours, catalog and away message', async () => {
  ownerContext = await newContext(web.browser);
  owner = await ownerContext.newPage();

  // Sign up through the UI with "Register a business number".
  await owner.goto(`${web.server.url}/signin`);
  await owner.locator('input[name=phone]').fill(testPhone());
  await owner.getByLabel('Register a business number').check();
  await owner.locator('form button[type=submit]').click();
  const code = (await owner.locator('.dev-outbox-notice__code').textContent())?.trim() ?? '';
  await owner.locator('input[name=code]').fill(code);
  await owner.getByRole('heading', { name: 'Business info' }).waitFor();

  const logo = await sharp({
    create: { width: 400, height: 400, channels: 3, background: { r: 190, g: 110, b: 40 } },
  })
    .png()
    .toBuffer();
  const logoButton = owner.getByRole('button', { name: 'Change logo' });
  const [chooser] = await Promise.all([owner.waitForEvent('filechooser'), logoButton.click()]);
  await chooser.setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
  await logoButton.locator('img').waitFor();
  await owner.getByLabel('Business name').fill(SHOP);
  await owner.getByRole('button', { name: 'Next' }).click();
  await side(owner).waitFor();
  const session = await readSession(owner);
  shop = session;
  const me = await api<AccountView>(session.token, 'GET', '/v1/me');
  assert.equal(me.kind, 'business');
  assert.equal(me.name, SHOP);
  assert.notEqual(me.photoMediaId, null, 'the logo was saved');

  // Business profile: category and description.
  await openTool(owner, /Business profile/);
  await owner.getByLabel('Category').selectOption('GROCERY');
  await owner.getByLabel('Description').fill(DESCRIPTION);
  await owner.getByRole('button', { name: 'Save' }).click();
  await owner.getByText('Saved.').first().waitFor();

  // Business hours in UTC: closed every day but one short span today, hours away from now.
  const hours = closedNowHours(new Date());
  await owner.getByRole('button', { name: 'Back' }).click();
  await owner.getByRole('link', { name: /Business hours/ }).click();
  await owner.getByRole('button', { name: 'Set business hours' }).click();
  const zones = await owner
    .getByLabel('Time zone')
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const utc = ['UTC', 'Etc/UTC', 'Africa/Abidjan'].find((zone) => zones.includes(zone));
  assert.ok(utc !== undefined, 'a zone at UTC without summer time is offered');
  await owner.getByLabel('Time zone').selectOption(utc);
  for (const day of WEEKDAYS) {
    await owner.getByLabel(`${day}: opening`).selectOption(day === hours.openDay ? 'hours' : 'closed');
  }
  await owner.getByLabel(`${hours.openDay}, span 1: opens at`).fill(hours.open);
  await owner.getByLabel(`${hours.openDay}, span 1: closes at`).fill(hours.close);
  await owner.getByRole('button', { name: 'Save' }).click();
  await owner.getByText('Saved.').first().waitFor();
  await screenshot(owner, 'business-journey-1-hours');

  const profile = await api<BusinessProfileView>(session.token, 'GET', '/v1/me/business-profile');
  assert.equal(profile.category, 'GROCERY');
  assert.equal(profile.description, DESCRIPTION);
  assert.equal(profile.hours?.timeZone, utc);
  const openDays = Object.entries(profile.hours?.days ?? {}).filter(([, day]) => day.mode !== 'closed');
  assert.equal(openDays.length, 1, 'six days closed');
  assert.deepEqual(openDays[0]?.[1], { mode: 'hours', ranges: [{ open: hours.open, close: hours.close }] });

  // One product in the catalog.
  await openTool(owner, /^Catalog/);
  await owner.getByRole('link', { name: 'Add item' }).click();
  await owner.getByLabel('Name', { exact: true }).fill(PRODUCT);
  await owner.getByLabel('Currency').selectOption('EUR');
  await owner.getByLabel('Price', { exact: true }).fill('4.50');
  await owner.getByRole('button', { name: 'Save' }).click();
  const items = owner.getByRole('list', { name: 'Catalog items' });
  await items.getByText(PRODUCT).waitFor();
  await items.getByText('€4.50').waitFor();

  // The away message, outside of business hours.
  await openTool(owner, /Away message/);
  await owner.getByRole('switch', { name: 'Send away message' }).check();
  await owner.getByLabel('Message', { exact: true }).fill(AWAY);
  await owner.getByRole('radio', { name: 'Outside of business hours' }).check();
  await owner.getByText('Sent when a customer writes outside your business hours.').waitFor();
  assert.equal(await owner.getByText('You have not set business hours yet').count(), 0);
  await owner.getByRole('button', { name: 'Save' }).click();
  await owner.getByText('Saved.').first().waitFor();
  await screenshot(owner, 'business-journey-1-away');
  const replies = await api<AutoRepliesView>(session.token, 'GET', '/v1/business/auto-replies');
  assert.deepEqual(replies.away, {
    enabled: true,
    text: AWAY,
    schedule: 'outside_hours',
    audience: { mode: 'everyone', phones: [] },
  });
});

test('2. a customer opens the short link while the shop is closed, gets the away message, and orders from the catalog', async () => {
  assert.ok(shop !== undefined, 'runs after step 1, which sets the shop up');
  customerContext = await newContext(web.browser);
  customer = await customerContext.newPage();
  const signedUp = await signUpThroughUi(customer, web.server.url, { name: 'Mina' });
  mina = await readSession(customer);
  assert.equal(mina.accountId, signedUp.accountId);
  // Mina saves the shop's number, so she will receive its broadcasts later.
  await addContact(customer, shop.phone, SHOP);

  await customer.goto(`${web.server.url}/l/${digits(shop.phone)}?text=Hi`);
  await customer.waitForURL(/\/chats\/[^/?]+$/);
  chatId = new URL(customer.url()).pathname.split('/').pop() ?? '';
  const box = customer.getByLabel('Type a message');
  assert.equal(await box.inputValue(), 'Hi');
  await box.press('Enter');
  const messages = conversation(customer);
  await messages.getByText('Hi', { exact: true }).waitFor();
  await messages.getByText(AWAY).waitFor();

  // The chat is with a business, which is closed now.
  const main = customer.getByRole('main');
  await main.getByRole('img', { name: 'Business account' }).first().waitFor();
  await main.getByRole('button', { name: `${SHOP}: show info` }).click();
  const info = customer
    .getByRole('complementary', { name: 'Contact info' })
    .getByRole('region', { name: 'Business info' });
  await info.getByText('Closed now').waitFor();
  assert.equal(await info.getByText('Open now').count(), 0);
  await info.getByText('Food and grocery').waitFor();
  await info.getByText(DESCRIPTION).waitFor();
  await screenshot(customer, 'business-journey-2-closed');

  // The catalog from the chat header: one loaf in the cart, sent as an order.
  await main.getByRole('button', { name: 'Catalog', exact: true }).click();
  const panel = customer.getByRole('complementary', { name: 'Catalog' });
  await panel
    .getByRole('region', { name: 'All items' })
    .getByRole('button', { name: new RegExp(PRODUCT) })
    .click();
  await panel.getByRole('heading', { name: PRODUCT }).waitFor();
  await panel.getByRole('button', { name: 'Add to cart' }).click();
  await panel.getByRole('button', { name: 'Cart, 1 item' }).click();
  assert.equal(await panel.getByTestId('cart-total').textContent(), '€4.50');
  await screenshot(customer, 'business-journey-2-cart');
  await panel.getByRole('button', { name: 'Send order' }).click();
  await panel.waitFor({ state: 'detached' });
  await messages.getByText('Order · 1 item').waitFor();
  await messages.getByText('€4.50').waitFor();
  orderSent = true;
});

test('3. the owner sees the order, labels the chat, and answers with a quick reply the customer receives', async () => {
  assert.ok(shop !== undefined && orderSent, 'runs after step 2, in which the customer orders');
  await owner.goto(`${web.server.url}/chats/${chatId}`);
  const messages = conversation(owner);
  await messages.getByText('Order · 1 item').waitFor();
  await messages.getByText('€4.50').waitFor();
  await messages.getByText(AWAY).waitFor();
  await messages.getByRole('img', { name: 'Automated' }).waitFor();
  await screenshot(owner, 'business-journey-3-order');

  // Label the chat "New order" from its row menu in the chat list.
  const row = side(owner).getByRole('listitem').filter({ hasText: 'Order · 1 item' });
  await row.hover();
  await row.getByRole('button', { name: /^Chat options for/ }).click();
  await owner.getByRole('menuitem', { name: 'Label chat' }).click();
  const dialog = owner.getByRole('dialog', { name: 'Label chat' });
  await dialog.getByRole('checkbox', { name: 'New order' }).check();
  const { labels } = await api<{ labels: LabelView[] }>(shop.token, 'GET', '/v1/business/labels');
  const newOrder = labels.find((label) => label.predefined === 'new_order');
  assert.ok(newOrder !== undefined, 'a business starts with the "New order" label');
  await eventually(
    async () => {
      const assignments = await api<LabelAssignmentsView>(
        shop?.token ?? '',
        'GET',
        '/v1/business/label-assignments',
      );
      return assignments.chats[chatId]?.includes(newOrder.id) === true;
    },
    5000,
    'the label on the chat',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  await row.getByText('New order').waitFor();

  // A quick reply /thanks, saved in Business tools.
  await openTool(owner, /Quick replies/);
  await owner.getByRole('button', { name: 'New quick reply' }).click();
  const editor = owner.getByRole('dialog', { name: 'New quick reply' });
  await editor.getByLabel('Shortcut').fill('/thanks');
  await editor.getByLabel('Message').fill(THANKS);
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor.waitFor({ state: 'detached' });
  await owner.getByRole('list', { name: 'Your quick replies' }).getByText('/thanks').waitFor();

  // In the chat, "/th" offers it; choosing it fills the box, Enter sends it.
  await owner.goto(`${web.server.url}/chats/${chatId}`);
  const box = owner.getByRole('combobox', { name: 'Type a message' });
  await box.fill('/th');
  const suggestions = owner.getByRole('listbox', { name: 'Quick replies' });
  await suggestions.getByRole('option', { name: /\/thanks/ }).click();
  await suggestions.waitFor({ state: 'detached' });
  assert.equal(await box.inputValue(), THANKS);
  await screenshot(owner, 'business-journey-3-quick-reply');
  await box.press('Enter');
  await messages.getByText(THANKS).waitFor();
  await side(owner).getByRole('listitem').filter({ hasText: THANKS }).getByText('New order').waitFor();

  await conversation(customer).getByText(THANKS).waitFor();
  await screenshot(customer, 'business-journey-3-customer');
});

test('4. the owner broadcasts to three customers; the one who did not save the number does not get it', async () => {
  assert.ok(shop !== undefined && mina !== undefined && chatId !== '', 'runs after steps 1–3');
  const shopPhone = shop.phone;
  // Two more customers, on their phones: Boris saved the shop's number, Chen did not.
  const boris = await signUp(web.server.url, { name: 'Boris' });
  const chen = await signUp(web.server.url, { name: 'Chen' });
  await api(boris.client.session.token, 'PUT', `/v1/contacts/${encodeURIComponent(shopPhone)}`, {
    name: SHOP,
  });

  // The owner saves all three in the address book, and makes a list of them.
  await addContact(owner, mina.phone, 'Mina');
  await addContact(owner, boris.phone, 'Boris');
  await addContact(owner, chen.phone, 'Chen');
  await openTool(owner, /Broadcast lists/);
  await owner.getByRole('link', { name: 'New list' }).click();
  await owner.getByLabel('List name').fill('Regulars');
  for (const name of ['Mina', 'Boris', 'Chen']) {
    await owner.getByRole('checkbox', { name: new RegExp(name) }).check();
  }
  await owner.getByRole('button', { name: 'Create list' }).click();
  await owner.getByRole('heading', { name: 'Regulars' }).waitFor();
  await owner.getByText('2 of 3 will receive your broadcasts.').waitFor();

  // Mina has the chat open in her browser while the broadcast goes out.
  await owner.getByLabel('Message', { exact: true }).fill(BROADCAST);
  await owner.getByRole('button', { name: 'Send broadcast' }).click();
  await owner.getByRole('heading', { name: 'Broadcast', exact: true }).waitFor();
  const recipient = (name: string) => owner.getByRole('listitem').filter({ hasText: name });
  await recipient('Chen').getByText("Not delivered: hasn't saved your number").waitFor();
  assert.equal(
    await recipient('Mina')
      .getByText(/Not delivered/)
      .count(),
    0,
  );
  assert.equal(
    await recipient('Boris')
      .getByText(/Not delivered/)
      .count(),
    0,
  );
  await screenshot(owner, 'business-journey-4-broadcast');

  // Mina sees it in her chat with the shop; Boris has it in his history; Chen has nothing.
  await conversation(customer).getByText(BROADCAST).waitFor();
  await screenshot(customer, 'business-journey-4-customer');
  const history = async (client: typeof boris.client) => {
    const token = client.session.token;
    const chat = await api<{ id: string }>(token, 'POST', '/v1/chats/direct', { accountId: shop?.accountId });
    const { messages } = await api<{ messages: { type: string; content: { body?: string } }[] }>(
      token,
      'GET',
      `/v1/chats/${chat.id}/messages`,
    );
    return messages.some((message) => message.type === 'text' && message.content.body === BROADCAST);
  };
  await eventually(() => history(boris.client), 5000, 'the broadcast in Boris’s chat');
  assert.equal(await history(chen.client), false, 'Chen did not receive it');

  const { broadcasts } = await api<{ broadcasts: { id: string }[] }>(
    shop.token,
    'GET',
    '/v1/business/broadcasts',
  );
  assert.equal(broadcasts.length, 1);
  const sent = await api<{ recipients: { phone: string; status: string }[] }>(
    shop.token,
    'GET',
    `/v1/business/broadcasts/${broadcasts[0]?.id}`,
  );
  const status = (phone: string) => sent.recipients.find((r) => r.phone === phone)?.status;
  assert.equal(status(chen.phone), 'not_saved');
  assert.match(status(mina.phone) ?? '', /^(sent|delivered|read)$/);
  assert.match(status(boris.phone) ?? '', /^(sent|delivered|read)$/);
  boris.client.disconnect();
  chen.client.disconnect();
  broadcastDone = true;
});

test('5. the owner’s statistics count the away message, the quick reply, the broadcast and the customer’s messages', async () => {
  assert.ok(shop !== undefined && broadcastDone, 'runs after the broadcast in step 4');
  await openTool(owner, /Statistics/);
  const total = (key: string) => owner.locator(`[data-total="${key}"] dd`).first();
  // Sent: the away message, the quick reply and two broadcast messages. Received: "Hi" and the order.
  await eventually(async () => (await total('sent').textContent()) === '4', 5000, 'four sent');
  assert.equal(await total('received').textContent(), '2');
  const today = new Date().toISOString().slice(0, 10);
  const statistics = await api<{ totals: Record<string, number> }>(
    shop.token,
    'GET',
    `/v1/business/statistics?from=${today}&to=${today}`,
  );
  assert.equal(statistics.totals.sent, 4);
  assert.equal(statistics.totals.received, 2);
  assert.equal(await total('delivered').textContent(), String(statistics.totals.delivered));
  assert.ok((statistics.totals.delivered ?? 0) >= 2, 'Mina’s browser acknowledged at least two');
  await owner.getByText(BROADCAST).first().waitFor();
  await screenshot(owner, 'business-journey-5-statistics');
});
