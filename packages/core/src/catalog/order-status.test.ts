import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import { ORDER_STATUSES, type OrderStatus } from './order.js';
import { assertOrderMove, canMoveOrder } from './order-status.js';

const allowed: ReadonlyArray<[OrderStatus, OrderStatus]> = [
  ['pending', 'paid'],
  ['paid', 'shipped'],
  ['shipped', 'completed'],
  ['pending', 'cancelled'],
  ['paid', 'cancelled'],
];

test('an order moves forward one step at a time, and is cancelled only before it ships', () => {
  for (const from of ORDER_STATUSES) {
    for (const to of ORDER_STATUSES) {
      const expected = allowed.some(([a, b]) => a === from && b === to);
      assert.equal(canMoveOrder(from, to), expected, `${from} → ${to}`);
    }
  }
});

test('every other move is a conflict that says what is allowed', () => {
  assert.doesNotThrow(() => assertOrderMove('pending', 'paid'));
  for (const [from, to] of [
    ['pending', 'shipped'],
    ['shipped', 'cancelled'],
    ['completed', 'pending'],
    ['cancelled', 'paid'],
    ['paid', 'paid'],
  ] as const) {
    assert.throws(
      () => assertOrderMove(from, to),
      (error: unknown) => error instanceof DomainError && error.code === 'conflict',
      `${from} → ${to}`,
    );
  }
  assert.throws(
    () => assertOrderMove('paid', 'pending'),
    (error: unknown) =>
      JSON.stringify((error as DomainError).details) ===
      JSON.stringify({ status: 'paid', allowed: ['shipped', 'cancelled'] }),
  );
});
