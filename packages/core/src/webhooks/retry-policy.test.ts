import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextAttempt, WEBHOOK_RETRY_POLICY } from './retry-policy.js';

const middle = { next: () => 0.5 };
const DAY = 24 * 3600_000;

test('waits 10 s after the first failure and doubles, capped at an hour', () => {
  const delays = [1, 2, 3, 4, 9, 10, 40].map((failures) => {
    const decision = nextAttempt(WEBHOOK_RETRY_POLICY, { failures, firstAttemptAt: 0, now: 0 }, middle);
    assert.equal(decision.kind, 'retry');
    return decision.kind === 'retry' ? decision.at : -1;
  });
  assert.deepEqual(delays, [10_000, 20_000, 40_000, 80_000, 2_560_000, 3_600_000, 3_600_000]);
});

test('jitter spreads each wait by at most ±20 %', () => {
  const at = (r: number) =>
    nextAttempt(WEBHOOK_RETRY_POLICY, { failures: 1, firstAttemptAt: 0, now: 0 }, { next: () => r });
  assert.deepEqual(at(0), { kind: 'retry', at: 8_000 });
  assert.deepEqual(at(0.999_999), { kind: 'retry', at: 12_000 });
});

test('the last retry falls on the 7-day mark, and a failure there is dead', () => {
  const first = 1_000;
  const almost = nextAttempt(
    WEBHOOK_RETRY_POLICY,
    { failures: 150, firstAttemptAt: first, now: first + 7 * DAY - 60_000 },
    middle,
  );
  assert.deepEqual(almost, { kind: 'retry', at: first + 7 * DAY });
  assert.deepEqual(
    nextAttempt(WEBHOOK_RETRY_POLICY, { failures: 151, firstAttemptAt: first, now: first + 7 * DAY }, middle),
    { kind: 'dead' },
  );
});

test('a batch failing every hour is retried about 7 × 24 times before it is dead', () => {
  let now = 0;
  let failures = 0;
  for (;;) {
    failures += 1;
    const decision = nextAttempt(WEBHOOK_RETRY_POLICY, { failures, firstAttemptAt: 0, now }, middle);
    if (decision.kind === 'dead') break;
    now = decision.at;
  }
  assert.equal(now, 7 * DAY);
  assert.ok(failures > 160 && failures < 180, `${failures} attempts`);
});
