import { randomBytes } from 'node:crypto';
import {
  buildEnvelopes,
  type Clock,
  type EndpointDirectory,
  type NewWebhookBatch,
  type WebhookChange,
  type WebhookEndpoint,
  type WebhookQueue,
} from '@parley/core';
import { webhookBody } from './webhook-body.js';

/** Contract 5.2: payloads are at most 3 MB. */
const MAX_BODY_BYTES = 3 * 1024 * 1024;
/** Changes taken per transaction, so the dispatcher starts on the first bodies while later ones are built. */
const CHANGES_PER_FLUSH = 5000;

export interface WebhookEnqueuer {
  /** Resolves once the change is persisted for every endpoint that receives it (none: at once). */
  enqueue(change: WebhookChange): Promise<void>;
  enqueueAll(changes: readonly WebhookChange[]): Promise<void>;
  /** Resolves once everything enqueued so far is persisted. */
  drain(): Promise<void>;
}

interface Pending {
  readonly change: WebhookChange;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

let sequence = 0;
/** Sorts by creation time, then by order within this process: the queue's retry order. */
function batchId(now: number): string {
  sequence = (sequence + 1) % 36 ** 5;
  return `${now.toString(36).padStart(9, '0')}${sequence.toString(36).padStart(5, '0')}${randomBytes(6).toString('base64url')}`;
}

/**
 * Buffers changes for one turn of the event loop, groups them per endpoint and WABA, builds each
 * POST body once and persists all of a turn's bodies in one transaction. Senders wait only for
 * that commit, never for a receiver.
 */
export function createWebhookEnqueuer(deps: {
  directory: EndpointDirectory;
  queue: WebhookQueue;
  clock: Clock;
  /** Called after each commit, so the dispatcher starts at once instead of at its next poll. */
  onPersisted?: () => void;
  maxBodyBytes?: number;
}): WebhookEnqueuer {
  const { directory, queue, clock } = deps;
  const maxBodyBytes = deps.maxBodyBytes ?? MAX_BODY_BYTES;
  let pending: Pending[] = [];
  let scheduled = false;
  let running: Promise<void> | undefined;

  const schedule = () => {
    if (scheduled || running !== undefined) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      running = run().finally(() => {
        running = undefined;
        if (pending.length > 0) schedule();
      });
    });
  };

  async function run(): Promise<void> {
    while (pending.length > 0) {
      const taken = pending.slice(0, CHANGES_PER_FLUSH);
      pending = pending.slice(CHANGES_PER_FLUSH);
      try {
        const batches = await batchesFor(taken.map((entry) => entry.change));
        await queue.enqueue(batches);
        for (const entry of taken) entry.resolve();
        if (batches.length > 0) deps.onPersisted?.();
      } catch (error) {
        for (const entry of taken) entry.reject(error);
      }
    }
  }

  async function batchesFor(changes: readonly WebhookChange[]): Promise<NewWebhookBatch[]> {
    // One directory lookup per (WABA, number, field) in the flush, all awaited together.
    const keyOf = (change: WebhookChange) =>
      `${change.wabaId}\n${change.phoneNumberId ?? ''}\n${change.field}`;
    const lookups = new Map<string, WebhookChange>();
    for (const change of changes) if (!lookups.has(keyOf(change))) lookups.set(keyOf(change), change);
    const endpointsOf = new Map(
      await Promise.all(
        [...lookups].map(
          async ([key, change]) =>
            [key, await directory.endpointsFor(change.wabaId, change.phoneNumberId, change.field)] as const,
        ),
      ),
    );
    const groups = new Map<string, { endpoint: WebhookEndpoint; wabaId: string; changes: WebhookChange[] }>();
    for (const change of changes) {
      for (const endpoint of endpointsOf.get(keyOf(change)) ?? []) {
        const groupKey = `${endpoint.appId}\n${endpoint.url}\n${change.wabaId}`;
        let group = groups.get(groupKey);
        if (group === undefined) {
          group = { endpoint, wabaId: change.wabaId, changes: [] };
          groups.set(groupKey, group);
        }
        group.changes.push(change);
      }
    }
    const now = clock.now();
    const batches: NewWebhookBatch[] = [];
    for (const { endpoint, wabaId, changes: grouped } of groups.values()) {
      for (const { body, eventCount } of bodiesFor(grouped)) {
        batches.push({
          id: batchId(now),
          appId: endpoint.appId,
          url: endpoint.url,
          wabaId,
          body,
          eventCount,
          createdAt: now,
        });
      }
    }
    return batches;
  }

  /** Bodies of at most 1000 updates, halved further while one is over the size limit. */
  function bodiesFor(changes: readonly WebhookChange[]): { body: string; eventCount: number }[] {
    return buildEnvelopes(changes).flatMap((batch) => {
      const body = webhookBody(batch.envelope);
      // The body is ASCII once escaped: its length is its size in bytes.
      if (batch.changes.length > 1 && body.length > maxBodyBytes) {
        const half = Math.ceil(batch.changes.length / 2);
        return [...bodiesFor(batch.changes.slice(0, half)), ...bodiesFor(batch.changes.slice(half))];
      }
      return [{ body, eventCount: batch.eventCount }];
    });
  }

  const enqueue = (change: WebhookChange) =>
    new Promise<void>((resolve, reject) => {
      pending.push({ change, resolve, reject });
      schedule();
    });

  return {
    enqueue,
    enqueueAll: (changes) =>
      new Promise<void>((resolve, reject) => {
        if (changes.length === 0) return resolve();
        // One promise for the lot: a bulk caller should not pay for one per change.
        let left = changes.length;
        const one = () => {
          left -= 1;
          if (left === 0) resolve();
        };
        for (const change of changes) pending.push({ change, resolve: one, reject });
        schedule();
      }),
    async drain() {
      while (pending.length > 0 || running !== undefined || scheduled) {
        await (running ?? new Promise((resolve) => setImmediate(resolve)));
      }
    },
  };
}
