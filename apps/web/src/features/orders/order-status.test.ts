import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOpen, nextStatuses } from './order-status';

test('an order moves forward one allowed step at a time', () => {
  assert.deepEqual(nextStatuses('pending'), ['paid', 'cancelled']);
  assert.deepEqual(nextStatuses('paid'), ['shipped', 'cancelled']);
  assert.deepEqual(nextStatuses('shipped'), ['completed']);
});

test('completed and cancelled orders are final', () => {
  assert.deepEqual(nextStatuses('completed'), []);
  assert.deepEqual(nextStatuses('cancelled'), []);
  assert.equal(isOpen('shipped'), true);
  assert.equal(isOpen('cancelled'), false);
});
