import type { ProductView } from '@parley/contracts';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  EMPTY_CART,
  addToCart,
  cartTotal,
  itemCount,
  mixedCurrencies,
  parseCart,
  pricedLines,
  removeFromCart,
  setQuantity,
} from './cart';

const product = (
  id: string,
  price: number,
  salePrice: number | null = null,
  currency = 'EUR',
): ProductView => ({
  id,
  businessId: 'b',
  kind: 'product',
  name: id,
  description: '',
  imageMediaIds: [],
  price,
  salePrice,
  currency,
  currencyDigits: 2,
  link: null,
  sku: null,
  availability: 'in_stock',
  hidden: false,
  createdAt: 0,
  updatedAt: 0,
});

test('adding an item twice raises its quantity; the count sums the pieces', () => {
  const cart = addToCart(addToCart(addToCart(EMPTY_CART, 'bread'), 'cake', 2), 'bread');
  assert.deepEqual(cart.lines, [
    { productId: 'bread', quantity: 2 },
    { productId: 'cake', quantity: 2 },
  ]);
  assert.equal(itemCount(cart), 4);
});

test('quantities stay within 1..999 and lines can be removed', () => {
  let cart = addToCart(EMPTY_CART, 'bread', 5000);
  assert.equal(cart.lines[0]?.quantity, 999);
  cart = setQuantity(cart, 'bread', 0);
  assert.equal(cart.lines[0]?.quantity, 1);
  assert.deepEqual(removeFromCart(cart, 'bread').lines, []);
});

test('the total charges the sale price and skips items no longer in the catalog', () => {
  const cart = addToCart(addToCart(addToCart(EMPTY_CART, 'bread', 2), 'cake'), 'gone');
  const lines = pricedLines(cart, [product('bread', 450), product('cake', 1200, 900)]);
  assert.deepEqual(
    lines.map((line) => line.product.id),
    ['bread', 'cake'],
  );
  assert.deepEqual(cartTotal(lines), { total: 1800, currency: 'EUR' });
  assert.equal(mixedCurrencies(lines), false);
  assert.equal(
    mixedCurrencies(pricedLines(cart, [product('bread', 1), product('cake', 1, null, 'USD')])),
    true,
  );
});

test('a damaged stored cart reads as empty or keeps only its sound lines', () => {
  assert.deepEqual(parseCart(null), EMPTY_CART);
  assert.deepEqual(parseCart('{not json'), EMPTY_CART);
  assert.deepEqual(parseCart('{"lines":[{"productId":"a","quantity":2},{"productId":3},null],"note":"hi"}'), {
    lines: [{ productId: 'a', quantity: 2 }],
    note: 'hi',
  });
});
