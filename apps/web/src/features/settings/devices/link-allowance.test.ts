import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkAllowance } from './link-allowance';

test('a premium business links nine browsers; everyone else four', () => {
  assert.equal(linkAllowance({ kind: 'business', premium: true }), 9);
  assert.equal(linkAllowance({ kind: 'business', premium: false }), 4);
  assert.equal(linkAllowance({ kind: 'personal', premium: false }), 4);
  // Premium is the Business app's; a personal account flagged premium still links four.
  assert.equal(linkAllowance({ kind: 'personal', premium: true }), 4);
});
