import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import { checkCollection } from './collection-policy.js';

const catalog = new Set(['p1', 'p2', 'p3']);

test('a collection keeps its order and a trimmed name', () => {
  assert.deepEqual(
    checkCollection({ name: '  Cakes  and pies ', productIds: ['p3', 'p1'], hidden: false }, catalog),
    {
      name: 'Cakes and pies',
      productIds: ['p3', 'p1'],
      hidden: false,
    },
  );
});

test('names run from 1 to 60 characters', () => {
  assert.throws(() => checkCollection({ name: ' ', productIds: [], hidden: false }, catalog), /1 to 60/);
  assert.throws(
    () => checkCollection({ name: 'x'.repeat(61), productIds: [], hidden: false }, catalog),
    /1 to 60/,
  );
});

test("only the business's own products, each once", () => {
  assert.throws(
    () => checkCollection({ name: 'A', productIds: ['p1', 'p1'], hidden: false }, catalog),
    (error: unknown) => error instanceof DomainError && error.code === 'invalid_argument',
  );
  assert.throws(
    () => checkCollection({ name: 'A', productIds: ['p1', 'elsewhere'], hidden: false }, catalog),
    (error: unknown) =>
      error instanceof DomainError &&
      error.code === 'not_found' &&
      JSON.stringify(error.details) === JSON.stringify({ missing: ['elsewhere'] }),
  );
});
