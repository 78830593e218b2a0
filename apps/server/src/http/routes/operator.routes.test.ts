import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertRefused, call, codeLogin, phone } from '../../test-support/accounts-api.js';
import { startTestServer, TEST_OPERATOR_TOKEN, type TestServer } from '../../test-support/test-server.js';

describe('operator API', () => {
  let server: TestServer;
  let url: string;
  let shop: { token: string; account: { id: string } };
  let person: { token: string; account: { id: string } };
  before(async () => {
    server = await startTestServer();
    url = server.url;
    shop = await codeLogin(url, phone(851), 'Shop phone', 'business');
    person = await codeLogin(url, phone(852));
  });
  after(() => server.close());

  const standing = (accountId: string, body: unknown, token = TEST_OPERATOR_TOKEN) =>
    call(url, 'PATCH', `/v1/operator/accounts/${accountId}`, { token, body });

  test('the operator verifies a business; everyone sees the check', async () => {
    const verified = await standing(shop.account.id, { verification: 'verified' });
    assert.equal(verified.status, 200, JSON.stringify(verified.body));
    assert.equal(verified.body.verification, 'verified');
    const official = await standing(shop.account.id, { verification: 'official', premium: true });
    assert.equal(official.body.verification, 'official');
    assert.equal(official.body.premium, true);
    const seen = await call(url, 'GET', `/v1/accounts/${shop.account.id}`, { token: person.token });
    assert.equal(seen.body.verification, 'official');
    assert.equal(seen.body.premium, undefined, 'premium is the business’s own business');
    assert.equal((await call(url, 'GET', '/v1/me', { token: shop.token })).body.premium, true);
  });

  test('only the operator token opens the operator API', async () => {
    assertRefused(
      await standing(shop.account.id, { verification: 'verified' }, shop.token),
      401,
      'unauthenticated',
    );
    assertRefused(
      await call(url, 'PATCH', `/v1/operator/accounts/${shop.account.id}`, { body: { premium: false } }),
      401,
      'unauthenticated',
    );
    assertRefused(
      await standing(shop.account.id, { premium: false }, `${TEST_OPERATOR_TOKEN}x`),
      401,
      'unauthenticated',
    );
  });

  test('people are never verified or premium, and bad input is refused', async () => {
    assertRefused(await standing(person.account.id, { verification: 'official' }), 409, 'conflict');
    assertRefused(await standing(person.account.id, { premium: true }), 409, 'conflict');
    assert.equal((await standing(person.account.id, { verification: 'unverified' })).status, 200);
    assertRefused(await standing('nobody', { premium: true }), 404, 'not_found');
    assertRefused(await standing(shop.account.id, { verification: 'gold' }), 400, 'invalid_argument');
    assertRefused(await standing(shop.account.id, {}), 400, 'invalid_argument');
  });

  test('without a configured token the operator API is closed', async () => {
    const closed = await startTestServer({ env: { PARLEY_OPERATOR_TOKEN: '' } });
    try {
      const reply = await call(closed.url, 'PATCH', `/v1/operator/accounts/${shop.account.id}`, {
        token: TEST_OPERATOR_TOKEN,
        body: { premium: true },
      });
      assertRefused(reply, 403, 'forbidden');
    } finally {
      await closed.close();
    }
  });
});
