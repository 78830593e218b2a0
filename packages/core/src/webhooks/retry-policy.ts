import type { RandomSource } from './ports.js';

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;

export interface RetryPolicy {
  /** Wait after the first failure; each later failure doubles it. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  /** Counted from the first attempt; after it the batch is dead-lettered. */
  readonly giveUpAfterMs: number;
  /** Spread of each wait, as a fraction (0.2 = ±20 %), so receivers coming back are not stampeded. */
  readonly jitter: number;
}

/** Contract 5.2: Meta retries with decreasing frequency for 7 days, then drops the event. */
export const WEBHOOK_RETRY_POLICY: RetryPolicy = {
  firstDelayMs: 10 * SECOND,
  maxDelayMs: HOUR,
  giveUpAfterMs: 7 * DAY,
  jitter: 0.2,
};

export type RetryDecision = { readonly kind: 'retry'; readonly at: number } | { readonly kind: 'dead' };

/**
 * What follows a failed attempt. `failures` counts this one. The last retry falls on the 7-day
 * mark itself, so a batch is tried until its deadline and not dropped an hour early.
 */
export function nextAttempt(
  policy: RetryPolicy,
  attempt: { readonly failures: number; readonly firstAttemptAt: number; readonly now: number },
  random: RandomSource,
): RetryDecision {
  const deadline = attempt.firstAttemptAt + policy.giveUpAfterMs;
  if (attempt.now >= deadline) return { kind: 'dead' };
  const exponent = Math.min(Math.max(0, attempt.failures - 1), 30);
  const base = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** exponent);
  const delay = Math.round(base * (1 + policy.jitter * (2 * random.next() - 1)));
  return { kind: 'retry', at: Math.min(deadline, attempt.now + Math.max(0, delay)) };
}
