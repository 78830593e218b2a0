import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertRefused, call, codeLogin } from '../test-support/accounts-api.js';
import { assertGraphError, createGraphTenant } from '../test-support/graph-tenant.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { sandboxReport } from './sandbox-report.js';

describe('the sandbox and its test phones', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    // Someone already signed up on the first sandbox number: the sandbox must take the next ones.
    await codeLogin(server.url, '+12025550100', 'Phone', 'personal');
  });
  after(() => server.close());

  const provision = (phones?: number) => server.parley.sandbox.provision({ phones });
  const login = (token: string, deviceName = 'Browser') =>
    call(server.url, 'POST', '/v1/auth/test-phone', { body: { token, deviceName, platform: 'web' } });

  test('skips numbers that are taken and finds the same sandbox again, whatever the phone count', async () => {
    const first = await provision(2);
    assert.equal(first.number.phone, '+12025550101');
    assert.deepEqual(
      first.testPhones.map((p) => [p.name, p.phone]),
      [
        ['Test Phone 1', '+12025550102'],
        ['Test Phone 2', '+12025550103'],
      ],
    );
    const more = await provision(3);
    assert.equal(more.number.id, first.number.id);
    assert.equal(more.app.id, first.app.id);
    assert.equal(more.waba.id, first.waba.id);
    assert.deepEqual(
      more.testPhones.map((p) => p.accountId).slice(0, 2),
      first.testPhones.map((p) => p.accountId),
    );
    assert.equal(more.testPhones[2]!.phone, '+12025550104');
    assert.deepEqual(await server.parley.platform.subscriptions(more.waba.id).then((s) => s.length), 1);
    assert.notEqual(more.number.registeredAt, null, 'the number is registered and can send');
  });

  test('the token reaches only the sandbox: another business stays invisible', async () => {
    const sandbox = await provision(1);
    const other = await createGraphTenant(server.parley, { name: 'Other Shop' });
    const own = await call(server.url, 'GET', `/v23.0/${sandbox.waba.id}`, { token: sandbox.accessToken });
    assert.equal(own.status, 200, JSON.stringify(own.body));
    assertGraphError(
      await call(server.url, 'GET', `/v23.0/${other.phoneNumberId}`, { token: sandbox.accessToken }),
      400,
      100,
      33,
    );
  });

  test('a login link signs the test phone in as a new device; a new run replaces the links', async () => {
    const sandbox = await provision(2);
    const report = sandboxReport(sandbox, server.url);
    const link = new URL(report.test_phones[1]!.login_url);
    assert.equal(link.pathname, '/login/test-phone');
    const token = link.hash.slice(1);

    const signedIn = await login(token);
    assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
    assert.equal(signedIn.body.account.name, 'Test Phone 2');
    assert.equal(signedIn.body.device.name, 'Browser');
    assert.equal(signedIn.body.created, false);
    const me = await call(server.url, 'GET', '/v1/me', { token: signedIn.body.token });
    assert.equal(me.status, 200);
    assert.equal(me.body.phone, report.test_phones[1]!.phone);

    // The link stays usable until the next run; like a code login, it replaces the phone's device.
    const again = await login(token, 'Other browser');
    assert.equal(again.status, 200);
    assertRefused(
      await call(server.url, 'GET', '/v1/me', { token: signedIn.body.token }),
      401,
      'unauthenticated',
    );

    await provision(2);
    assertRefused(await login(token), 401, 'unauthenticated');
  });

  test("Meta's quick start: the token sends the approved hello_world template to a test phone", async () => {
    const sandbox = await provision(1);
    const report = sandboxReport(sandbox, server.url);
    const templates = await server.parley.templates.list(
      sandbox.waba.id,
      { name: 'hello_world' },
      { limit: 10 },
    );
    assert.deepEqual(
      templates.data.map((t) => [t.language, t.status]),
      [['en_US', 'APPROVED']],
      'one sample template, however often the sandbox runs',
    );

    const sent = await call(server.url, 'POST', `/v23.0/${report.phone_number_id}/messages`, {
      token: report.access_token,
      body: {
        messaging_product: 'whatsapp',
        to: report.test_phones[0]!.wa_id,
        type: 'template',
        template: { name: 'hello_world', language: { code: 'en_US' } },
      },
    });
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    assert.match(sent.body.messages[0].id, /^wamid\./);

    const phone = await login(new URL(report.test_phones[0]!.login_url).hash.slice(1));
    const chats = await call(server.url, 'GET', '/v1/chats', { token: phone.body.token });
    const withBusiness = chats.body.chats.find(
      (summary: { peerId: string }) => summary.peerId === sandbox.number.accountId,
    );
    assert.equal(withBusiness?.lastMessage?.type, 'template', JSON.stringify(chats.body));
    assert.equal(withBusiness.lastMessage.content.name, 'hello_world');
  });

  test('refuses malformed and unknown login tokens', async () => {
    assertRefused(await login('short'), 400, 'invalid_argument');
    assertRefused(await login('x'.repeat(43)), 401, 'unauthenticated');
    const extra = await call(server.url, 'POST', '/v1/auth/test-phone', {
      body: { token: 'x'.repeat(43), phone: '+12025550102' },
    });
    assert.equal(extra.status, 400);
  });
});
