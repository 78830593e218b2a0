import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParleyApiError } from '@parley/sdk';
import { brokenNameRule } from './business-name-errors';

test('a refused business name is told by the rule the server names', () => {
  const refused = (details?: Record<string, unknown>) =>
    new ParleyApiError(400, 'invalid_argument', 'refused', details);
  assert.equal(brokenNameRule(refused({ rule: 'person_name' })), 'person_name');
  assert.equal(brokenNameRule(refused({ rule: 'length' })), 'length');
});

test('other refusals and unknown rules are not name rules', () => {
  assert.equal(brokenNameRule(new ParleyApiError(409, 'conflict', 'no', { rule: 'length' })), undefined);
  assert.equal(brokenNameRule(new ParleyApiError(400, 'invalid_argument', 'no', { rule: 'new' })), undefined);
  assert.equal(brokenNameRule(new ParleyApiError(400, 'invalid_argument', 'no')), undefined);
  assert.equal(brokenNameRule(new Error('x')), undefined);
});
