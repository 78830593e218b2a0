import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import { normalizePhone, tryNormalizePhone } from './phone-number.js';

test('international numbers are normalised to E.164', () => {
  assert.equal(normalizePhone('+1 415 555 0123'), '+14155550123');
  assert.equal(normalizePhone('+44 20 7183 8750'), '+442071838750');
  assert.equal(normalizePhone('(+49) 151-1234-5678'), '+4915112345678');
});

test('digits without + or with 00 are read as international', () => {
  assert.equal(normalizePhone('14155550123'), '+14155550123');
  assert.equal(normalizePhone('0044 20 7183 8750'), '+442071838750');
});

test('invalid numbers are refused as invalid_argument', () => {
  for (const input of ['', 'abc', '+1555', '+999123456789', '1'.repeat(60)]) {
    assert.throws(
      () => normalizePhone(input),
      (error: unknown) => error instanceof DomainError && error.code === 'invalid_argument',
      input,
    );
    assert.equal(tryNormalizePhone(input), null);
  }
});
