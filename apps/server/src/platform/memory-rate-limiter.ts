import {
  EMPTY_WINDOW,
  takeFromWindow,
  type AddressRateLimiter,
  type RateRule,
  type RateWindow,
} from '@parley/core';

/**
 * Per-address counters in this process's memory: enough for one node. Several nodes behind a
 * load balancer would each count apart, allowing up to n times the limit.
 */
export class MemoryRateLimiter implements AddressRateLimiter {
  private readonly windows = new Map<string, { window: RateWindow; windowMs: number }>();
  private sweepAt = 10_000;

  async take(key: string, rule: RateRule, now: number) {
    const taken = takeFromWindow(this.windows.get(key)?.window ?? EMPTY_WINDOW, rule, now);
    if (!taken.allowed) return taken;
    this.windows.set(key, { window: taken.window, windowMs: rule.windowMs });
    if (this.windows.size >= this.sweepAt) this.sweep(now);
    return { allowed: true as const };
  }

  /** Drops windows that have run out, so many one-off addresses do not grow the map forever. */
  private sweep(now: number): void {
    for (const [key, { window, windowMs }] of this.windows) {
      if (now - window.windowStartedAt >= windowMs) this.windows.delete(key);
    }
    this.sweepAt = Math.max(10_000, this.windows.size * 2);
  }
}
