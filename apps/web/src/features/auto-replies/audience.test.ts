import assert from 'node:assert/strict';
import { test } from 'node:test';
import { picksContacts, togglePhone } from './audience';

test('only "everyone except…" and "only…" pick contacts; picking twice takes a number out again', () => {
  assert.deepEqual((['everyone', 'not_in_contacts', 'everyone_except', 'only'] as const).map(picksContacts), [
    false,
    false,
    true,
    true,
  ]);
  const chosen = togglePhone(['+14155550101'], '+14155550102');
  assert.deepEqual(chosen, ['+14155550101', '+14155550102']);
  assert.deepEqual(togglePhone(chosen, '+14155550101'), ['+14155550102']);
});
