import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParleyApiError } from '@parley/sdk';
import { saveErrorKey } from './save-error';

test('a refused "only…" with nobody chosen says to choose contacts; other refusals say their code', () => {
  const invalid = new ParleyApiError(400, 'invalid_argument', 'Choose at least one contact');
  assert.equal(saveErrorKey(invalid, { mode: 'only', phones: [] }), 'autoReplies:audience.onlyNeedsContacts');
  assert.equal(saveErrorKey(invalid, { mode: 'everyone', phones: [] }), 'common:errors.invalid_argument');
  const notFound = new ParleyApiError(404, 'not_found', 'Not a business');
  assert.equal(saveErrorKey(notFound, { mode: 'only', phones: [] }), 'common:errors.not_found');
  assert.equal(
    saveErrorKey(new TypeError('fetch failed'), { mode: 'only', phones: [] }),
    'common:errors.network',
  );
});
