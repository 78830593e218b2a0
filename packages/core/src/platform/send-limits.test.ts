import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PlatformNumber } from './platform.js';
import { isPlatformError } from './platform-error.js';
import { createSendLimits } from './send-limits.js';

const numberAt = (throughputLevel: PlatformNumber['throughputLevel'], id = '3000000000000001') =>
  ({ id, throughputLevel }) as PlatformNumber;

function manualClock() {
  let time = 1_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

/** The Graph code and retry time of a refused take, or undefined when it passed. */
function refusal(take: () => void): { code: number; retryAfterMs: unknown } | undefined {
  try {
    take();
    return undefined;
  } catch (error) {
    assert.ok(isPlatformError(error), String(error));
    return { code: error.graphCode, retryAfterMs: error.details?.retryAfterMs };
  }
}

test('a standard number sends 80 messages a second, then 130429 until a token comes back', () => {
  const clock = manualClock();
  const limits = createSendLimits(clock);
  const number = numberAt('STANDARD');
  for (let i = 0; i < 80; i++) limits.take(number, `+4915100000${String(i).padStart(3, '0')}`);
  assert.deepEqual(
    refusal(() => limits.take(number, '+4915100000999')),
    { code: 130429, retryAfterMs: 13 },
  );
  clock.advance(13);
  assert.equal(
    refusal(() => limits.take(number, '+4915100000999')),
    undefined,
  );
  assert.equal(refusal(() => limits.take(number, '+4915100000998'))?.code, 130429);
  // Another number has its own bucket.
  assert.equal(
    refusal(() => limits.take(numberAt('STANDARD', '3000000000000002'), '+4915100000999')),
    undefined,
  );
});

test('a HIGH number sends 1,000 a second', () => {
  const limits = createSendLimits(manualClock());
  const number = numberAt('HIGH');
  for (let i = 0; i < 1_000; i++) limits.take(number, `+49151${String(i).padStart(8, '0')}`);
  assert.equal(refusal(() => limits.take(number, '+4915199999999'))?.code, 130429);
});

test('one person gets a burst of 45, then one message every 6 s: 131056 in between', () => {
  const clock = manualClock();
  const limits = createSendLimits(clock);
  const number = numberAt('HIGH');
  for (let i = 0; i < 45; i++) limits.take(number, '+4915112345678');
  assert.deepEqual(
    refusal(() => limits.take(number, '+4915112345678')),
    { code: 131056, retryAfterMs: 6_000 },
  );
  assert.equal(
    refusal(() => limits.take(number, '+4915187654321')),
    undefined,
    'another person is free',
  );
  clock.advance(5_999);
  assert.equal(refusal(() => limits.take(number, '+4915112345678'))?.code, 131056);
  clock.advance(1);
  assert.equal(
    refusal(() => limits.take(number, '+4915112345678')),
    undefined,
  );
  assert.equal(refusal(() => limits.take(number, '+4915112345678'))?.code, 131056);
});

test('a refused send takes no token from the number', () => {
  const limits = createSendLimits(manualClock());
  const number = numberAt('STANDARD');
  for (let i = 0; i < 45; i++) limits.take(number, '+4915112345678');
  for (let i = 0; i < 100; i++) {
    assert.equal(refusal(() => limits.take(number, '+4915112345678'))?.code, 131056);
  }
  // 45 of the 80 tokens are spent; the 100 refusals spent none.
  for (let i = 0; i < 35; i++) limits.take(number, `+4915100000${String(i).padStart(3, '0')}`);
  assert.equal(refusal(() => limits.take(number, '+4915100000999'))?.code, 130429);
});
