import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertWindowAllows, CUSTOMER_SERVICE_WINDOW_MS, isWindowOpen } from './customer-service-window.js';
import { isPlatformError } from './platform-error.js';

const HOUR = 60 * 60 * 1000;
const now = Date.UTC(2030, 0, 2);

const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return isPlatformError(error) ? error.graphCode : 'other';
  }
  return undefined;
};

test('the window is open for 24 h after the person last wrote, and never before they wrote', () => {
  assert.equal(isWindowOpen(undefined, now), false);
  assert.equal(isWindowOpen(now - 23 * HOUR, now), true);
  assert.equal(isWindowOpen(now - CUSTOMER_SERVICE_WINDOW_MS + 1, now), true);
  assert.equal(isWindowOpen(now - CUSTOMER_SERVICE_WINDOW_MS, now), false);
  assert.equal(isWindowOpen(now - 25 * HOUR, now), false);
});

test('free-form messages outside the window get 131047; templates always pass', () => {
  for (const type of ['text', 'image', 'interactive', 'reaction', 'location', 'contacts']) {
    assert.equal(
      refusal(() => assertWindowAllows(type, undefined, now)),
      131047,
      type,
    );
    assert.equal(
      refusal(() => assertWindowAllows(type, now - 25 * HOUR, now)),
      131047,
      type,
    );
    assert.equal(
      refusal(() => assertWindowAllows(type, now - 23 * HOUR, now)),
      undefined,
      type,
    );
  }
  assert.equal(
    refusal(() => assertWindowAllows('template', undefined, now)),
    undefined,
  );
  assert.equal(
    refusal(() => assertWindowAllows('template', now - 25 * HOUR, now)),
    undefined,
  );
});
