import { DomainError } from '../shared/errors.js';
import { EMPTY_WINDOW, takeFromWindow, type RateRule, type RateWindow } from '../shared/rate-window.js';

export interface OtpPolicy {
  readonly codeLength: number;
  readonly codeTtlMs: number;
  /** Wrong codes in a row, across resends, before the number is locked. */
  readonly maxFailedAttempts: number;
  readonly lockMs: number;
  /** The shortest wait between two codes to one number. */
  readonly resendAfterMs: number;
  readonly sendsPerNumber: RateRule;
  readonly sendsPerAddress: RateRule;
}

const MINUTE = 60_000;

export const OTP_POLICY: OtpPolicy = Object.freeze({
  codeLength: 6,
  codeTtlMs: 10 * MINUTE,
  maxFailedAttempts: 5,
  lockMs: 15 * MINUTE,
  resendAfterMs: 30_000,
  sendsPerNumber: { limit: 5, windowMs: 60 * MINUTE },
  sendsPerAddress: { limit: 20, windowMs: 60 * MINUTE },
});

/** The stored state of one phone number's code login. */
export interface OtpChallenge {
  readonly phone: string;
  /** The hash of the pending code; null once it was used or the number was locked. */
  readonly codeHash: string | null;
  readonly expiresAt: number;
  readonly failedAttempts: number;
  readonly lockedUntil: number | null;
  readonly sends: RateWindow;
  readonly lastSentAt: number;
}

function lockError(challenge: OtpChallenge | undefined, now: number): DomainError | undefined {
  const until = challenge?.lockedUntil ?? null;
  if (until === null || now >= until) return undefined;
  return new DomainError('locked', 'Too many wrong codes: this number is locked for now', {
    retryAfterMs: until - now,
  });
}

/** The challenge once a new code is sent, or a refusal (locked, rate_limited). */
export function issueCode(
  current: OtpChallenge | undefined,
  phone: string,
  codeHash: string,
  now: number,
  policy: OtpPolicy = OTP_POLICY,
): OtpChallenge {
  const locked = lockError(current, now);
  if (locked !== undefined) throw locked;
  const resendWait = current === undefined ? 0 : current.lastSentAt + policy.resendAfterMs - now;
  const taken = takeFromWindow(current?.sends ?? EMPTY_WINDOW, policy.sendsPerNumber, now);
  if (!taken.allowed || resendWait > 0) {
    const retryAfterMs = Math.max(resendWait, taken.allowed ? 0 : taken.retryAfterMs);
    throw new DomainError('rate_limited', 'Too many codes requested for this number', { retryAfterMs });
  }
  // A lock that has run out starts a fresh count; otherwise wrong tries add up across resends, so
  // resending does not buy more guesses.
  const lockOver = current?.lockedUntil !== null && current?.lockedUntil !== undefined;
  return {
    phone,
    codeHash,
    expiresAt: now + policy.codeTtlMs,
    failedAttempts: lockOver ? 0 : (current?.failedAttempts ?? 0),
    lockedUntil: null,
    sends: taken.window,
    lastSentAt: now,
  };
}

export type CodeCheck =
  | { readonly accepted: true; readonly next: OtpChallenge }
  /** `next` is the state to store, when the attempt changed it. */
  | { readonly accepted: false; readonly next: OtpChallenge | undefined; readonly error: DomainError };

/** Judges one attempt at the pending code. A code works once. */
export function checkCode(
  current: OtpChallenge | undefined,
  codeHash: string,
  now: number,
  policy: OtpPolicy = OTP_POLICY,
): CodeCheck {
  const locked = lockError(current, now);
  if (locked !== undefined) return { accepted: false, next: undefined, error: locked };
  if (current === undefined || current.codeHash === null) {
    return {
      accepted: false,
      next: undefined,
      error: new DomainError('expired', 'No code is pending for this number: request a new one'),
    };
  }
  if (now >= current.expiresAt) {
    return {
      accepted: false,
      next: undefined,
      error: new DomainError('expired', 'The code has expired: request a new one'),
    };
  }
  if (codeHash === current.codeHash) {
    return { accepted: true, next: { ...current, codeHash: null, failedAttempts: 0 } };
  }
  const failedAttempts = current.failedAttempts + 1;
  if (failedAttempts >= policy.maxFailedAttempts) {
    return {
      accepted: false,
      next: { ...current, codeHash: null, failedAttempts, lockedUntil: now + policy.lockMs },
      error: new DomainError('locked', 'Too many wrong codes: this number is locked for now', {
        retryAfterMs: policy.lockMs,
      }),
    };
  }
  return {
    accepted: false,
    next: { ...current, failedAttempts },
    error: new DomainError('unauthenticated', 'Wrong code', {
      attemptsLeft: policy.maxFailedAttempts - failedAttempts,
    }),
  };
}
