import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusDisplay } from './recipient-status';

test('a message that went out shows as ticks', () => {
  assert.deepEqual(statusDisplay('sent'), { kind: 'ticks', ticks: 'sent' });
  assert.deepEqual(statusDisplay('delivered'), { kind: 'ticks', ticks: 'delivered' });
  assert.deepEqual(statusDisplay('read'), { kind: 'ticks', ticks: 'read' });
});

test('a recipient who got nothing shows why', () => {
  assert.deepEqual(statusDisplay('not_saved'), { kind: 'refused', reasonKey: 'status.notSaved' });
  assert.deepEqual(statusDisplay('not_delivered'), { kind: 'refused', reasonKey: 'status.notDelivered' });
});
