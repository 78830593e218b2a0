import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  statusChange,
  type EndpointDirectory,
  type WebhookChange,
  type WebhookEndpoint,
  type WebhookEnvelope,
} from '@parley/core';
import { openDatabase, SqlWebhookQueue, type OpenDatabase } from '@parley/db';
import { eventually } from '../test-support/clients.js';
import { startWebhookReceiver, type WebhookReceiver } from '../test-support/webhook-receiver.js';
import { createWebhookEnqueuer } from './webhook-enqueuer.js';
import { createWebhooks } from './webhooks.js';

const SECRET = 'app-secret-0123456789';
const DAY = 24 * 3600_000;
const number = { displayPhoneNumber: '+15550783881', phoneNumberId: '3000000000000001' };

let sequence = 0;
const aStatus = (wabaId: string): WebhookChange =>
  statusChange(wabaId, number, [
    { id: `wamid.${(sequence += 1)}`, status: 'delivered', timestamp: 1_000, recipientId: '16505551234' },
  ]);
const statusIdOf = (change: WebhookChange): string => (change.value.statuses as { id: string }[])[0]!.id;
const statusIdsOf = (body: string): string[] =>
  (JSON.parse(body) as WebhookEnvelope).entry.flatMap((entry) =>
    entry.changes.flatMap((change) => (change.value.statuses as { id: string }[]).map((status) => status.id)),
  );

/** A WABA subscribed by the given endpoints; any other WABA has no subscribers. */
function directoryFor(wabaId: string, endpoints: WebhookEndpoint[]): EndpointDirectory {
  return {
    endpointsFor: async (waba) => (waba === wabaId ? endpoints : []),
    secretOf: async (appId) => endpoints.find((endpoint) => endpoint.appId === appId)?.secret,
  };
}

function manualClock(start: number) {
  let now = start;
  return { now: () => now, set: (at: number) => void (now = at) };
}

describe('webhook delivery', () => {
  let dir: string;
  let open: OpenDatabase;
  let queue: SqlWebhookQueue;
  const receivers: WebhookReceiver[] = [];
  const stops: (() => Promise<void>)[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-webhooks-'));
    open = await openDatabase({ dialect: 'sqlite', file: join(dir, 'parley.db') });
    queue = new SqlWebhookQueue(open.db);
  });
  after(async () => {
    for (const stop of stops) await stop();
    for (const receiver of receivers) await receiver.close();
    await open.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Webhooks for one app at a fresh receiver, on a clock the test moves. */
  async function setUp(answer: (count: number) => number, concurrencyPerEndpoint = 1) {
    const receiver = await startWebhookReceiver({ secret: SECRET, answer });
    receivers.push(receiver);
    const appId = `4${String((sequence += 1)).padStart(15, '0')}`;
    const wabaId = `2${String(sequence).padStart(15, '0')}`;
    const clock = manualClock(1_000_000);
    const webhooks = createWebhooks({
      directory: directoryFor(wabaId, [{ appId, url: receiver.url, secret: SECRET }]),
      queue,
      clock,
      random: { next: () => 0.5 },
      allowPrivate: true,
      onError: (error) => assert.fail(error as Error),
      dispatcher: { concurrencyPerEndpoint, pollMs: 60_000 },
    });
    webhooks.start();
    stops.push(() => webhooks.stop());
    const log = async () => queue.list(appId, { limit: 100 });
    return { receiver, appId, wabaId, clock, webhooks, log };
  }

  test('a receiver that fails gets every batch once it is back, in order, each signed', async () => {
    const { receiver, wabaId, clock, webhooks, log } = await setUp((count) => (count <= 3 ? 500 : 200));
    const sent: string[] = [];
    // Three batches failing at different times, so their retries fall due at different times.
    for (const at of [1_000_000, 1_005_000, 1_006_000]) {
      clock.set(at);
      const change = aStatus(wabaId);
      sent.push(statusIdOf(change));
      await webhooks.enqueue(change);
      await eventually(
        async () => (await log()).every((delivery) => delivery.attempts === 1),
        5000,
        'the failed attempt',
      );
    }
    assert.equal(receiver.requests.length, 3);

    // The first batch's retry falls due; its success brings the other two forward at once.
    clock.set(1_010_000);
    webhooks.wake();
    await eventually(
      async () => (await log()).every((delivery) => delivery.state === 'delivered'),
      5000,
      'delivery',
    );

    const delivered = receiver.requests.filter((request) => request.status === 200);
    assert.deepEqual(delivered.map((request) => statusIdsOf(request.body)).flat(), sent);
    for (const request of receiver.requests) {
      assert.equal(request.signatureOk, true);
      assert.equal(request.headers['user-agent'], 'facebookexternalua');
      assert.equal(request.headers['content-type'], 'application/json');
    }
    const deliveries = await log();
    assert.deepEqual(
      deliveries.map((delivery) => [delivery.attempts, delivery.lastStatus, delivery.firstAttemptAt]),
      [
        [2, 200, 1_006_000],
        [2, 200, 1_005_000],
        [2, 200, 1_000_000],
      ],
    );
  });

  test('a batch is dead-lettered 7 days after its first attempt, and replay sends the same bytes again', async () => {
    let healthy = false;
    const { receiver, appId, wabaId, clock, webhooks, log } = await setUp(() => (healthy ? 200 : 503));
    const start = clock.now();
    await webhooks.enqueue(aStatus(wabaId));
    await eventually(async () => (await log())[0]?.attempts === 1, 5000, 'the first attempt');

    clock.set(start + 6 * DAY);
    webhooks.wake();
    await eventually(async () => (await log())[0]?.attempts === 2, 5000, 'a retry on day 6');
    const [retrying] = await log();
    assert.equal(retrying?.state, 'pending');
    assert.ok(retrying!.nextAttemptAt <= start + 7 * DAY);

    clock.set(start + 7 * DAY);
    webhooks.wake();
    await eventually(async () => (await log())[0]?.state === 'dead', 5000, 'the dead letter');
    const [dead] = await log();
    assert.equal(dead?.attempts, 3);
    assert.equal(dead?.lastStatus, 503);
    assert.match(dead?.lastError ?? '', /^HTTP 503/);
    assert.equal(receiver.requests.length, 3);

    healthy = true;
    assert.equal(await webhooks.replay(appId, dead!.id), true);
    await eventually(async () => (await log())[0]?.state === 'delivered', 5000, 'the replay');
    assert.equal(receiver.requests.length, 4);
    assert.equal(receiver.requests[3]?.body, receiver.requests[0]?.body);
    assert.equal(receiver.requests[3]?.signatureOk, true);
    assert.equal((await webhooks.delivery(appId, dead!.id))?.body, receiver.requests[0]?.body);

    assert.equal(await webhooks.replayRange(appId, { from: start, to: start + 1 }), 1);
    await eventually(() => receiver.requests.length === 5, 5000, 'the range replay');
    assert.equal(await webhooks.replay('4999999999999999', dead!.id), false);
  });

  test('a turn of changes becomes bodies of at most 1000 updates per subscribed endpoint, persisted before it resolves', async () => {
    const endpoints = [
      { appId: '4100000000000001', url: 'https://a.example/hook', secret: SECRET },
      { appId: '4100000000000002', url: 'https://b.example/hook', secret: SECRET },
    ];
    const wabaId = '2100000000000001';
    const enqueuer = createWebhookEnqueuer({
      directory: directoryFor(wabaId, endpoints),
      queue,
      clock: { now: () => 5 },
    });
    const changes = Array.from({ length: 2500 }, () => aStatus(wabaId));
    await Promise.all([
      ...changes.map((change) => enqueuer.enqueue(change)),
      enqueuer.enqueue(aStatus('2999999999999999')),
    ]);

    for (const { appId } of endpoints) {
      const deliveries = (await queue.list(appId, { limit: 10 })).reverse();
      assert.deepEqual(
        deliveries.map((delivery) => delivery.eventCount),
        [1000, 1000, 500],
      );
      const bodies = await Promise.all(
        deliveries.map(async (delivery) => (await queue.get(appId, delivery.id))!.body),
      );
      assert.deepEqual(bodies.flatMap(statusIdsOf), changes.map(statusIdOf));
      assert.equal(deliveries[0]?.wabaId, wabaId);
    }
  });

  test('a body over the size limit is split, and non-ASCII arrives escaped', async () => {
    const endpoint = { appId: '4200000000000001', url: 'https://c.example/hook', secret: SECRET };
    const wabaId = '2200000000000001';
    const enqueuer = createWebhookEnqueuer({
      directory: directoryFor(wabaId, [endpoint]),
      queue,
      clock: { now: () => 5 },
      maxBodyBytes: 2_000,
    });
    const changes = Array.from({ length: 20 }, () => ({
      ...aStatus(wabaId),
      value: { ...aStatus(wabaId).value, note: 'äöå'.repeat(10) },
    }));
    await enqueuer.enqueueAll(changes);
    const deliveries = await queue.list(endpoint.appId, { limit: 100 });
    assert.ok(deliveries.length > 1);
    assert.equal(
      deliveries.reduce((sum, delivery) => sum + delivery.eventCount, 0),
      20,
    );
    for (const delivery of deliveries) {
      const body = (await queue.get(endpoint.appId, delivery.id))!.body;
      assert.ok(body.length <= 2_000);
      assert.match(body, /^[\x20-\x7e]*$/);
      assert.ok(body.includes('\\u00e4\\u00f6\\u00e5'));
    }
  });
});
