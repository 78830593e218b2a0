import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import { audienceIncludes, checkAudience } from './audience.js';

const ann = '+14155550101';
const ben = '+14155550102';

test('everyone includes every customer, saved or not', () => {
  const audience = { mode: 'everyone', phones: [ann] } as const;
  assert.equal(audienceIncludes(audience, ann, true), true);
  assert.equal(audienceIncludes(audience, ben, false), true);
});

test('not in contacts leaves out the numbers the business saved', () => {
  const audience = { mode: 'not_in_contacts', phones: [] } as const;
  assert.equal(audienceIncludes(audience, ann, true), false);
  assert.equal(audienceIncludes(audience, ann, false), true);
});

test('everyone except leaves out the chosen numbers only', () => {
  const audience = { mode: 'everyone_except', phones: [ann] } as const;
  assert.equal(audienceIncludes(audience, ann, false), false);
  assert.equal(audienceIncludes(audience, ben, true), true);
});

test('only includes the chosen numbers only', () => {
  const audience = { mode: 'only', phones: [ann] } as const;
  assert.equal(audienceIncludes(audience, ann, false), true);
  assert.equal(audienceIncludes(audience, ben, true), false);
});

test('chosen numbers are normalised to E.164 without duplicates', () => {
  assert.deepEqual(checkAudience({ mode: 'only', phones: ['+1 (415) 555-0101', '14155550101', ben] }), {
    mode: 'only',
    phones: [ann, ben],
  });
});

test('bad numbers, too many numbers and an empty "only" are refused', () => {
  const refused = (audience: Parameters<typeof checkAudience>[0]) =>
    assert.throws(
      () => checkAudience(audience),
      (error: unknown) => error instanceof DomainError && error.code === 'invalid_argument',
    );
  refused({ mode: 'everyone_except', phones: ['not a number'] });
  refused({ mode: 'only', phones: [] });
  refused({ mode: 'only', phones: Array.from({ length: 257 }, (_, i) => `+1415555${1000 + i}`) });
  refused({ mode: 'somebody' as 'only', phones: [ann] });
  assert.equal(
    checkAudience({ mode: 'only', phones: Array.from({ length: 256 }, (_, i) => `+1415555${1000 + i}`) })
      .phones.length,
    256,
  );
});
