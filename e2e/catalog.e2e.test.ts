import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { signInWith, signUpInto } from './support/accounts.js';
import { callApi } from './support/api.js';
import { newContext, screenshot } from './support/browser.js';
import { signUpBusiness, type ApiBusiness } from './support/business.js';
import { webSuite } from './support/web-suite.js';

const web = webSuite();

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 210, g: 150, b: 60 } } })
    .png()
    .toBuffer();

const digits = (phone: string) => phone.replace(/\D/g, '');

/** Fills the item editor (already open) and saves; back on the catalog list afterwards. */
async function addItem(
  page: Page,
  item: { name: string; price: string; salePrice?: string; image?: Buffer },
): Promise<void> {
  await page.getByRole('link', { name: 'Add item' }).click();
  await page.getByLabel('Name', { exact: true }).fill(item.name);
  if (item.image !== undefined) {
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'item.png', mimeType: 'image/png', buffer: item.image });
    await page.getByRole('img', { name: 'Picture 1' }).waitFor();
  }
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByLabel('Price', { exact: true }).fill(item.price);
  if (item.salePrice !== undefined) await page.getByLabel('Sale price').fill(item.salePrice);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('list', { name: 'Catalog items' }).getByText(item.name).waitFor();
}

let shop: ApiBusiness;
let orderChatId = '';

test('an owner builds the catalog, a customer orders from it, and the owner moves the order on', async () => {
  shop = await signUpBusiness(web.server.url, 'Harbor Bakery');
  const ownerContext = await newContext(web.browser);
  await signInWith(ownerContext, shop);
  const owner = await ownerContext.newPage();
  await owner.goto(`${web.server.url}/settings/business`);
  await owner.getByRole('link', { name: /^Catalog/ }).click();
  await addItem(owner, { name: 'Sourdough', price: '4.50', salePrice: '3.90', image: await png(400, 400) });
  await addItem(owner, { name: 'Croissant', price: '2' });
  const items = owner.getByRole('list', { name: 'Catalog items' });
  await items.getByText('€3.90').waitFor();
  await items.getByText('€2.00').waitFor();
  assert.equal(
    await items.locator('s', { hasText: '€4.50' }).count(),
    1,
    'the usual price is struck through',
  );
  await screenshot(owner, 'catalog-owner-items');

  // The customer opens the chat with the business and its catalog from the chat header.
  const customerContext = await newContext(web.browser);
  const customer = await customerContext.newPage();
  const mina = await signUpInto(customerContext, web.server.url, 'Mina');
  const chat = await callApi<{ id: string }>(web.server.url, mina.token, 'POST', '/v1/chats/direct', {
    accountId: shop.accountId,
  });
  orderChatId = chat.id;
  await customer.goto(`${web.server.url}/chats/${chat.id}`);
  await customer.locator('.chat-header').getByRole('button', { name: 'Catalog' }).click();
  const panel = customer.getByRole('complementary', { name: 'Catalog' });
  const allItems = panel.getByRole('region', { name: 'All items' });
  await allItems.getByRole('button', { name: /Sourdough/ }).click();
  await panel.getByRole('heading', { name: 'Sourdough' }).waitFor();
  await panel.getByRole('img', { name: 'Sourdough' }).waitFor();
  await panel.getByRole('button', { name: 'Add to cart' }).click();
  await panel.getByRole('button', { name: 'Add to cart' }).click();
  await panel.getByRole('button', { name: 'Cart, 2 items' }).waitFor();
  await panel.getByRole('button', { name: 'Back to catalog' }).click();
  await allItems.getByRole('button', { name: /Croissant/ }).click();
  await panel.getByRole('button', { name: 'Add to cart' }).click();
  await panel.getByRole('button', { name: 'Cart, 3 items' }).click();
  assert.equal(await panel.getByTestId('cart-total').textContent(), '€9.80');
  await panel.getByLabel('Note to the business (optional)').fill('Sliced, please');
  await screenshot(customer, 'catalog-customer-cart');
  await panel.getByRole('button', { name: 'Send order' }).click();
  await panel.waitFor({ state: 'detached' });

  const customerBubble = customer.locator('.order-bubble');
  await customerBubble.getByText('Order · 3 items').waitFor();
  await customerBubble.getByText('€9.80').waitFor();
  await customerBubble.getByText('Pending').waitFor();
  await customer.locator(`li[data-chat-id="${chat.id}"]`).getByText('🛒 Order · 3 items').waitFor();
  // The cart is empty once the order is sent.
  await customer.locator('.chat-header').getByRole('button', { name: 'Catalog' }).click();
  await panel.getByRole('button', { name: 'Cart, 0 items' }).waitFor();
  await panel.getByRole('button', { name: 'Close catalog' }).click();

  // The owner sees the order in the chat and in Orders, and marks it paid, then shipped.
  await owner.goto(`${web.server.url}/chats/${chat.id}`);
  const ownerBubble = owner.locator('.order-bubble');
  await ownerBubble.getByText('€9.80').waitFor();
  await ownerBubble.getByRole('button', { name: 'View details' }).click();
  const details = owner.getByRole('dialog', { name: 'Order details' });
  await details.getByText('2 × Sourdough').waitFor();
  await details.getByText('€7.80').waitFor();
  await details.getByText('Note: Sliced, please').waitFor();
  await details.getByRole('button', { name: 'Close' }).click();

  await owner.goto(`${web.server.url}/settings/business/orders`);
  const order = owner.getByRole('article', { name: 'Order from Mina' });
  await order.getByText('€9.80').waitFor();
  await order.getByText('Pending').waitFor();
  assert.deepEqual(await order.locator('.order-actions button').allTextContents(), [
    'Mark as paid',
    'Cancel order',
  ]);
  await order.getByRole('button', { name: 'Mark as paid' }).click();
  await order.getByText('Paid', { exact: true }).waitFor();
  await order.getByRole('button', { name: 'Mark as shipped' }).click();
  await order.getByText('Shipped', { exact: true }).waitFor();
  assert.deepEqual(await order.locator('.order-actions button').allTextContents(), ['Mark as completed']);
  await owner.getByLabel('Status').selectOption('pending');
  await owner.getByText('No orders here yet.').waitFor();
  await screenshot(owner, 'catalog-owner-orders');

  await customerBubble.getByText('Shipped').waitFor();
  assert.equal(await customerBubble.getByRole('button', { name: 'Mark as completed' }).count(), 0);
  await ownerContext.close();
  await customerContext.close();
});

test('a catalog link opens the business chat with its catalog, and shared items open in it', async () => {
  assert.ok(orderChatId !== '', 'runs after the order test, which builds the catalog');
  const context = await newContext(web.browser);
  const page = await context.newPage();
  await signUpInto(context, web.server.url, 'Oskar');
  await page.goto(`${web.server.url}/c/${digits(shop.phone)}`);
  await page.waitForURL(/\/chats\/[^/?]+\?catalog=/);
  const panel = page.getByRole('complementary', { name: 'Catalog' });
  await panel.getByRole('heading', { name: 'Harbor Bakery' }).waitFor();
  await panel
    .getByRole('region', { name: 'All items' })
    .getByRole('button', { name: /Croissant/ })
    .click();

  // "Send in this chat" shares the item as a product message that opens it again.
  await panel.getByRole('button', { name: 'Send in this chat' }).click();
  await panel.getByRole('button', { name: 'Back to catalog' }).click();
  await panel.getByRole('button', { name: 'Close catalog' }).click();
  await page.locator('li[data-chat-id]').getByText('🛍️ Croissant').waitFor();
  const bubble = page.locator('.product-bubble');
  await bubble.getByText('Croissant').waitFor();
  await bubble.getByText('€2.00').waitFor();
  await bubble.click();
  await panel.getByRole('heading', { name: 'Croissant' }).waitFor();
  await context.close();
});

test('the catalog mirrors in Arabic and shows prices the Arabic way', async () => {
  assert.ok(orderChatId !== '', 'runs after the order test, which builds the catalog');
  const context = await newContext(web.browser, { locale: 'ar' });
  const page = await context.newPage();
  await signUpInto(context, web.server.url, 'Layla');
  await page.goto(`${web.server.url}/c/${digits(shop.phone)}`);
  await page.waitForURL(/\/chats\/[^/?]+\?catalog=/);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  const panel = page.getByRole('complementary', { name: 'الكتالوج' });
  const expected = await page.evaluate(() =>
    ['3.9', '4.5', '2'].map((amount) =>
      new Intl.NumberFormat('ar', {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(Number(amount)),
    ),
  );
  const allItems = panel.getByRole('region', { name: 'كل العناصر' });
  for (const price of expected) await allItems.getByText(price, { exact: true }).waitFor();
  // In Arabic the panel lies over the chat's left side: the inline end.
  const box = await panel.boundingBox();
  assert.equal(box?.x, 0);
  await screenshot(page, 'catalog-arabic');
  await context.close();
});
