import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryRateLimiter } from './memory-rate-limiter.js';

const rule = { limit: 2, windowMs: 1000 };

test('counts per key within a window', async () => {
  const limiter = new MemoryRateLimiter();
  assert.deepEqual(await limiter.take('a', rule, 0), { allowed: true });
  assert.deepEqual(await limiter.take('a', rule, 100), { allowed: true });
  assert.deepEqual(await limiter.take('a', rule, 400), { allowed: false, retryAfterMs: 600 });
  assert.deepEqual(await limiter.take('b', rule, 400), { allowed: true });
  assert.deepEqual(await limiter.take('a', rule, 1000), { allowed: true });
});

test('forgets run-out windows once many keys pile up', async () => {
  const limiter = new MemoryRateLimiter();
  for (let i = 0; i < 10_000; i++) await limiter.take(`old-${i}`, rule, 0);
  for (let i = 0; i < 10_000; i++) await limiter.take(`new-${i}`, rule, 5000);
  const size = (limiter as unknown as { windows: Map<string, unknown> }).windows.size;
  assert.equal(size, 10_000);
  assert.deepEqual(await limiter.take('new-1', rule, 5000), { allowed: true });
});
