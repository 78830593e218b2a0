import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertRefused, call, phone } from '../../test-support/accounts-api.js';
import { eventually } from '../../test-support/clients.js';
import { assertGraphError, createGraphTenant, type GraphTenant } from '../../test-support/graph-tenant.js';
import { startTestServer, TEST_OPERATOR_TOKEN, type TestServer } from '../../test-support/test-server.js';
import {
  changesOf,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../test-support/webhook-receiver.js';

describe('operator API: WABAs disabled and reinstated', () => {
  let server: TestServer;
  let acme: GraphTenant;
  let other: GraphTenant;
  let receiver: WebhookReceiver;

  const standing = (wabaId: string, body: unknown, token = TEST_OPERATOR_TOKEN) =>
    call(server.url, 'PATCH', `/v1/operator/wabas/${wabaId}`, { token, body });
  // A number not on Parley: the Cloud API accepts the send and reports it undeliverable later.
  const send = (tenant: GraphTenant) =>
    call(server.url, 'POST', `/v23.0/${tenant.phoneNumberId}/messages`, {
      token: tenant.token,
      body: { messaging_product: 'whatsapp', to: phone(9999), type: 'text', text: { body: 'Hi' } },
    });
  const accountUpdates = () =>
    changesOf(receiver)
      .filter((change) => change.field === 'account_update')
      .map((change) => change.value);

  before(async () => {
    server = await startTestServer();
    acme = await createGraphTenant(server.parley, { name: 'Disabled Shop' });
    other = await createGraphTenant(server.parley, { name: 'Other Shop' });
    receiver = await startWebhookReceiver({ secret: acme.appSecret });
    await server.parley.platform.setWebhook(acme.appId, {
      callbackUrl: receiver.url,
      verifyToken: 'verify',
      fields: ['account_update'],
    });
  });
  after(async () => {
    await server.close();
    await receiver.close();
  });

  test('a disabled WABA’s number is refused with 131031 and the business hears DISABLED_UPDATE; reinstated, it sends again', async () => {
    assert.equal((await send(acme)).status, 200);

    const disabled = await standing(acme.wabaId, { disabled: true });
    assert.equal(disabled.status, 200, JSON.stringify(disabled.body));
    assert.equal(disabled.body.id, acme.wabaId);
    assert.equal(typeof disabled.body.disabledAt, 'number');
    assertGraphError(await send(acme), 403, 131031);
    assert.equal((await send(other)).status, 200, 'another business is not touched');

    await eventually(() => accountUpdates().length === 1, 5000, 'the DISABLED_UPDATE webhook');
    const today = new Date(disabled.body.disabledAt).toISOString().slice(0, 10);
    assert.deepEqual(accountUpdates()[0], {
      event: 'DISABLED_UPDATE',
      ban_info: { waba_ban_state: 'DISABLE', waba_ban_date: today },
    });
    assert.ok(receiver.requests.every((request) => request.signatureOk));

    // Disabling again changes nothing and tells nobody.
    assert.equal((await standing(acme.wabaId, { disabled: true })).body.disabledAt, disabled.body.disabledAt);

    const reinstated = await standing(acme.wabaId, { disabled: false });
    assert.equal(reinstated.body.disabledAt, null);
    assert.equal((await send(acme)).status, 200);
    await eventually(() => accountUpdates().length >= 2, 5000, 'the REINSTATE webhook');
    assert.deepEqual(
      accountUpdates().map((update) => (update.ban_info as { waba_ban_state: string }).waba_ban_state),
      ['DISABLE', 'REINSTATE'],
    );
  });

  test('only the operator decides, about WABAs that exist, with a boolean', async () => {
    assertRefused(await standing(acme.wabaId, { disabled: true }, acme.token), 401, 'unauthenticated');
    assertRefused(await standing(`2${'0'.repeat(15)}`, { disabled: true }), 404, 'not_found');
    assertRefused(await standing(acme.wabaId, { disabled: 'yes' }), 400, 'invalid_argument');
    assertRefused(await standing('not-an-id', { disabled: true }), 400, 'invalid_argument');
    assert.equal((await send(acme)).status, 200, 'refusals changed nothing');
  });
});
