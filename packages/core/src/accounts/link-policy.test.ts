import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newLinkCode, normalizeLinkCode } from './link-policy.js';

test('link codes are 8 characters of the unambiguous alphabet', () => {
  const digits = (length: number) =>
    Array.from({ length }, (_, i) => String((i * 37) % 100).padStart(2, '0'))
      .join('')
      .slice(0, length);
  const code = newLinkCode(digits);
  assert.match(code, /^[A-HJ-NP-Z2-9]{8}$/);
});

test('digit pairs 96..99 are drawn again so every letter is equally likely', () => {
  const draws = ['9697989900010203', '04050607'];
  const code = newLinkCode(() => draws.shift()!);
  assert.equal(code, 'ABCDEFGH');
});

test('typed codes are accepted in any case, with spaces or dashes', () => {
  assert.equal(normalizeLinkCode('abcd-efgh'), 'ABCDEFGH');
  assert.throws(() => normalizeLinkCode('ABCD0FGH'), /Not a link code/);
  assert.throws(() => normalizeLinkCode('ABC'), /Not a link code/);
});
