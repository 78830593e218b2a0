import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import { checkBusinessName } from './business-name-policy.js';

const refusedFor = (name: string): string => {
  try {
    checkBusinessName(name);
  } catch (error) {
    assert.ok(error instanceof DomainError);
    assert.equal(error.code, 'invalid_argument');
    return String(error.details?.rule);
  }
  assert.fail(`"${name}" was accepted`);
};

test('a business name is trimmed and its spaces collapsed', () => {
  assert.equal(checkBusinessName('  Corner   Bakery '), 'Corner Bakery');
});

test('names that describe a business pass, in any script', () => {
  for (const name of [
    'Anna Bakery',
    'BMW Service Berlin',
    'Ali Baba Restaurant',
    'Кафе Пушкин',
    'مطعم الشام',
    '老北京面馆',
    'IKEA',
  ]) {
    assert.equal(checkBusinessName(name), name);
  }
});

test('length runs from 3 to 75 characters, counted as people count them', () => {
  assert.equal(refusedFor('Ab'), 'length');
  assert.equal(refusedFor('x'.repeat(76)), 'length');
  assert.equal(checkBusinessName('店'.repeat(75)), '店'.repeat(75));
});

test("a person's name alone is refused", () => {
  assert.equal(refusedFor('John Smith'), 'person_name');
  assert.equal(refusedFor('Olga'), 'person_name');
  assert.equal(refusedFor('محمد علي'), 'person_name');
});

test('words that claim what only the platform grants are refused', () => {
  assert.equal(refusedFor('Official Shoe Store'), 'misleading');
  assert.equal(refusedFor('Parley Support'), 'misleading');
  assert.equal(refusedFor('Verified-Deals'), 'misleading');
});

test('shouting, emoji, repeated punctuation and names without letters are refused', () => {
  assert.equal(refusedFor('BEST PIZZA IN TOWN'), 'capitals');
  assert.equal(refusedFor('Pizza 🍕 Palace'), 'emoji');
  assert.equal(refusedFor('Deals!!! Now'), 'punctuation');
  assert.equal(refusedFor('1234'), 'letters');
});
