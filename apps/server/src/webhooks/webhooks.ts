import type {
  Clock,
  EndpointDirectory,
  RandomSource,
  WebhookBatchState,
  WebhookChange,
  WebhookQueue,
} from '@parley/core';
import {
  startWebhookDispatcher,
  type WebhookDispatcher,
  type WebhookDispatcherOptions,
} from './webhook-dispatcher.job.js';
import { createWebhookEnqueuer } from './webhook-enqueuer.js';
import { checkCallbackUrl, verifyCallback } from './webhook-verification.js';

/**
 * Webhook delivery as the rest of the server sees it: changes in, the delivery log and replay
 * out, the callback handshake. The dispatcher runs between `start` and `stop`.
 */
export function createWebhooks(deps: {
  readonly directory: EndpointDirectory;
  readonly queue: WebhookQueue;
  readonly clock: Clock;
  readonly random: RandomSource;
  readonly allowPrivate: boolean;
  readonly onError: (error: unknown) => void;
  readonly dispatcher?: Partial<
    Pick<WebhookDispatcherOptions, 'policy' | 'concurrencyPerEndpoint' | 'timeoutMs' | 'pollMs' | 'keepLogMs'>
  >;
}) {
  const { queue, clock } = deps;
  let dispatcher: WebhookDispatcher | undefined;
  const wake = () => dispatcher?.wake();
  const enqueuer = createWebhookEnqueuer({ directory: deps.directory, queue, clock, onPersisted: wake });

  return {
    /** Resolves once the change is persisted for each subscribed endpoint; delivery follows. */
    enqueue: (change: WebhookChange) => enqueuer.enqueue(change),
    enqueueAll: (changes: readonly WebhookChange[]) => enqueuer.enqueueAll(changes),
    /** The app's delivery log, newest first (no bodies); `before` is a batch id. */
    deliveries: (appId: string, page: { before?: string; limit: number; state?: WebhookBatchState }) =>
      queue.list(appId, page),
    /** One delivery with the exact body that was (or will be) POSTed. */
    delivery: (appId: string, batchId: string) => queue.get(appId, batchId),
    async replay(appId: string, batchId: string): Promise<boolean> {
      const replayed = await queue.replay(appId, batchId, clock.now());
      if (replayed) wake();
      return replayed;
    },
    /** Replays the app's batches created in [from, to), epoch milliseconds. */
    async replayRange(appId: string, range: { from: number; to: number }): Promise<number> {
      const count = await queue.replayRange(appId, range, clock.now());
      if (count > 0) wake();
      return count;
    },
    /** Contract 5.1's GET handshake; call it before storing a callback URL. */
    verifyCallback: (url: string, verifyToken: string) =>
      verifyCallback(url, verifyToken, { allowPrivate: deps.allowPrivate }),
    checkCallbackUrl: (url: string) => checkCallbackUrl(url, deps.allowPrivate),
    /** Looks for due batches now; tests that move the clock call it. */
    wake,
    start(): void {
      dispatcher ??= startWebhookDispatcher({
        queue,
        directory: deps.directory,
        clock,
        random: deps.random,
        onError: deps.onError,
        ...deps.dispatcher,
      });
    },
    /** Persists what is buffered, then stops delivering. */
    async stop(): Promise<void> {
      await enqueuer.drain();
      await dispatcher?.stop();
      dispatcher = undefined;
    },
  };
}

export type Webhooks = ReturnType<typeof createWebhooks>;
