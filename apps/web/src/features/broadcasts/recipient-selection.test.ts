import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addRecipients, listProblem, RECIPIENT_LIMIT, toggleRecipient } from './recipient-selection';

test('adding numbers keeps the chosen ones first and each number once', () => {
  assert.deepEqual(addRecipients(['+1', '+2'], ['+2', '+3', '+3', '+1', '+4']), ['+1', '+2', '+3', '+4']);
  assert.deepEqual(addRecipients([], []), []);
});

test('toggling a number adds it at the end or takes it out', () => {
  assert.deepEqual(toggleRecipient(['+1'], '+2'), ['+1', '+2']);
  assert.deepEqual(toggleRecipient(['+1', '+2'], '+1'), ['+2']);
});

test('a list needs a name and at most 256 recipients', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => `+${i}`);
  assert.equal(listProblem('  ', ['+1']), 'name');
  assert.equal(listProblem('Regulars', many(RECIPIENT_LIMIT)), null);
  assert.equal(listProblem('Regulars', many(RECIPIENT_LIMIT + 1)), 'limit');
  assert.equal(listProblem('Regulars', []), null);
});
