/** A token bucket: pure state transitions, stored wherever the caller keeps it. */
export interface TokenBucket {
  readonly tokens: number;
  readonly at: number;
}

export interface BucketRule {
  /** The most tokens the bucket holds: the largest burst. */
  readonly capacity: number;
  /** One token comes back every this many milliseconds. */
  readonly refillEveryMs: number;
}

/** The bucket as it stands at `now`: full when new, refilled for the time that has passed. */
export function refill(bucket: TokenBucket | undefined, rule: BucketRule, now: number): TokenBucket {
  if (bucket === undefined) return { tokens: rule.capacity, at: now };
  const tokens = Math.min(rule.capacity, bucket.tokens + Math.max(0, now - bucket.at) / rule.refillEveryMs);
  return { tokens, at: now };
}

/** How long until a bucket holding `tokens` has a whole one to give; 0 when it has one now. */
export const msUntilToken = (tokens: number, rule: BucketRule): number =>
  tokens >= 1 ? 0 : Math.ceil((1 - tokens) * rule.refillEveryMs);
