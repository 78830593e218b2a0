import assert from 'node:assert/strict';
import { test } from 'node:test';
import { businessBadge } from './business-badge';

test('a checked account shows its check, whatever its kind', () => {
  assert.equal(businessBadge({ kind: 'business', verification: 'official' }), 'official');
  assert.equal(businessBadge({ kind: 'business', verification: 'verified' }), 'verified');
  assert.equal(businessBadge({ kind: 'platform', verification: 'official' }), 'official');
});

test('an unchecked business shows the business mark; a person shows nothing', () => {
  assert.equal(businessBadge({ kind: 'business', verification: 'unverified' }), 'business');
  assert.equal(businessBadge({ kind: 'platform', verification: 'unverified' }), 'business');
  assert.equal(businessBadge({ kind: 'personal', verification: 'unverified' }), null);
});
