import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, ManualClock, type Reply } from '../../../test-support/accounts-api.js';
import { assertGraphError, createGraphTenant, type GraphTenant } from '../../../test-support/graph-tenant.js';
import { assertMetaResponse } from '../../../test-support/meta-openapi.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';

const HOUR = 60 * 60 * 1000;

describe('Graph registration, verification codes, 2SV and display names', () => {
  const clock = new ManualClock();
  let server: TestServer;
  let acme: GraphTenant;
  let other: GraphTenant;

  before(async () => {
    server = await startTestServer({ clock });
    acme = await createGraphTenant(server.parley, { name: 'Acme Shop' });
    other = await createGraphTenant(server.parley, { name: 'Other Shop' });
  });
  after(() => server.close());

  const post = (path: string, body?: unknown, token = acme.token): Promise<Reply> =>
    call(server.url, 'POST', `/v23.0/${path}`, { token, body });
  const numberNode = async (tenant = acme) =>
    (
      await call(
        server.url,
        'GET',
        `/v23.0/${tenant.phoneNumberId}?fields=status,is_pin_enabled,name_status,verified_name`,
        {
          token: tenant.token,
        },
      )
    ).body;

  test('register sets the PIN, deregister stops the number, register needs the same PIN again', async () => {
    const tenant = await createGraphTenant(server.parley, { name: 'Pin Shop' });
    const pnid = tenant.phoneNumberId;
    const registered = await post(
      `${pnid}/register`,
      { messaging_product: 'whatsapp', pin: '123456' },
      tenant.token,
    );
    assert.equal(registered.status, 200, JSON.stringify(registered.body));
    assert.deepEqual(registered.body, { success: true });
    assertMetaResponse({
      method: 'post',
      path: '/{Version}/{Phone-Number-ID}/register',
      status: 200,
      body: registered.body,
    });
    assert.equal((await numberNode(tenant)).is_pin_enabled, true);

    const deregistered = await post(`${pnid}/deregister`, undefined, tenant.token);
    assert.deepEqual(deregistered.body, { success: true });
    assert.equal(
      (
        await server.parley.platform.accessNumber(
          await server.parley.platform.authenticate(tenant.token),
          pnid,
          'whatsapp_business_management',
        )
      ).registeredAt,
      null,
    );
    assert.equal((await numberNode(tenant)).status, 'PENDING');

    assertGraphError(
      await post(`${pnid}/register`, { messaging_product: 'whatsapp', pin: '654321' }, tenant.token),
      400,
      133005,
    );
    assert.equal((await numberNode(tenant)).status, 'PENDING');
    const again = await post(
      `${pnid}/register`,
      { messaging_product: 'whatsapp', pin: '123456', data_localization_region: 'DE' },
      tenant.token,
    );
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.equal((await numberNode(tenant)).status, 'CONNECTED');
  });

  test('a PIN that is not six digits, a missing PIN or an unknown region is refused', async () => {
    const pnid = acme.phoneNumberId;
    assertGraphError(
      await post(`${pnid}/register`, { messaging_product: 'whatsapp', pin: '12345' }),
      400,
      131009,
    );
    assertGraphError(
      await post(`${pnid}/register`, { messaging_product: 'whatsapp', pin: 'abcdef' }),
      400,
      131009,
    );
    assertGraphError(await post(`${pnid}/register`, { messaging_product: 'whatsapp' }), 400, 131008);
    assertGraphError(
      await post(`${pnid}/register`, { messaging_product: 'whatsapp', pin: '123456', extra: 1 }),
      400,
      100,
    );
    assertGraphError(
      await post(`${pnid}/register`, {
        messaging_product: 'whatsapp',
        pin: '123456',
        data_localization_region: 'XX',
      }),
      400,
      131009,
    );
  });

  test('the 11th register or deregister call in 72 hours gets 133016; the allowance comes back', async () => {
    const tenant = await createGraphTenant(server.parley, { name: 'Busy Shop' });
    const pnid = tenant.phoneNumberId;
    for (let i = 0; i < 10; i++) {
      const reply =
        i % 2 === 0
          ? await post(`${pnid}/register`, { messaging_product: 'whatsapp', pin: '111111' }, tenant.token)
          : await post(`${pnid}/deregister`, { messaging_product: 'whatsapp' }, tenant.token);
      assert.equal(reply.status, 200, `${i}: ${JSON.stringify(reply.body)}`);
    }
    assertGraphError(
      await post(`${pnid}/register`, { messaging_product: 'whatsapp', pin: '111111' }, tenant.token),
      400,
      133016,
    );
    assertGraphError(await post(`${pnid}/deregister`, {}, tenant.token), 400, 133016);
    clock.advance(72 * HOUR + 1);
    const later = await post(
      `${pnid}/register`,
      { messaging_product: 'whatsapp', pin: '111111' },
      tenant.token,
    );
    assert.equal(later.status, 200, JSON.stringify(later.body));
  });

  test('request_code and verify_code answer success; verify_code wants six digits', async () => {
    const pnid = acme.phoneNumberId;
    assert.deepEqual((await post(`${pnid}/request_code?code_method=SMS&language=en_US`)).body, {
      success: true,
    });
    assert.deepEqual((await post(`${pnid}/request_code`, { code_method: 'VOICE', language: 'en' })).body, {
      success: true,
    });
    assertGraphError(
      await post(`${pnid}/request_code`, { code_method: 'PIGEON', language: 'en' }),
      400,
      131009,
    );
    assertGraphError(await post(`${pnid}/request_code`, { language: 'en' }), 400, 131008);
    assert.deepEqual((await post(`${pnid}/verify_code`, { code: '246810' })).body, { success: true });
    assertGraphError(await post(`${pnid}/verify_code`, { code: '12' }), 400, 131009);
  });

  test('POST /{PNID} sets the 2SV PIN and asks for a new display name that waits for review', async () => {
    const tenant = await createGraphTenant(server.parley, { name: 'Name Shop' });
    const pnid = tenant.phoneNumberId;
    assert.deepEqual((await post(pnid, { pin: '999999' }, tenant.token)).body, { success: true });
    assert.equal((await numberNode(tenant)).is_pin_enabled, true);
    assertGraphError(
      await post(`${pnid}/register`, { messaging_product: 'whatsapp', pin: '123456' }, tenant.token),
      400,
      133005,
    );
    assertGraphError(await post(pnid, { pin: '99' }, tenant.token), 400, 131009);
    assertGraphError(await post(pnid, {}, tenant.token), 400, 131008);
    assertGraphError(await post(pnid, { colour: 'red' }, tenant.token), 400, 100);

    const renamed = await post(
      `${pnid}?new_display_name=${encodeURIComponent('Name Shop Deli')}`,
      undefined,
      tenant.token,
    );
    assert.deepEqual(renamed.body, { success: true });
    assert.equal((await numberNode(tenant)).name_status, 'PENDING_REVIEW');
    assertGraphError(
      await post(`${pnid}?new_display_name=${encodeURIComponent('🍕🍕')}`, undefined, tenant.token),
      400,
      131009,
    );

    // The operator's decision makes the name the verified one.
    await server.parley.platformManagement.numbers.decideDisplayName(pnid, true);
    const node = await numberNode(tenant);
    assert.equal(node.name_status, 'APPROVED');
    assert.equal(node.verified_name, 'Name Shop Deli');
  });

  test('foreign numbers are unknown objects; a messaging-only token lacks the permission', async () => {
    for (const [path, body] of [
      ['register', { messaging_product: 'whatsapp', pin: '123456' }],
      ['deregister', undefined],
      ['request_code', { code_method: 'SMS', language: 'en' }],
      ['verify_code', { code: '123456' }],
    ] as const) {
      assertGraphError(await post(`${other.phoneNumberId}/${path}`, body), 400, 100, 33);
    }
    assertGraphError(await post(other.phoneNumberId, { pin: '123456' }), 400, 100, 33);
    const sender = await createGraphTenant(server.parley, {
      name: 'Sender Shop',
      permissions: ['whatsapp_business_messaging'],
    });
    assertGraphError(
      await post(
        `${sender.phoneNumberId}/register`,
        { messaging_product: 'whatsapp', pin: '123456' },
        sender.token,
      ),
      403,
      200,
    );
  });
});
