import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import { checkCode, issueCode, OTP_POLICY, type OtpChallenge } from './otp-policy.js';

const PHONE = '+14155550123';
const MINUTE = 60_000;
const T0 = 1_700_000_000_000;

/** The clock is a number passed in: each step says how far time has moved. */
function sent(at = T0, previous?: OtpChallenge): OtpChallenge {
  return issueCode(previous, PHONE, 'right', at);
}

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return error;
  }
  assert.fail('expected a refusal');
}

describe('issueCode', () => {
  test('a first code is valid for 10 minutes', () => {
    const challenge = sent();
    assert.equal(challenge.expiresAt, T0 + 10 * MINUTE);
    assert.equal(challenge.failedAttempts, 0);
    assert.equal(challenge.codeHash, 'right');
    assert.equal(OTP_POLICY.codeLength, 6);
  });

  test('a resend within 30 s is refused with the time left', () => {
    const error = refusal(() => sent(T0 + 10_000, sent()));
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.details?.retryAfterMs, 20_000);
  });

  test('at most 5 codes an hour per number', () => {
    let challenge = sent();
    for (let i = 1; i < 5; i++) challenge = sent(T0 + i * MINUTE, challenge);
    const error = refusal(() => sent(T0 + 5 * MINUTE, challenge));
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.details?.retryAfterMs, 55 * MINUTE);
    assert.equal(sent(T0 + 60 * MINUTE, challenge).sends.count, 1);
  });

  test('a new code does not reset wrong attempts', () => {
    const wrong = checkCode(sent(), 'wrong', T0 + 1000);
    assert.equal(wrong.accepted, false);
    const resent = sent(T0 + MINUTE, wrong.next);
    assert.equal(resent.failedAttempts, 1);
  });
});

describe('checkCode', () => {
  test('the right code is accepted once', () => {
    const first = checkCode(sent(), 'right', T0 + MINUTE);
    assert.equal(first.accepted, true);
    const again = checkCode(first.next, 'right', T0 + MINUTE + 1);
    assert.equal(again.accepted, false);
    assert.equal(again.accepted ? undefined : again.error.code, 'expired');
  });

  test('a wrong code says how many tries are left', () => {
    const check = checkCode(sent(), 'wrong', T0 + 1000);
    assert.ok(!check.accepted);
    assert.equal(check.error.code, 'unauthenticated');
    assert.deepEqual(check.error.details, { attemptsLeft: 4 });
    assert.equal(check.next?.failedAttempts, 1);
  });

  test('an expired code is refused, even when right', () => {
    const check = checkCode(sent(), 'right', T0 + 10 * MINUTE);
    assert.ok(!check.accepted);
    assert.equal(check.error.code, 'expired');
    assert.equal(check.next, undefined);
  });

  test('no pending code is refused as expired', () => {
    const check = checkCode(undefined, 'right', T0);
    assert.ok(!check.accepted);
    assert.equal(check.error.code, 'expired');
  });

  test('the fifth wrong code locks the number for 15 minutes, for codes and sends', () => {
    let challenge = sent();
    for (let i = 1; i <= 4; i++) {
      const check = checkCode(challenge, 'wrong', T0 + i);
      assert.ok(!check.accepted && check.error.code === 'unauthenticated');
      challenge = check.next!;
    }
    const fifth = checkCode(challenge, 'wrong', T0 + 5);
    assert.ok(!fifth.accepted);
    assert.equal(fifth.error.code, 'locked');
    assert.equal(fifth.error.details?.retryAfterMs, 15 * MINUTE);
    const locked = fifth.next!;
    assert.equal(locked.lockedUntil, T0 + 5 + 15 * MINUTE);

    const right = checkCode(locked, 'right', T0 + MINUTE);
    assert.ok(!right.accepted);
    assert.equal(right.error.code, 'locked');
    assert.equal(right.error.details?.retryAfterMs, 14 * MINUTE + 5);
    assert.equal(refusal(() => sent(T0 + 14 * MINUTE, locked)).code, 'locked');

    const after = sent(T0 + 16 * MINUTE, locked);
    assert.equal(after.failedAttempts, 0);
    assert.equal(after.lockedUntil, null);
    assert.equal(checkCode(after, 'right', T0 + 16 * MINUTE + 1).accepted, true);
  });
});
