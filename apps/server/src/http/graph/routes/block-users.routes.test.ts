import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, ManualClock, phone } from '../../../test-support/accounts-api.js';
import { signIn, type Session } from '../../../test-support/catalog-api.js';
import { assertGraphError, createGraphTenant, type GraphTenant } from '../../../test-support/graph-tenant.js';
import { assertMetaResponse } from '../../../test-support/meta-openapi.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';

const HOUR = 60 * 60 * 1000;
const META_PATH = '/{Version}/{Phone-Number-ID}/block_users';

describe('Graph /{PNID}/block_users', () => {
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

  /** A person who writes to the number; resolves with the session and the chat. */
  async function writes(n: number): Promise<{ session: Session; chatId: string }> {
    const session = await signIn(server.url, n);
    const chat = await call(server.url, 'POST', '/v1/chats/direct', {
      token: session.token,
      body: { accountId: acme.accountId },
    });
    assert.equal(chat.status < 300, true, JSON.stringify(chat.body));
    const said = await say(session, chat.body.id);
    assert.equal(said.status, 201, JSON.stringify(said.body));
    return { session, chatId: chat.body.id };
  }
  const say = (session: Session, chatId: string) =>
    call(server.url, 'POST', `/v1/chats/${chatId}/messages`, {
      token: session.token,
      body: { type: 'text', content: { body: 'Hello shop' } },
    });
  const block = (method: 'POST' | 'DELETE', users: string[], token = acme.token, pnid = acme.phoneNumberId) =>
    call(server.url, method, `/v23.0/${pnid}/block_users`, {
      token,
      body: { messaging_product: 'whatsapp', block_users: users.map((user) => ({ user })) },
    });

  test('someone who wrote in the last 24 h is blocked and can no longer message the number', async () => {
    const { session, chatId } = await writes(5101);
    const reply = await block('POST', [phone(5101)]);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.deepEqual(reply.body, {
      messaging_product: 'whatsapp',
      block_users: { added_users: [{ input: phone(5101), wa_id: phone(5101).slice(1) }] },
    });
    assertMetaResponse({ method: 'post', path: META_PATH, status: 200, body: reply.body });
    // As when a person blocks someone: the blocked person's message is kept for them alone.
    const unseen = await say(session, chatId);
    assert.equal(unseen.status, 201, JSON.stringify(unseen.body));
    const business = (await server.parley.messaging.history(acme.accountId, chatId, undefined, 50)).messages;
    assert.equal(
      business.some((m) => m.id === unseen.body.id),
      false,
    );
    assert.equal(business.length, 1);

    const listed = await call(server.url, 'GET', `/v23.0/${acme.phoneNumberId}/block_users`, {
      token: acme.token,
    });
    assert.deepEqual(listed.body.data, [{ messaging_product: 'whatsapp', wa_id: phone(5101).slice(1) }]);
    assertMetaResponse({ method: 'get', path: META_PATH, status: 200, body: listed.body });

    const unblocked = await block('DELETE', [phone(5101).slice(1)]);
    assert.equal(unblocked.status, 200, JSON.stringify(unblocked.body));
    assert.deepEqual(unblocked.body.block_users, {
      removed_users: [{ input: phone(5101).slice(1), wa_id: phone(5101).slice(1) }],
    });
    assertMetaResponse({ method: 'delete', path: META_PATH, status: 200, body: unblocked.body });
    const seen = await say(session, chatId);
    const history = (await server.parley.messaging.history(acme.accountId, chatId, undefined, 50)).messages;
    assert.equal(
      history.some((m) => m.id === seen.body.id),
      true,
    );
  });

  test('someone who last wrote over 24 h ago, or never, fails with 131047 and the 139100 error', async () => {
    await writes(5102);
    clock.advance(25 * HOUR);
    await writes(5103);
    await signIn(server.url, 5104);
    const reply = await block('POST', [phone(5102), phone(5103), phone(5104), '+1999', phone(5999)]);
    assertGraphError(reply, 400, 139100);
    assert.equal(reply.body.messaging_product, 'whatsapp');
    assert.deepEqual(reply.body.block_users.added_users, [
      { input: phone(5103), wa_id: phone(5103).slice(1) },
    ]);
    const failed = reply.body.block_users.failed_users as { input: string; errors: { code: number }[] }[];
    assert.deepEqual(
      failed.map((f) => [f.input, f.errors[0]!.code]),
      [
        [phone(5102), 131047],
        [phone(5104), 131047],
        ['+1999', 131009],
        [phone(5999), 131047],
      ],
    );
  });

  test('another business cannot be blocked', async () => {
    const shop = await signIn(server.url, 5105, 'business');
    const chat = await call(server.url, 'POST', '/v1/chats/direct', {
      token: shop.token,
      body: { accountId: acme.accountId },
    });
    await say(shop, chat.body.id);
    const reply = await block('POST', [phone(5105)]);
    assertGraphError(reply, 400, 139100);
    assert.equal(reply.body.block_users.failed_users[0].errors[0].code, 131009);
  });

  test('paging, bad bodies, foreign numbers and permissions', async () => {
    for (const n of [5111, 5112, 5113]) await writes(n);
    const added = await block('POST', [phone(5111), phone(5112), phone(5113)]);
    assert.equal(added.status, 200, JSON.stringify(added.body));
    const first = await call(server.url, 'GET', `/v23.0/${acme.phoneNumberId}/block_users?limit=2`, {
      token: acme.token,
    });
    assert.equal(first.body.data.length, 2);
    const next = new URL(first.body.paging.next);
    const second = await call(server.url, 'GET', `${next.pathname}${next.search}`, { token: acme.token });
    assert.equal(second.body.paging?.next, undefined);
    const all = [...first.body.data, ...second.body.data].map((d: { wa_id: string }) => d.wa_id);
    assert.equal(new Set(all).size, all.length);
    assert.ok(all.includes(phone(5113).slice(1)));

    assertGraphError(
      await call(server.url, 'POST', `/v23.0/${acme.phoneNumberId}/block_users`, {
        token: acme.token,
        body: { messaging_product: 'whatsapp' },
      }),
      400,
      131008,
    );
    assertGraphError(await block('POST', []), 400, 131009);
    assertGraphError(await block('POST', [phone(5111)], acme.token, other.phoneNumberId), 400, 100, 33);
    assertGraphError(
      await call(server.url, 'GET', `/v23.0/${other.phoneNumberId}/block_users`, { token: acme.token }),
      400,
      100,
      33,
    );
    const manager = await createGraphTenant(server.parley, {
      name: 'Manager Shop',
      permissions: ['whatsapp_business_management'],
    });
    assertGraphError(await block('POST', [phone(5111)], manager.token, manager.phoneNumberId), 403, 200);
  });
});
