import assert from 'node:assert/strict';
import { test } from 'node:test';
import { regionCurrency } from './default-currency';

test("a locale's region gives its currency", () => {
  assert.equal(regionCurrency('de-DE'), 'EUR');
  assert.equal(regionCurrency('ja'), 'JPY');
  assert.equal(regionCurrency('ar-SA'), 'SAR');
  assert.equal(regionCurrency('en-US'), 'USD');
});

test('an unknown region or a broken locale gives none', () => {
  assert.equal(regionCurrency('en-AQ'), undefined);
  assert.equal(regionCurrency('not a locale!'), undefined);
});
