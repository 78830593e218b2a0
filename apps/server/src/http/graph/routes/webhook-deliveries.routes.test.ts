import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { statusChange } from '@parley/core';
import { call, ManualClock, type Reply } from '../../../test-support/accounts-api.js';
import { eventually } from '../../../test-support/clients.js';
import { assertGraphError, createGraphTenant, type GraphTenant } from '../../../test-support/graph-tenant.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test-support/webhook-receiver.js';

const DAY = 24 * 3600_000;

describe('Graph webhook delivery log and replay', () => {
  const clock = new ManualClock();
  let server: TestServer;
  let acme: GraphTenant;
  let other: GraphTenant;
  let receiver: WebhookReceiver;
  /** Bodies with this callback data get 500 while it is set. */
  let refusing = true;

  const get = (path: string, token = acme.token): Promise<Reply> =>
    call(server.url, 'GET', `/v23.0/${acme.appId}/${path}`, { token });
  const post = (path: string, body?: unknown, token = acme.token): Promise<Reply> =>
    call(server.url, 'POST', `/v23.0/${acme.appId}/${path}`, { token, body });
  const statusFor = (callbackData: string) =>
    statusChange(acme.wabaId, { displayPhoneNumber: acme.phone, phoneNumberId: acme.phoneNumberId }, [
      {
        id: `wamid.${callbackData}`,
        status: 'delivered',
        timestamp: clock.now(),
        recipientId: '14155550100',
        bizOpaqueCallbackData: callbackData,
      },
    ]);
  const received = (callbackData: string) =>
    receiver.requests.filter((request) => request.body.includes(`wamid.${callbackData}`));
  async function deliveries(query = ''): Promise<Reply> {
    const reply = await get(`webhook_deliveries${query}`);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply;
  }
  async function stateOf(batchId: string): Promise<string> {
    return (await get(`webhook_deliveries/${batchId}`)).body.state;
  }

  before(async () => {
    server = await startTestServer({ clock });
    acme = await createGraphTenant(server.parley, { name: 'Acme Shop' });
    other = await createGraphTenant(server.parley, { name: 'Other Shop' });
    receiver = await startWebhookReceiver({
      secret: acme.appSecret,
      answer: (_count, body) => (refusing && body.includes('refused') ? 500 : 200),
    });
    await server.parley.platform.setWebhook(acme.appId, {
      callbackUrl: receiver.url,
      verifyToken: 'verify',
      fields: ['messages'],
    });
  });
  after(async () => {
    await receiver.close();
    await server.close();
  });

  test('the log lists deliveries newest first, by state, a page at a time, each with its body', async () => {
    await server.parley.webhooks.enqueue(statusFor('accepted'));
    clock.advance(1000);
    await server.parley.webhooks.enqueue(statusFor('refused'));
    await eventually(() => received('refused').length === 1, 5000, 'the refused attempt');
    await eventually(async () => (await deliveries()).body.data[0]?.attempts === 1, 5000, 'the log');

    const all = (await deliveries()).body;
    assert.equal(all.data.length, 2);
    const [refused, accepted] = all.data;
    assert.deepEqual(Object.keys(refused).sort(), [
      'attempts',
      'created_time',
      'delivered_time',
      'event_count',
      'id',
      'last_error',
      'last_status',
      'next_attempt_time',
      'state',
    ]);
    assert.equal(refused.state, 'pending');
    assert.equal(refused.last_status, 500);
    assert.equal(refused.event_count, 1);
    assert.match(refused.next_attempt_time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/);
    assert.equal(accepted.state, 'delivered');
    assert.equal(accepted.last_status, 200);
    assert.equal(
      accepted.created_time,
      new Date(clock.now() - 1000).toISOString().replace(/\.\d+Z$/, '+0000'),
    );
    assert.equal(accepted.next_attempt_time, null);
    assert.ok(accepted.delivered_time !== null);

    assert.deepEqual(
      (await deliveries('?state=pending')).body.data.map((d: { id: string }) => d.id),
      [refused.id],
    );
    assert.deepEqual(
      (await deliveries('?state=delivered')).body.data.map((d: { id: string }) => d.id),
      [accepted.id],
    );
    const first = (await deliveries('?limit=1')).body;
    assert.deepEqual(
      first.data.map((d: { id: string }) => d.id),
      [refused.id],
    );
    assert.ok(first.paging.next.includes('/v23.0/'), first.paging.next);
    const next = await call(
      server.url,
      'GET',
      new URL(first.paging.next).pathname + new URL(first.paging.next).search,
      {
        token: acme.token,
      },
    );
    assert.deepEqual(
      next.body.data.map((d: { id: string }) => d.id),
      [accepted.id],
    );
    assert.equal(next.body.paging.next, undefined);

    const one = await get(`webhook_deliveries/${accepted.id}`);
    assert.equal(one.status, 200, JSON.stringify(one.body));
    assert.equal(one.body.body, received('accepted')[0]!.body, 'the exact bytes that were POSTed');
    assert.equal(one.body.url, receiver.url);
    assert.equal(one.body.waba_id, acme.wabaId);
  });

  test('a dead batch is replayed once the receiver is back; a range replays every batch in it', async () => {
    const refused = (await deliveries('?state=pending')).body.data[0];
    // Seven days of failures later the batch is dead-lettered.
    clock.advance(8 * DAY);
    server.parley.webhooks.wake();
    await eventually(async () => (await stateOf(refused.id)) === 'dead', 5000, 'the dead letter');
    assert.equal((await deliveries('?state=dead')).body.data[0].id, refused.id);

    refusing = false;
    const before = received('refused').length;
    assert.deepEqual((await post(`webhook_deliveries/${refused.id}/replay`)).body, { success: true });
    await eventually(async () => (await stateOf(refused.id)) === 'delivered', 5000, 'the replay');
    assert.equal(received('refused').length, before + 1);
    const replayed = received('refused').at(-1)!;
    assert.equal(replayed.signatureOk, true);
    assert.equal(replayed.body, (await get(`webhook_deliveries/${refused.id}`)).body.body);

    const since = Math.floor((clock.now() - 9 * DAY) / 1000);
    const until = Math.floor(clock.now() / 1000) + 1;
    const range = await post('webhook_deliveries/replay', { since, until });
    assert.deepEqual(range.body, { success: true, replayed: 2 });
    await eventually(
      () => received('accepted').length === 2 && received('refused').length === before + 2,
      5000,
      'both batches again',
    );
    const empty = await post('webhook_deliveries/replay', {
      since: String(until),
      until: String(until + 60),
    });
    assert.deepEqual(empty.body, { success: true, replayed: 0 });
  });

  test('another portfolio’s app, unknown batches and bad ranges are refused in the Graph envelope', async () => {
    const [batch] = (await deliveries()).body.data;
    assertGraphError(await get('webhook_deliveries', other.token), 400, 100, 33);
    assertGraphError(await get(`webhook_deliveries/${batch.id}`, other.token), 400, 100, 33);
    assertGraphError(
      await post(`webhook_deliveries/${batch.id}/replay`, undefined, other.token),
      400,
      100,
      33,
    );
    assertGraphError(
      await post('webhook_deliveries/replay', { since: 0, until: 1 }, other.token),
      400,
      100,
      33,
    );
    // Another app's batch id is unknown to this app.
    const otherBatch = `${batch.id.slice(0, -1)}${batch.id.endsWith('A') ? 'B' : 'A'}`;
    assertGraphError(await get(`webhook_deliveries/${otherBatch}`), 400, 100, 33);
    assertGraphError(await post(`webhook_deliveries/${otherBatch}/replay`), 400, 100, 33);
    assertGraphError(await get('webhook_deliveries/not%20an%20id'), 400, 100, 33);

    const user = await server.parley.platform.createSystemUser(acme.portfolioId, 'messaging only');
    const { token } = await server.parley.platform.issueToken(user, {
      permissions: ['whatsapp_business_messaging'],
      wabaIds: [acme.wabaId],
    });
    assertGraphError(await get('webhook_deliveries', token), 403, 200);

    assertGraphError(await post('webhook_deliveries/replay', { since: 10 }), 400, 131008);
    assertGraphError(await post('webhook_deliveries/replay', { since: 10, until: 5 }), 400, 100);
    assertGraphError(await post('webhook_deliveries/replay', { since: 'soon', until: 5 }), 400, 131009);
    assertGraphError(await get('webhook_deliveries?state=lost'), 400, 131009);
  });
});
