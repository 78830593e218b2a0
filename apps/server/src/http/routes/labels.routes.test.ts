import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertRefused, call, codeLogin, phone } from '../../test-support/accounts-api.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

type Session = { token: string; account: { id: string } };
type LabelBody = {
  id: string;
  name: string;
  colour: number;
  predefined: string | null;
  chatCount: number;
  contactCount: number;
  createdAt: number;
};

describe('labels', () => {
  let server: TestServer;
  let url: string;
  let shop: Session;
  let rival: Session;
  let person: Session;
  let customer: Session;
  before(async () => {
    server = await startTestServer();
    url = server.url;
    shop = await codeLogin(url, phone(701), 'Shop phone', 'business');
    rival = await codeLogin(url, phone(702), 'Rival phone', 'business');
    person = await codeLogin(url, phone(703));
    customer = await codeLogin(url, phone(704));
  });
  after(() => server.close());

  const list = async (token = shop.token): Promise<LabelBody[]> => {
    const reply = await call(url, 'GET', '/v1/business/labels', { token });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body.labels;
  };
  const create = (body: unknown, token = shop.token) =>
    call(url, 'POST', '/v1/business/labels', { token, body });
  const created = async (name: string, token = shop.token): Promise<LabelBody> => {
    const reply = await create({ name, colour: 9 }, token);
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    return reply.body;
  };
  const patch = (labelId: string, body: unknown, token = shop.token) =>
    call(url, 'PATCH', `/v1/business/labels/${labelId}`, { token, body });
  const assignments = async (token = shop.token) => {
    const reply = await call(url, 'GET', '/v1/business/label-assignments', { token });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body as { chats: Record<string, string[]>; contacts: Record<string, string[]> };
  };
  const onChat = (method: 'PUT' | 'DELETE', labelId: string, chatId: string, token = shop.token) =>
    call(url, method, `/v1/business/labels/${labelId}/chats/${chatId}`, { token });
  const onContact = (method: 'PUT' | 'DELETE', labelId: string, number: string, token = shop.token) =>
    call(url, method, `/v1/business/labels/${labelId}/contacts/${encodeURIComponent(number)}`, { token });
  const openChat = async (from: Session, to: Session): Promise<string> => {
    const reply = await call(url, 'POST', '/v1/chats/direct', {
      token: from.token,
      body: { accountId: to.account.id },
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body.id;
  };
  const saveContact = async (owner: Session, number: string, name: string) => {
    const reply = await call(url, 'PUT', `/v1/contacts/${encodeURIComponent(number)}`, {
      token: owner.token,
      body: { name },
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
  };

  test('a business starts with the five defaults, unnamed and unused', async () => {
    const reply = await call(url, 'GET', '/v1/business/labels', { token: rival.token });
    assert.equal(reply.body.limit, 20);
    const labels: LabelBody[] = reply.body.labels;
    assert.deepEqual(
      labels.map((l) => l.predefined),
      ['new_customer', 'new_order', 'pending_payment', 'paid', 'order_complete'],
    );
    assert.ok(labels.every((l) => l.name === '' && l.chatCount === 0 && l.contactCount === 0));
    assert.equal(new Set(labels.map((l) => l.colour)).size, 5);
    // Listing again does not add them twice.
    assert.deepEqual(await list(rival.token), labels);
  });

  test('first requests that race still seed the defaults once', async () => {
    const fresh: Session = await codeLogin(url, phone(705), 'Fresh', 'business');
    const lists = await Promise.all([1, 2, 3, 4].map(() => list(fresh.token)));
    for (const labels of lists) assert.equal(labels.length, 5);
    assert.equal((await list(fresh.token)).length, 5);
  });

  test('creating, renaming, recolouring and deleting a label', async () => {
    const reply = await create({ name: '  VIP ', colour: 19 });
    assert.equal(reply.status, 201);
    const vip: LabelBody = reply.body;
    assert.equal(vip.name, 'VIP');
    assert.equal(vip.colour, 19);
    assert.equal(vip.predefined, null);
    assert.equal(typeof vip.id, 'string');
    assert.equal((await list()).at(-1)?.id, vip.id);

    const renamed = await patch(vip.id, { name: 'Very important', colour: 0 });
    assert.equal(renamed.status, 200);
    assert.equal(renamed.body.name, 'Very important');
    assert.equal(renamed.body.colour, 0);
    assert.equal(renamed.body.chatCount, 0);

    assert.equal(
      (await call(url, 'DELETE', `/v1/business/labels/${vip.id}`, { token: shop.token })).status,
      204,
    );
    assertRefused(
      await call(url, 'DELETE', `/v1/business/labels/${vip.id}`, { token: shop.token }),
      404,
      'not_found',
    );
    assertRefused(await patch(vip.id, { name: 'Back' }), 404, 'not_found');
    assert.ok(!(await list()).some((l) => l.id === vip.id));
  });

  test('a renamed default keeps its key, and an empty name brings back its wording', async () => {
    const paid = (await list()).find((l) => l.predefined === 'paid')!;
    const renamed = await patch(paid.id, { name: 'Bezahlt' });
    assert.equal(renamed.status, 200);
    assert.equal(renamed.body.name, 'Bezahlt');
    assert.equal(renamed.body.predefined, 'paid');
    assert.equal((await patch(paid.id, { name: '' })).body.name, '');
    const own = await created('Wholesale');
    assertRefused(await patch(own.id, { name: '' }), 400, 'invalid_argument');
    assertRefused(await patch(own.id, { name: '   ' }), 400, 'invalid_argument');
  });

  test('a bad colour, name or body is refused', async () => {
    for (const colour of [20, -1, 1.5, 'red', '#ff0000', null]) {
      assertRefused(await create({ name: 'X', colour }), 400, 'invalid_argument');
    }
    assertRefused(await create({ name: '', colour: 1 }), 400, 'invalid_argument');
    assertRefused(await create({ name: 'x'.repeat(101), colour: 1 }), 400, 'invalid_argument');
    assertRefused(await create({ name: 'nul\u0000', colour: 1 }), 400, 'invalid_argument');
    assertRefused(await create({ name: 'X' }), 400, 'invalid_argument');
    assertRefused(await create({ name: 'X', colour: 1, extra: true }), 400, 'invalid_argument');
    const label = (await list())[0]!;
    assertRefused(await patch(label.id, {}), 400, 'invalid_argument');
    assertRefused(await patch(label.id, { colour: 20 }), 400, 'invalid_argument');
    assertRefused(await patch('bad id!', { colour: 1 }), 400, 'invalid_argument');
  });

  test('twenty labels at most, the defaults included', async () => {
    const busy: Session = await codeLogin(url, phone(706), 'Busy', 'business');
    for (let i = 0; i < 15; i++) await created(`Label ${i}`, busy.token);
    const refused = await create({ name: 'One too many', colour: 3 }, busy.token);
    assertRefused(refused, 422, 'limit_exceeded');
    assert.equal(refused.body.error.details.limit, 20);
    const labels = await list(busy.token);
    assert.equal(labels.length, 20);
    const deleted = await call(url, 'DELETE', `/v1/business/labels/${labels[0]!.id}`, { token: busy.token });
    assert.equal(deleted.status, 204);
    assert.equal((await create({ name: 'Now it fits', colour: 3 }, busy.token)).status, 201);
    // A deleted default does not come back.
    assert.ok(!(await list(busy.token)).some((l) => l.id === labels[0]!.id));
  });

  test('labels go on chats the business is in, and the chat list can filter by them', async () => {
    const chatId = await openChat(customer, shop);
    const label = await created('Follow up');
    const paid = (await list()).find((l) => l.predefined === 'paid')!;
    for (let i = 0; i < 2; i++) assert.equal((await onChat('PUT', label.id, chatId)).status, 204);
    assert.equal((await onChat('PUT', paid.id, chatId)).status, 204);
    assert.deepEqual([...((await assignments()).chats[chatId] ?? [])].sort(), [label.id, paid.id].sort());
    assert.equal((await list()).find((l) => l.id === label.id)?.chatCount, 1);

    assertRefused(await onChat('PUT', label.id, 'no-such-chat'), 404, 'not_found');
    const notMine = await openChat(customer, person);
    assertRefused(await onChat('PUT', label.id, notMine), 404, 'not_found');
    assertRefused(await onChat('PUT', 'no-such-label', chatId), 404, 'not_found');

    assert.equal((await onChat('DELETE', label.id, chatId)).status, 204);
    assert.deepEqual((await assignments()).chats[chatId], [paid.id]);
    assert.equal((await onChat('DELETE', paid.id, chatId)).status, 204);
    assert.equal((await assignments()).chats[chatId], undefined);
  });

  test('labels go on saved contacts, by number as typed', async () => {
    await saveContact(shop, phone(704), 'Customer');
    const label = await created('Regular');
    assert.equal((await onContact('PUT', label.id, '+1 415 555 0704')).status, 204);
    assert.deepEqual((await assignments()).contacts[phone(704)], [label.id]);
    assert.equal((await list()).find((l) => l.id === label.id)?.contactCount, 1);

    assertRefused(await onContact('PUT', label.id, phone(799)), 404, 'not_found');
    assertRefused(await onContact('PUT', label.id, 'not a number'), 400, 'invalid_argument');
    assert.equal((await onContact('DELETE', label.id, phone(704))).status, 204);
    assert.equal((await assignments()).contacts[phone(704)], undefined);
  });

  test('deleting a label takes it off its chats and contacts', async () => {
    const chatId = await openChat(shop, customer);
    await saveContact(shop, phone(704), 'Customer');
    const label = await created('Short-lived');
    await onChat('PUT', label.id, chatId);
    await onContact('PUT', label.id, phone(704));
    await call(url, 'DELETE', `/v1/business/labels/${label.id}`, { token: shop.token });
    const after = await assignments();
    assert.ok(!(after.chats[chatId] ?? []).includes(label.id));
    assert.ok(!(after.contacts[phone(704)] ?? []).includes(label.id));
  });

  test('a label reaches the peers of its chats and the accounts of its contacts', async () => {
    const label = await created('Broadcast me');
    const buyer: Session = await codeLogin(url, phone(707));
    await onChat('PUT', label.id, await openChat(buyer, shop));
    await saveContact(shop, phone(704), 'Customer');
    await saveContact(shop, phone(798), 'Not on Parley');
    await onContact('PUT', label.id, phone(704));
    await onContact('PUT', label.id, phone(798));
    const group = await call(url, 'POST', '/v1/groups', {
      token: shop.token,
      body: { subject: 'Suppliers', memberIds: [person.account.id] },
    });
    assert.equal(group.status, 201, JSON.stringify(group.body));
    await onChat('PUT', label.id, group.body.id);
    const reached = await call(url, 'GET', `/v1/business/labels/${label.id}/recipients`, {
      token: shop.token,
    });
    assert.equal(reached.status, 200, JSON.stringify(reached.body));
    assert.deepEqual(
      reached.body.recipients,
      [
        { accountId: buyer.account.id, phone: phone(707) },
        { accountId: customer.account.id, phone: phone(704) },
      ].sort((a, b) => (a.accountId < b.accountId ? -1 : 1)),
    );
    assertRefused(
      await call(url, 'GET', `/v1/business/labels/${label.id}/recipients`, { token: rival.token }),
      404,
      'not_found',
    );
  });

  test('one business cannot see or touch another’s labels', async () => {
    const label = await created('Private');
    assert.ok(!(await list(rival.token)).some((l) => l.id === label.id));
    assertRefused(await patch(label.id, { name: 'Mine now' }, rival.token), 404, 'not_found');
    assertRefused(
      await call(url, 'DELETE', `/v1/business/labels/${label.id}`, { token: rival.token }),
      404,
      'not_found',
    );
    const rivalChat = await openChat(customer, rival);
    assertRefused(await onChat('PUT', label.id, rivalChat, rival.token), 404, 'not_found');
    assert.equal((await list()).find((l) => l.id === label.id)?.name, 'Private');
  });

  test('personal accounts and strangers are refused', async () => {
    const label = (await list())[0]!;
    const chatId = await openChat(person, customer);
    const attempts = [
      () => call(url, 'GET', '/v1/business/labels', { token: person.token }),
      () => create({ name: 'X', colour: 1 }, person.token),
      () => patch(label.id, { name: 'X' }, person.token),
      () => call(url, 'DELETE', `/v1/business/labels/${label.id}`, { token: person.token }),
      () => call(url, 'GET', '/v1/business/label-assignments', { token: person.token }),
      () => onChat('PUT', label.id, chatId, person.token),
      () => onChat('DELETE', label.id, chatId, person.token),
      () => onContact('PUT', label.id, phone(704), person.token),
      () => onContact('DELETE', label.id, phone(704), person.token),
    ];
    for (const attempt of attempts) assertRefused(await attempt(), 404, 'not_found');
    assertRefused(await call(url, 'GET', '/v1/business/labels'), 401, 'unauthenticated');
    assertRefused(await call(url, 'GET', '/v1/business/label-assignments'), 401, 'unauthenticated');
  });
});
