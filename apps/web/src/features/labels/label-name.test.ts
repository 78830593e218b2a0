import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TFunction } from 'i18next';
import { labelName } from './label-name';

const t = ((key: string) => `«${key}»`) as unknown as TFunction;

test('a default never renamed is called by the translation of its key', () => {
  assert.equal(
    labelName({ name: '', predefined: 'pending_payment' }, t),
    '«labels:predefined.pending_payment»',
  );
});

test('a renamed default and an own label show the name they were given', () => {
  assert.equal(
    labelName({ name: 'Awaiting transfer', predefined: 'pending_payment' }, t),
    'Awaiting transfer',
  );
  assert.equal(labelName({ name: 'VIP', predefined: null }, t), 'VIP');
});
