import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertRefused, call, codeLogin, phone } from '../../test-support/accounts-api.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

describe('profiles', () => {
  let server: TestServer;
  let url: string;
  let alice: { token: string; account: { id: string } };
  let bob: { token: string; account: { id: string } };
  before(async () => {
    server = await startTestServer();
    url = server.url;
    alice = await codeLogin(url, phone(401));
    bob = await codeLogin(url, phone(402));
  });
  after(() => server.close());

  const patch = (body: unknown, token = alice.token) => call(url, 'PATCH', '/v1/me', { token, body });

  test('the owner updates name and about, trimmed', async () => {
    const reply = await patch({ name: '  Alice  ', about: 'Busy' });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.name, 'Alice');
    assert.equal(reply.body.about, 'Busy');
    assert.equal(reply.body.phone, phone(401));
    const me = await call(url, 'GET', '/v1/me', { token: alice.token });
    assert.deepEqual(me.body, reply.body);
  });

  test('names are at most 25 characters and about at most 139, counted as people count', async () => {
    assert.equal((await patch({ name: '👩‍💻'.repeat(5) })).status, 200);
    assert.equal((await patch({ name: 'n'.repeat(25), about: 'a'.repeat(139) })).status, 200);
    assertRefused(await patch({ name: 'n'.repeat(26) }), 400, 'invalid_argument');
    assertRefused(await patch({ about: 'a'.repeat(140) }), 400, 'invalid_argument');
  });

  test('malformed changes are refused', async () => {
    assertRefused(await patch({}), 400, 'invalid_argument');
    assertRefused(await patch({ nickname: 'x' }), 400, 'invalid_argument');
    assertRefused(await patch({ name: 7 }), 400, 'invalid_argument');
    assertRefused(await patch({ photoMediaId: 'not valid!' }), 400, 'invalid_argument');
    assertRefused(await call(url, 'PATCH', '/v1/me', { body: { name: 'x' } }), 401, 'unauthenticated');
  });

  test('a photo must be uploaded media; null removes it', async () => {
    assertRefused(await patch({ photoMediaId: 'no-such-media' }), 404, 'not_found');
    const cleared = await patch({ photoMediaId: null });
    assert.equal(cleared.status, 200);
    assert.equal(cleared.body.photoMediaId, null);
  });

  test('anyone signed in sees another account’s public profile, and only that', async () => {
    await patch({ name: 'Bob B', about: 'Hi' }, bob.token);
    const reply = await call(url, 'GET', `/v1/accounts/${bob.account.id}`, { token: alice.token });
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, {
      id: bob.account.id,
      phone: phone(402),
      kind: 'personal',
      verification: 'unverified',
      name: 'Bob B',
      about: 'Hi',
      photoMediaId: null,
    });
    assertRefused(await call(url, 'GET', '/v1/accounts/nobody', { token: alice.token }), 404, 'not_found');
    assertRefused(
      await call(url, 'GET', '/v1/accounts/bad%20id', { token: alice.token }),
      400,
      'invalid_argument',
    );
    assertRefused(await call(url, 'GET', `/v1/accounts/${bob.account.id}`), 401, 'unauthenticated');
  });
});
