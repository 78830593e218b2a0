/** A fixed-window counter: pure state transitions, stored wherever the caller keeps it. */
export interface RateWindow {
  readonly windowStartedAt: number;
  readonly count: number;
}

export interface RateRule {
  readonly limit: number;
  readonly windowMs: number;
}

export const EMPTY_WINDOW: RateWindow = { windowStartedAt: 0, count: 0 };

/** Returns the next window state, or the time until a retry is allowed when over the limit. */
export function takeFromWindow(
  window: RateWindow,
  rule: RateRule,
  now: number,
): { allowed: true; window: RateWindow } | { allowed: false; retryAfterMs: number } {
  const fresh = now - window.windowStartedAt >= rule.windowMs;
  const current = fresh ? { windowStartedAt: now, count: 0 } : window;
  if (current.count >= rule.limit) {
    return { allowed: false, retryAfterMs: current.windowStartedAt + rule.windowMs - now };
  }
  return { allowed: true, window: { ...current, count: current.count + 1 } };
}
