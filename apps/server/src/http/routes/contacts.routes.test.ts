import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertRefused, call, codeLogin, phone } from '../../test-support/accounts-api.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

describe('contacts', () => {
  let server: TestServer;
  let url: string;
  let alice: { token: string; account: { id: string } };
  let bob: { token: string; account: { id: string } };
  before(async () => {
    server = await startTestServer();
    url = server.url;
    alice = await codeLogin(url, phone(601));
    bob = await codeLogin(url, phone(602));
  });
  after(() => server.close());

  const put = (number: string, name: unknown, token = alice.token) =>
    call(url, 'PUT', `/v1/contacts/${encodeURIComponent(number)}`, { token, body: { name } });
  const list = (token = alice.token) => call(url, 'GET', '/v1/contacts', { token });

  test('saving a number normalises it and tells whether it is on Parley', async () => {
    const saved = await put('+1 415 555 0602', ' Bob ');
    assert.equal(saved.status, 200);
    assert.equal(saved.body.phone, phone(602));
    assert.equal(saved.body.name, 'Bob');
    assert.equal(saved.body.accountId, bob.account.id);
    assert.equal(typeof saved.body.createdAt, 'number');

    const stranger = await put(phone(699), 'Carol');
    assert.equal(stranger.body.accountId, null);
  });

  test('saving a saved number renames it; the list is by name', async () => {
    await put(phone(603), 'zed');
    await put(phone(604), 'Anna');
    const renamed = await call(url, 'PUT', `/v1/contacts/${phone(603)}`, {
      token: alice.token,
      body: { name: 'Yuri' },
    });
    assert.equal(renamed.status, 200);
    assert.equal(renamed.body.name, 'Yuri');
    const names = (await list()).body.contacts.map((c: { name: string }) => c.name);
    assert.deepEqual(
      names,
      [...names].sort((a: string, b: string) => a.localeCompare(b)),
    );
    assert.ok(names.includes('Yuri') && !names.includes('zed'));
  });

  test('deleting a contact, then deleting it again', async () => {
    await put(phone(605), 'Temp');
    assert.equal(
      (await call(url, 'DELETE', `/v1/contacts/${phone(605)}`, { token: alice.token })).status,
      204,
    );
    assertRefused(
      await call(url, 'DELETE', `/v1/contacts/${phone(605)}`, { token: alice.token }),
      404,
      'not_found',
    );
    assert.ok(!(await list()).body.contacts.some((c: { phone: string }) => c.phone === phone(605)));
  });

  test('an address book is its owner’s alone', async () => {
    await put(phone(606), 'Secret');
    assert.ok(!(await list(bob.token)).body.contacts.some((c: { phone: string }) => c.phone === phone(606)));
    assertRefused(
      await call(url, 'DELETE', `/v1/contacts/${phone(606)}`, { token: bob.token }),
      404,
      'not_found',
    );
    assert.ok((await list()).body.contacts.some((c: { phone: string }) => c.phone === phone(606)));
  });

  test('lookup tells which numbers are on Parley', async () => {
    const reply = await call(url, 'POST', '/v1/contacts/lookup', {
      token: alice.token,
      body: { phones: ['14155550602', phone(698), 'garbage', '+1 415 555 0601'] },
    });
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body.results, [
      { input: '14155550602', phone: phone(602), accountId: bob.account.id },
      { input: phone(698), phone: phone(698), accountId: null },
      { input: 'garbage', phone: null, accountId: null },
      { input: '+1 415 555 0601', phone: phone(601), accountId: alice.account.id },
    ]);
    const many = Array.from({ length: 1000 }, (_, i) => phone(1000 + i));
    assert.equal(
      (await call(url, 'POST', '/v1/contacts/lookup', { token: alice.token, body: { phones: many } })).status,
      200,
    );
    assertRefused(
      await call(url, 'POST', '/v1/contacts/lookup', {
        token: alice.token,
        body: { phones: [...many, phone(1)] },
      }),
      400,
      'invalid_argument',
    );
  });

  test('malformed contacts are refused', async () => {
    assertRefused(await put('not-a-number', 'X'), 400, 'invalid_argument');
    assertRefused(await put(phone(607), ''), 400, 'invalid_argument');
    assertRefused(await put(phone(607), '   '), 400, 'invalid_argument');
    assertRefused(await put(phone(607), 'n'.repeat(101)), 400, 'invalid_argument');
    assertRefused(await put(phone(607), 42), 400, 'invalid_argument');
    assertRefused(
      await call(url, 'POST', '/v1/contacts/lookup', { token: alice.token, body: {} }),
      400,
      'invalid_argument',
    );
    assertRefused(await call(url, 'GET', '/v1/contacts'), 401, 'unauthenticated');
    assertRefused(await put(phone(607), 'X', 'bad-token'), 401, 'unauthenticated');
  });
});
