import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParleyApiError } from '@parley/sdk';
import { listErrorMessage } from './list-error';

test('the refusals an owner can fix get their own words', () => {
  assert.deepEqual(
    listErrorMessage(new ParleyApiError(422, 'limit_exceeded', '', { limit: 256, requested: 300 })),
    { key: 'errors.tooManyRecipients', values: { limit: 256 } },
  );
  assert.deepEqual(listErrorMessage(new ParleyApiError(422, 'limit_exceeded', '', { limit: 100 })), {
    key: 'errors.tooManyLists',
    values: {},
  });
  assert.deepEqual(
    listErrorMessage(new ParleyApiError(400, 'invalid_argument', '', { notOnParley: ['+1', '+2'] })),
    { key: 'errors.notOnParley', values: { numbers: '+1, +2' } },
  );
});

test('other failures are left to the generic message', () => {
  assert.equal(listErrorMessage(new ParleyApiError(400, 'invalid_argument', 'Bad name')), undefined);
  assert.equal(listErrorMessage(new TypeError('offline')), undefined);
});
