import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import { priceOrder } from './order-policy.js';
import type { Product } from './product.js';

const product = (id: string, overrides: Partial<Product> = {}): Product => ({
  id,
  businessId: 'shop',
  kind: 'product',
  name: `Item ${id}`,
  description: '',
  imageMediaIds: [],
  price: 1000,
  salePrice: null,
  currency: 'EUR',
  link: null,
  sku: null,
  availability: 'in_stock',
  hidden: false,
  createdAt: 1,
  updatedAt: 1,
  ...overrides,
});

const catalog = new Map(
  [
    product('a'),
    product('b', { price: 500, salePrice: 350 }),
    product('hidden', { hidden: true }),
    product('gone', { availability: 'out_of_stock' }),
    product('usd', { currency: 'USD' }),
    product('theirs', { businessId: 'other' }),
  ].map((p) => [p.id, p]),
);

const codeOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return error.code;
  }
  assert.fail('accepted');
};

test('lines are named and priced from the catalog, sale prices first, and totalled', () => {
  const order = priceOrder(
    {
      items: [
        { productId: 'a', quantity: 2 },
        { productId: 'b', quantity: 3 },
      ],
      note: '  ring twice ',
    },
    'shop',
    catalog,
  );
  assert.deepEqual(order, {
    businessId: 'shop',
    items: [
      { productId: 'a', name: 'Item a', quantity: 2, unitPrice: 1000 },
      { productId: 'b', name: 'Item b', quantity: 3, unitPrice: 350 },
    ],
    currency: 'EUR',
    total: 3050,
    note: 'ring twice',
  });
  assert.equal(
    'note' in priceOrder({ items: [{ productId: 'a', quantity: 1 }], note: ' ' }, 'shop', catalog),
    false,
  );
});

test('unknown, hidden and other businesses’ products are not found; out of stock is a conflict', () => {
  for (const productId of ['nope', 'hidden', 'theirs']) {
    assert.equal(
      codeOf(() => priceOrder({ items: [{ productId, quantity: 1 }] }, 'shop', catalog)),
      'not_found',
    );
  }
  assert.equal(
    codeOf(() => priceOrder({ items: [{ productId: 'gone', quantity: 1 }] }, 'shop', catalog)),
    'conflict',
  );
});

test('one currency per order', () => {
  const run = () =>
    priceOrder(
      {
        items: [
          { productId: 'a', quantity: 1 },
          { productId: 'usd', quantity: 1 },
        ],
      },
      'shop',
      catalog,
    );
  assert.equal(codeOf(run), 'invalid_argument');
  assert.throws(run, /one currency/);
});

test('quantities, line counts, repeats and notes are bounded', () => {
  for (const quantity of [0, 1.5, 1000]) {
    assert.equal(
      codeOf(() => priceOrder({ items: [{ productId: 'a', quantity }] }, 'shop', catalog)),
      'invalid_argument',
    );
  }
  assert.equal(
    codeOf(() => priceOrder({ items: [] }, 'shop', catalog)),
    'invalid_argument',
  );
  const twice = [
    { productId: 'a', quantity: 1 },
    { productId: 'a', quantity: 2 },
  ];
  assert.equal(
    codeOf(() => priceOrder({ items: twice }, 'shop', catalog)),
    'invalid_argument',
  );
  assert.equal(
    codeOf(() =>
      priceOrder({ items: [{ productId: 'a', quantity: 1 }], note: 'x'.repeat(1001) }, 'shop', catalog),
    ),
    'invalid_argument',
  );
});
