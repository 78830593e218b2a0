import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call } from '../../test-support/accounts-api.js';
import { assertGraphError, createGraphTenant, type GraphTenant } from '../../test-support/graph-tenant.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

describe('Graph surface: routing, tokens, tenancy, envelope and paging', () => {
  let server: TestServer;
  let acme: GraphTenant;
  let other: GraphTenant;

  before(async () => {
    server = await startTestServer();
    acme = await createGraphTenant(server.parley, { name: 'Acme Shop' });
    other = await createGraphTenant(server.parley, { name: 'Other Shop' });
  });
  after(() => server.close());

  test('any /vNN.N prefix, a bearer header or ?access_token= reach the same node', async () => {
    for (const path of [
      `/v23.0/${acme.phoneNumberId}`,
      `/v19.0/${acme.phoneNumberId}`,
      `/${acme.phoneNumberId}`,
    ]) {
      const reply = await call(server.url, 'GET', path, { token: acme.token });
      assert.equal(reply.status, 200, path);
      assert.equal(reply.body.id, acme.phoneNumberId);
      assert.equal(reply.body.verified_name, 'Acme Shop');
      assert.match(reply.body.display_phone_number, /^\+1 /);
    }
    const byQuery = await call(server.url, 'GET', `/v23.0/${acme.phoneNumberId}?access_token=${acme.token}`);
    assert.equal(byQuery.status, 200);
    const response = await fetch(`${server.url}/v23.0/${acme.wabaId}?access_token=${acme.token}`);
    assert.equal(response.headers.get('facebook-api-version'), 'v23.0');
    assert.ok(response.headers.get('x-fb-trace-id'));
  });

  test('fields= picks what a node shows; id always comes back', async () => {
    const reply = await call(
      server.url,
      'GET',
      `/v23.0/${acme.phoneNumberId}?fields=name_status,throughput`,
      {
        token: acme.token,
      },
    );
    assert.deepEqual(reply.body, {
      id: acme.phoneNumberId,
      name_status: 'APPROVED',
      throughput: { level: 'STANDARD' },
    });
    const waba = await call(server.url, 'GET', `/v23.0/${acme.wabaId}`, { token: acme.token });
    assert.deepEqual(Object.keys(waba.body).sort(), [
      'id',
      'message_template_namespace',
      'name',
      'timezone_id',
    ]);
  });

  test('no token, a bad token, another tenant and unknown ids get the Graph envelope', async () => {
    assertGraphError(await call(server.url, 'GET', `/v23.0/${acme.phoneNumberId}`), 401, 190);
    assertGraphError(
      await call(server.url, 'GET', `/v23.0/${acme.phoneNumberId}`, { token: 'EAAnope' }),
      401,
      190,
    );
    const foreign = await call(server.url, 'GET', `/v23.0/${other.phoneNumberId}`, { token: acme.token });
    assertGraphError(foreign, 400, 100, 33);
    assert.equal(foreign.body.error.type, 'GraphMethodException');
    assertGraphError(
      await call(server.url, 'GET', `/v23.0/${other.wabaId}/phone_numbers`, { token: acme.token }),
      400,
      100,
      33,
    );
    assertGraphError(
      await call(server.url, 'GET', '/v23.0/3999999999999999', { token: acme.token }),
      400,
      100,
      33,
    );
    assertGraphError(await call(server.url, 'GET', '/v23.0/not-an-id', { token: acme.token }), 400, 100, 33);
    assertGraphError(
      await call(server.url, 'GET', `/v23.0/${acme.wabaId}/no_such_edge`, { token: acme.token }),
      400,
      100,
    );
  });

  test('a token without the management grant cannot read the WABA', async () => {
    const user = await server.parley.platform.createSystemUser(acme.portfolioId, 'sender only');
    const { token } = await server.parley.platform.issueToken(user, {
      permissions: ['whatsapp_business_messaging'],
      wabaIds: [acme.wabaId],
    });
    assertGraphError(await call(server.url, 'GET', `/v23.0/${acme.wabaId}`, { token }), 403, 200);
  });

  test('a revoked token stops working at once', async () => {
    const user = await server.parley.platform.createSystemUser(acme.portfolioId, 'short lived');
    const { token, accessToken } = await server.parley.platform.issueToken(user, {
      permissions: ['whatsapp_business_management'],
      wabaIds: [acme.wabaId],
    });
    assert.equal((await call(server.url, 'GET', `/v23.0/${acme.wabaId}`, { token })).status, 200);
    await server.parley.platform.revokeToken(acme.portfolioId, accessToken.id);
    assertGraphError(await call(server.url, 'GET', `/v23.0/${acme.wabaId}`, { token }), 401, 190);
  });

  test('phone_numbers pages with cursors and a next link only while more remain', async () => {
    await server.parley.platform.addNumber(acme.wabaId, '+12025559001', 'Acme Support');
    await server.parley.platform.addNumber(acme.wabaId, '+12025559002', 'Acme Sales');
    const first = await call(server.url, 'GET', `/v23.0/${acme.wabaId}/phone_numbers?limit=2`, {
      token: acme.token,
    });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.data.length, 2);
    assert.deepEqual(Object.keys(first.body.data[0]).sort(), [
      'display_phone_number',
      'id',
      'quality_rating',
      'verified_name',
    ]);
    const next = new URL(first.body.paging.next);
    assert.equal(next.pathname, `/v23.0/${acme.wabaId}/phone_numbers`);
    const second = await call(server.url, 'GET', `${next.pathname}${next.search}`, { token: acme.token });
    assert.equal(second.body.data.length, 1);
    assert.equal(second.body.paging.next, undefined);
    const ids = [...first.body.data, ...second.body.data].map((n: { id: string }) => n.id);
    assert.equal(new Set(ids).size, 3);
  });

  test('the client API is untouched by the rewrite', async () => {
    const reply = await call(server.url, 'GET', '/v1/me', { token: 'not-a-device-token' });
    assert.equal(reply.status, 401);
    assert.equal(reply.body.error.code, 'unauthenticated');
  });
});
