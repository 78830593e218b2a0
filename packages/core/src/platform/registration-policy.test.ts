import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPlatformError } from './platform-error.js';
import {
  checkDataLocalizationRegion,
  checkPin,
  checkRegistrationCalls,
  checkRegistrationPin,
  REGISTRATION_CALLS,
} from './registration-policy.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return isPlatformError(error) ? error.graphCode : 'other';
  }
  return undefined;
};

test('a PIN is exactly six digits', () => {
  assert.equal(checkPin('012345'), '012345');
  for (const bad of ['12345', '1234567', '12345a', ' 123456', ''])
    assert.equal(
      codeOf(() => checkPin(bad)),
      131009,
      bad,
    );
});

test('the tenth call in the window passes, the eleventh is 133016', () => {
  assert.equal(REGISTRATION_CALLS.windowMs, 72 * 60 * 60 * 1000);
  assert.equal(
    codeOf(() => checkRegistrationCalls(9)),
    undefined,
  );
  assert.equal(
    codeOf(() => checkRegistrationCalls(10)),
    133016,
  );
});

test('register sets a PIN when there is none and must match one that is set', () => {
  assert.deepEqual(checkRegistrationPin(null, 'h1'), { pinHash: 'h1' });
  assert.deepEqual(checkRegistrationPin('h1', 'h1'), { pinHash: 'h1' });
  assert.equal(
    codeOf(() => checkRegistrationPin('h1', 'h2')),
    133005,
  );
});

test('only the contract’s data localisation regions are accepted', () => {
  assert.equal(checkDataLocalizationRegion('DE'), 'DE');
  assert.equal(
    codeOf(() => checkDataLocalizationRegion('US')),
    131009,
  );
  assert.equal(
    codeOf(() => checkDataLocalizationRegion('de')),
    131009,
  );
});
