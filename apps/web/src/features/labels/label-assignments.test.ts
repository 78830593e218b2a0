import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelIdsOf } from './label-assignments';

const assignments = {
  chats: { c1: ['l1', 'l2'], c2: ['l3'] },
  contacts: { '+4915112345678': ['l2', 'l4'] },
};

test('a chat carries its own labels and those of its peer’s saved number, each once', () => {
  assert.deepEqual(labelIdsOf(assignments, 'c1', '+4915112345678'), ['l1', 'l2', 'l4']);
  assert.deepEqual(labelIdsOf(assignments, 'c9', '+4915112345678'), ['l2', 'l4']);
});

test('a chat without labels, a group (no peer) or unloaded assignments carry none of the contact’s', () => {
  assert.deepEqual(labelIdsOf(assignments, 'c2'), ['l3']);
  assert.deepEqual(labelIdsOf(assignments, 'c9', ''), []);
  assert.deepEqual(labelIdsOf(assignments, 'c9', '+4915100000000'), []);
  assert.deepEqual(labelIdsOf(undefined, 'c1', '+4915112345678'), []);
});
