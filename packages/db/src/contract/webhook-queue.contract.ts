import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { NewWebhookBatch } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlWebhookQueue } from '../repositories/webhook-queue.js';
import type { Database } from '../schema.js';
import { uniqueId } from './fixtures.js';

let counter = 0;
/** Ids sort by creation, as the enqueuer makes them. */
const aBatch = (
  appId: string,
  createdAt: number,
  overrides: Partial<NewWebhookBatch> = {},
): NewWebhookBatch => ({
  id: `${String(createdAt).padStart(15, '0')}${String((counter += 1)).padStart(6, '0')}${uniqueId()}`,
  appId,
  url: 'https://receiver.example/hook',
  wabaId: '2000000000000001',
  body: '{"object":"whatsapp_business_account","entry":[]}',
  eventCount: 1,
  createdAt,
  ...overrides,
});

export function webhookQueueContract(getDb: () => Kysely<Database>): void {
  describe('SqlWebhookQueue', () => {
    const queue = () => new SqlWebhookQueue(getDb());
    const endpointOf = (batch: NewWebhookBatch) => ({ appId: batch.appId, url: batch.url });

    test('claims due batches of one endpoint in retry order and hides them until the lease lapses', async () => {
      const appId = uniqueId();
      const [a, b, c, later] = [
        aBatch(appId, 100),
        aBatch(appId, 100),
        aBatch(appId, 200),
        aBatch(appId, 9_000),
      ];
      await queue().enqueue([c!, a!, b!, later!]);
      const endpoint = endpointOf(a!);

      const claimed = await queue().claim(endpoint, 1_000, 10, 5_000);
      assert.deepEqual(
        claimed.map((batch) => batch.id),
        [a!.id, b!.id, c!.id],
      );
      assert.equal(claimed[0]?.body, a!.body);
      assert.equal(claimed[0]?.state, 'pending');
      assert.equal(claimed[0]?.attempts, 0);
      assert.deepEqual(await queue().claim(endpoint, 1_000, 10, 5_000), []);
      // The node holding them died: after the lease others may take them again.
      assert.deepEqual(
        (await queue().claim(endpoint, 5_000, 2, 9_000)).map((batch) => batch.id),
        [a!.id, b!.id],
      );
    });

    test('lists endpoints with due, unleased batches, the longest waiting first', async () => {
      const first = aBatch(uniqueId(), 10);
      const second = aBatch(uniqueId(), 20, { url: 'https://other.example/hook' });
      const notDue = aBatch(uniqueId(), 50_000);
      await queue().enqueue([second, first, notDue]);
      const mine = new Set([first.appId, second.appId, notDue.appId]);
      const due = async () => (await queue().dueEndpoints(1_000, 10_000)).filter((e) => mine.has(e.appId));
      assert.deepEqual(await due(), [endpointOf(first), endpointOf(second)]);
      await queue().claim(endpointOf(first), 1_000, 10, 2_000);
      assert.deepEqual(await due(), [endpointOf(second)]);
    });

    test('settles attempts: a retry keeps the first attempt time, then delivered or dead', async () => {
      const appId = uniqueId();
      const retried = aBatch(appId, 100);
      const dead = aBatch(appId, 100);
      await queue().enqueue([retried, dead]);
      await queue().settle(retried.id, {
        at: 1_000,
        status: 500,
        error: 'HTTP 500',
        next: { state: 'pending', at: 11_000 },
      });
      await queue().settle(retried.id, {
        at: 11_000,
        status: null,
        error: 'timeout',
        next: { state: 'pending', at: 31_000 },
      });
      let stored = await queue().get(appId, retried.id);
      assert.equal(stored?.state, 'pending');
      assert.equal(stored?.attempts, 2);
      assert.equal(stored?.firstAttemptAt, 1_000);
      assert.equal(stored?.nextAttemptAt, 31_000);
      assert.equal(stored?.lastStatus, null);
      assert.equal(stored?.lastError, 'timeout');
      const due = await queue().claim(endpointOf(retried), 30_000, 10, 40_000);
      assert.equal(
        due.some((batch) => batch.id === retried.id),
        false,
      );

      await queue().settle(retried.id, {
        at: 31_000,
        status: 200,
        error: null,
        next: { state: 'delivered' },
      });
      stored = await queue().get(appId, retried.id);
      assert.equal(stored?.state, 'delivered');
      assert.equal(stored?.deliveredAt, 31_000);
      assert.equal(stored?.attempts, 3);
      assert.equal(stored?.lastStatus, 200);

      await queue().settle(dead.id, { at: 2_000, status: 410, error: 'HTTP 410', next: { state: 'dead' } });
      assert.equal((await queue().get(appId, dead.id))?.state, 'dead');
      // A late outcome of a batch already settled changes nothing.
      await queue().settle(dead.id, { at: 3_000, status: 200, error: null, next: { state: 'delivered' } });
      assert.equal((await queue().get(appId, dead.id))?.state, 'dead');
    });

    test('expedite makes the batches waiting on a retry due in creation order, leaving leased ones alone', async () => {
      const appId = uniqueId();
      const [waiting, leased, fresh] = [aBatch(appId, 100), aBatch(appId, 150), aBatch(appId, 1_500)];
      await queue().enqueue([waiting!, leased!]);
      const endpoint = endpointOf(waiting!);
      await queue().claim(endpoint, 1_000, 1, 60_000);
      await queue().settle(waiting!.id, {
        at: 1_000,
        status: 503,
        error: 'HTTP 503',
        next: { state: 'pending', at: 50_000 },
      });
      await queue().claim(endpoint, 1_000, 1, 60_000);
      await queue().enqueue([fresh!]);

      assert.equal(await queue().expedite(endpoint, 2_000), 1);
      assert.deepEqual(
        (await queue().claim(endpoint, 2_000, 10, 70_000)).map((batch) => batch.id),
        [waiting!.id, fresh!.id],
      );
    });

    test('the delivery log pages newest first, filters by state, and belongs to its app', async () => {
      const appId = uniqueId();
      const batches = [aBatch(appId, 100), aBatch(appId, 200), aBatch(appId, 300)];
      await queue().enqueue(batches);
      await queue().settle(batches[1]!.id, {
        at: 400,
        status: 200,
        error: null,
        next: { state: 'delivered' },
      });

      const firstPage = await queue().list(appId, { limit: 2 });
      assert.deepEqual(
        firstPage.map((delivery) => delivery.id),
        [batches[2]!.id, batches[1]!.id],
      );
      assert.equal('body' in firstPage[0]!, false);
      assert.deepEqual(
        (await queue().list(appId, { limit: 2, before: firstPage[1]!.id })).map((delivery) => delivery.id),
        [batches[0]!.id],
      );
      assert.deepEqual(
        (await queue().list(appId, { limit: 10, state: 'delivered' })).map((delivery) => delivery.id),
        [batches[1]!.id],
      );
      assert.equal(await queue().get(uniqueId(), batches[0]!.id), undefined);
      assert.deepEqual(await queue().list(uniqueId(), { limit: 10 }), []);
    });

    test('replay sends a delivered or dead batch again with a fresh window; pending ones are left alone', async () => {
      const appId = uniqueId();
      const [delivered, dead, pending, outside] = [
        aBatch(appId, 1_000),
        aBatch(appId, 2_000),
        aBatch(appId, 2_500),
        aBatch(appId, 5_000),
      ];
      await queue().enqueue([delivered!, dead!, pending!, outside!]);
      for (const batch of [delivered!, outside!]) {
        await queue().settle(batch.id, { at: 6_000, status: 200, error: null, next: { state: 'delivered' } });
      }
      await queue().settle(dead!.id, { at: 6_000, status: 500, error: 'HTTP 500', next: { state: 'dead' } });

      assert.equal(await queue().replay(uniqueId(), delivered!.id, 7_000), false);
      assert.equal(await queue().replay(appId, delivered!.id, 7_000), true);
      const replayed = await queue().get(appId, delivered!.id);
      assert.equal(replayed?.state, 'pending');
      assert.equal(replayed?.attempts, 0);
      assert.equal(replayed?.firstAttemptAt, null);
      assert.equal(replayed?.nextAttemptAt, 7_000);
      assert.equal(await queue().replay(appId, pending!.id, 7_000), false);

      assert.equal(await queue().replayRange(appId, { from: 1_500, to: 5_000 }, 8_000), 1);
      assert.equal((await queue().get(appId, dead!.id))?.state, 'pending');
      assert.equal((await queue().get(appId, outside!.id))?.state, 'delivered');
    });

    test('purge forgets old delivered and dead batches and keeps pending ones', async () => {
      const appId = uniqueId();
      const [old, oldDead, oldPending, recent] = [
        aBatch(appId, 10),
        aBatch(appId, 10),
        aBatch(appId, 10),
        aBatch(appId, 900),
      ];
      await queue().enqueue([old!, oldDead!, oldPending!, recent!]);
      await queue().settle(old!.id, { at: 20, status: 200, error: null, next: { state: 'delivered' } });
      await queue().settle(oldDead!.id, { at: 20, status: 500, error: 'HTTP 500', next: { state: 'dead' } });
      await queue().settle(recent!.id, { at: 950, status: 200, error: null, next: { state: 'delivered' } });
      assert.ok((await queue().purge(500)) >= 2);
      assert.deepEqual(
        (await queue().list(appId, { limit: 10 })).map((delivery) => delivery.id),
        [recent!.id, oldPending!.id],
      );
    });
  });
}
