import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currencyDigits, formatMoney, minorUnitsText, parseMinorUnits } from './money';

test('a currency places its decimal point where Intl says', () => {
  assert.equal(currencyDigits('EUR'), 2);
  assert.equal(currencyDigits('JPY'), 0);
  assert.equal(currencyDigits('KWD'), 3);
});

test('typed decimals become minor units without rounding', () => {
  assert.equal(parseMinorUnits('12.5', 2), 1250);
  assert.equal(parseMinorUnits(' 12,05 ', 2), 1205);
  assert.equal(parseMinorUnits('7', 2), 700);
  assert.equal(parseMinorUnits('7.', 2), 700);
  assert.equal(parseMinorUnits('1500', 0), 1500);
  assert.equal(parseMinorUnits('1.234', 3), 1234);
});

test('amounts with too many decimals, signs or letters are refused', () => {
  assert.equal(parseMinorUnits('1.234', 2), null);
  assert.equal(parseMinorUnits('1.5', 0), null);
  assert.equal(parseMinorUnits('-3', 2), null);
  assert.equal(parseMinorUnits('abc', 2), null);
  assert.equal(parseMinorUnits('', 2), null);
});

test('minor units come back as the decimal the editor shows', () => {
  assert.equal(minorUnitsText(1250, 2), '12.50');
  assert.equal(minorUnitsText(5, 2), '0.05');
  assert.equal(minorUnitsText(1500, 0), '1500');
});

test('prices are formatted in the reader language', () => {
  assert.equal(formatMoney(1250, 'EUR', 2, 'en'), '€12.50');
  assert.equal(formatMoney(1500, 'JPY', 0, 'en'), '¥1,500');
  assert.match(formatMoney(1250, 'USD', 2, 'ar-EG'), /١٢٫٥٠/);
});
