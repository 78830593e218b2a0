import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import { PREDEFINED_LABELS, type Label } from './label.js';
import {
  assertRoomForLabel,
  checkLabelColour,
  checkLabelName,
  compareLabels,
  defaultLabels,
  LABEL_LIMITS,
} from './label-policy.js';

const refusal = (code: string) => (error: unknown) => error instanceof DomainError && error.code === code;

test('the five defaults are unnamed, keyed and coloured apart', () => {
  let n = 0;
  const defaults = defaultLabels(() => `id${n++}`, 5_000);
  assert.deepEqual(
    defaults.map((l) => l.predefined),
    [...PREDEFINED_LABELS],
  );
  assert.ok(defaults.every((l) => l.name === '' && l.createdAt === 5_000));
  assert.equal(new Set(defaults.map((l) => l.colour)).size, 5);
  assert.equal(new Set(defaults.map((l) => l.id)).size, 5);
});

test('a label name is trimmed and has 1 to 100 characters, counted as people count them', () => {
  assert.equal(checkLabelName('  VIP  ', null), 'VIP');
  assert.equal(checkLabelName('客'.repeat(100), null), '客'.repeat(100));
  assert.throws(() => checkLabelName('x'.repeat(101), null), refusal('invalid_argument'));
  assert.throws(() => checkLabelName('   ', null), refusal('invalid_argument'));
});

test('only a default may have its name emptied, which brings back the translated wording', () => {
  assert.equal(checkLabelName('', 'paid'), '');
  assert.equal(checkLabelName(' Bezahlt ', 'paid'), 'Bezahlt');
  assert.throws(() => checkLabelName('', null), refusal('invalid_argument'));
  assert.throws(() => checkLabelName('x'.repeat(101), 'paid'), refusal('invalid_argument'));
});

test('a colour is one of the 20 palette entries', () => {
  assert.equal(checkLabelColour(0), 0);
  assert.equal(checkLabelColour(19), 19);
  for (const bad of [-1, 20, 1.5, Number.NaN]) {
    assert.throws(() => checkLabelColour(bad), refusal('invalid_argument'), String(bad));
  }
});

test('the cap of 20 counts the defaults and names the limit', () => {
  assert.equal(LABEL_LIMITS.perBusiness, 20);
  assertRoomForLabel(19);
  assert.throws(
    () => assertRoomForLabel(20),
    (error: unknown) =>
      error instanceof DomainError && error.code === 'limit_exceeded' && error.details?.limit === 20,
  );
});

test('defaults come first in the app order, then own labels oldest first', () => {
  const label = (id: string, predefined: Label['predefined'], createdAt: number): Label => ({
    id,
    name: id,
    colour: 0,
    predefined,
    createdAt,
  });
  const sorted = [
    label('newer', null, 3),
    label('paid', 'paid', 9),
    label('older', null, 2),
    label('new', 'new_customer', 9),
  ].sort(compareLabels);
  assert.deepEqual(
    sorted.map((l) => l.id),
    ['new', 'paid', 'older', 'newer'],
  );
});
