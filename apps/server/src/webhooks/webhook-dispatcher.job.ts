import {
  nextAttempt,
  WEBHOOK_RETRY_POLICY,
  type AttemptOutcome,
  type Clock,
  type EndpointDirectory,
  type EndpointKey,
  type RandomSource,
  type RetryPolicy,
  type WebhookBatch,
  type WebhookQueue,
} from '@parley/core';
import { sign } from './webhook-body.js';

const HOUR = 3600_000;

export interface WebhookDispatcher {
  /** Looks for due batches now (new ones were persisted, or a test moved the clock). */
  wake(): void;
  /** Stops claiming, aborts POSTs in flight and waits until their outcomes are stored. */
  stop(): Promise<void>;
}

export interface WebhookDispatcherOptions {
  readonly queue: WebhookQueue;
  readonly directory: Pick<EndpointDirectory, 'secretOf'>;
  readonly clock: Clock;
  readonly random: RandomSource;
  readonly onError: (error: unknown) => void;
  readonly policy?: RetryPolicy;
  /** POSTs in flight per endpoint; Meta delivers concurrently too (contract 5.2). */
  readonly concurrencyPerEndpoint?: number;
  /** Receivers commonly assume about 20 s (contract 5.2). */
  readonly timeoutMs?: number;
  /** How often retries that fell due are looked for. */
  readonly pollMs?: number;
  /** Delivered and dead batches stay this long in the delivery log. */
  readonly keepLogMs?: number;
}

const endpointKey = (endpoint: EndpointKey) => `${endpoint.appId}\n${endpoint.url}`;

function describeFailure(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'The receiver did not answer in time';
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  if (cause?.code !== undefined) return `Connection failed: ${cause.code}`;
  return `Connection failed: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * POSTs due webhook batches, signed, with per-endpoint concurrency, and records each attempt:
 * 2xx is delivered, anything else is retried with backoff until the policy dead-letters it. A
 * receiver that answers again after failing gets its backlog at once, in creation order.
 */
export function startWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const { queue, directory, clock, random, onError } = options;
  const policy = options.policy ?? WEBHOOK_RETRY_POLICY;
  const concurrency = options.concurrencyPerEndpoint ?? 8;
  const timeoutMs = options.timeoutMs ?? 20_000;
  // Long enough that a slow receiver's batch is never claimed twice while its POST is still open.
  const leaseMs = timeoutMs + 60_000;
  const keepLogMs = options.keepLogMs ?? 30 * 24 * HOUR;

  const inFlight = new Map<string, number>();
  const failing = new Set<string>();
  const active = new Set<Promise<void>>();
  const shutdown = new AbortController();
  let stopped = false;
  let pumping: Promise<void> | undefined;
  let again = false;
  let lastPurgeAt = Number.NEGATIVE_INFINITY;

  const timer = setInterval(() => wake(), options.pollMs ?? 1000);
  timer.unref();

  function wake(): void {
    if (stopped) return;
    if (pumping !== undefined) {
      again = true;
      return;
    }
    pumping = pump()
      .catch(onError)
      .finally(() => {
        pumping = undefined;
      });
  }

  async function pump(): Promise<void> {
    do {
      again = false;
      const now = clock.now();
      if (now - lastPurgeAt >= HOUR) {
        lastPurgeAt = now;
        await queue.purge(now - keepLogMs);
      }
      for (const endpoint of await queue.dueEndpoints(now, 256)) {
        if (stopped) return;
        const key = endpointKey(endpoint);
        const free = concurrency - (inFlight.get(key) ?? 0);
        if (free <= 0) continue;
        for (const batch of await queue.claim(endpoint, now, free, now + leaseMs)) start(key, batch);
      }
    } while (again && !stopped);
  }

  function start(key: string, batch: WebhookBatch): void {
    inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
    const work = deliver(key, batch)
      .catch(onError)
      .finally(() => {
        const left = (inFlight.get(key) ?? 1) - 1;
        if (left === 0) inFlight.delete(key);
        else inFlight.set(key, left);
        active.delete(work);
        wake();
      });
    active.add(work);
  }

  async function deliver(key: string, batch: WebhookBatch): Promise<void> {
    const at = clock.now();
    const secret = await directory.secretOf(batch.appId);
    if (secret === undefined) {
      await queue.settle(batch.id, {
        at,
        status: null,
        error: 'The app no longer exists',
        next: { state: 'dead' },
      });
      return;
    }
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(batch.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-hub-signature-256': sign(batch.body, secret),
          'user-agent': 'facebookexternalua',
        },
        body: batch.body,
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), shutdown.signal]),
      });
      status = response.status;
      // Read to the end so the connection is reused; a little of it explains a refusal in the log.
      const text = await response.text();
      if (status < 200 || status > 299)
        error = `HTTP ${status}${text === '' ? '' : `: ${text.slice(0, 200)}`}`;
    } catch (failure) {
      error = stopped ? 'Interrupted by shutdown' : describeFailure(failure);
    }
    const delivered = error === null;
    let next: AttemptOutcome['next'] = { state: 'delivered' };
    if (!delivered) {
      const decision = nextAttempt(
        policy,
        { failures: batch.attempts + 1, firstAttemptAt: batch.firstAttemptAt ?? at, now: clock.now() },
        random,
      );
      next =
        decision.kind === 'dead' ? { state: 'dead' } : { state: 'pending', at: stopped ? at : decision.at };
    }
    await queue.settle(batch.id, { at, status, error, next });
    if (!delivered) {
      failing.add(key);
    } else if (failing.delete(key) || batch.attempts > 0) {
      await queue.expedite({ appId: batch.appId, url: batch.url }, clock.now());
    }
  }

  return {
    wake,
    async stop() {
      stopped = true;
      clearInterval(timer);
      shutdown.abort();
      await pumping;
      while (active.size > 0) await Promise.allSettled([...active]);
    },
  };
}
