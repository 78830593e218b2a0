import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertRefused, call, codeLogin, phone } from '../../test-support/accounts-api.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

describe('blocks and reports', () => {
  let server: TestServer;
  let url: string;
  let alice: { token: string; account: { id: string } };
  let bob: { token: string; account: { id: string } };
  before(async () => {
    server = await startTestServer();
    url = server.url;
    alice = await codeLogin(url, phone(701));
    bob = await codeLogin(url, phone(702));
  });
  after(() => server.close());

  const blocks = (token = alice.token) => call(url, 'GET', '/v1/blocks', { token });

  test('blocking and unblocking an account', async () => {
    assert.deepEqual((await blocks()).body, { accountIds: [] });
    assert.equal(
      (await call(url, 'PUT', `/v1/blocks/${bob.account.id}`, { token: alice.token })).status,
      204,
    );
    // Blocking twice is the same as once.
    assert.equal(
      (await call(url, 'PUT', `/v1/blocks/${bob.account.id}`, { token: alice.token })).status,
      204,
    );
    assert.deepEqual((await blocks()).body, { accountIds: [bob.account.id] });
    assert.deepEqual((await blocks(bob.token)).body, { accountIds: [] });
    assert.equal(
      (await call(url, 'DELETE', `/v1/blocks/${bob.account.id}`, { token: alice.token })).status,
      204,
    );
    assert.deepEqual((await blocks()).body, { accountIds: [] });
  });

  test('blocking yourself or nobody is refused', async () => {
    assertRefused(
      await call(url, 'PUT', `/v1/blocks/${alice.account.id}`, { token: alice.token }),
      400,
      'invalid_argument',
    );
    assertRefused(await call(url, 'PUT', '/v1/blocks/nobody', { token: alice.token }), 404, 'not_found');
    assertRefused(
      await call(url, 'PUT', '/v1/blocks/bad%20id', { token: alice.token }),
      400,
      'invalid_argument',
    );
    assertRefused(await call(url, 'PUT', `/v1/blocks/${bob.account.id}`), 401, 'unauthenticated');
    assertRefused(await call(url, 'GET', '/v1/blocks'), 401, 'unauthenticated');
  });

  test('reporting an account', async () => {
    const reply = await call(url, 'POST', '/v1/reports', {
      token: alice.token,
      body: { accountId: bob.account.id, reason: 'spam', messageIds: ['m1', 'm2'] },
    });
    assert.equal(reply.status, 201);
    assert.equal(reply.body.accountId, bob.account.id);
    assert.equal(reply.body.chatId, null);
    assert.equal(reply.body.reason, 'spam');
    assert.deepEqual(reply.body.messageIds, ['m1', 'm2']);
    assert.equal(typeof reply.body.id, 'string');
  });

  test('malformed or pointless reports are refused', async () => {
    const report = (body: unknown) => call(url, 'POST', '/v1/reports', { token: alice.token, body });
    assertRefused(await report({ accountId: 'nobody', reason: 'spam' }), 404, 'not_found');
    assertRefused(await report({ accountId: alice.account.id, reason: 'spam' }), 400, 'invalid_argument');
    assertRefused(await report({ accountId: bob.account.id }), 400, 'invalid_argument');
    assertRefused(await report({ accountId: bob.account.id, reason: '' }), 400, 'invalid_argument');
    assertRefused(
      await report({ accountId: bob.account.id, reason: 'x', extra: true }),
      400,
      'invalid_argument',
    );
    assertRefused(
      await call(url, 'POST', '/v1/reports', { body: { accountId: bob.account.id, reason: 'spam' } }),
      401,
      'unauthenticated',
    );
  });
});
