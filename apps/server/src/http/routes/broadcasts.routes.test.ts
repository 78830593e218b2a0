import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertRefused, call, codeLogin, ManualClock, phone } from '../../test-support/accounts-api.js';
import { eventually, Inbox, signUp } from '../../test-support/clients.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

type Customer = Awaited<ReturnType<typeof signUp>> & { inbox: Inbox };
interface Business {
  token: string;
  account: { id: string; phone: string };
}

describe('broadcast lists and statistics', () => {
  const clock = new ManualClock(Date.UTC(2030, 0, 1, 9));
  let server: TestServer;
  let url: string;
  let bakery: Business;
  let customers: Customer[];

  const as = (token: string) => ({
    get: (path: string) => call(url, 'GET', path, { token }),
    post: (path: string, body: unknown) => call(url, 'POST', path, { token, body }),
    patch: (path: string, body: unknown) => call(url, 'PATCH', path, { token, body }),
    delete: (path: string) => call(url, 'DELETE', path, { token }),
  });

  async function customer(savesNumberOf?: Business): Promise<Customer> {
    const signedUp = await signUp(url);
    if (savesNumberOf !== undefined) {
      await signedUp.client.request(
        'PUT',
        `/v1/contacts/${encodeURIComponent(savesNumberOf.account.phone)}`,
        {
          name: 'Corner Bakery',
        },
      );
    }
    const inbox = new Inbox(signedUp.client);
    await signedUp.client.connect();
    return { ...signedUp, inbox };
  }

  before(async () => {
    server = await startTestServer({ clock, env: { PARLEY_OTP_SENDS_PER_ADDRESS_PER_HOUR: '1000' } });
    url = server.url;
    bakery = await codeLogin(url, phone(901), 'Bakery phone', 'business');
    customers = [await customer(bakery), await customer(bakery), await customer()];
  });
  after(async () => {
    for (const c of customers) c.client.disconnect();
    await server.close();
  });

  test('a broadcast reaches those who saved the number; receipts move its statuses', async () => {
    const api = as(bakery.token);
    const created = await api.post('/v1/business/broadcast-lists', {
      name: ' Regulars ',
      recipients: customers.map((c) => c.phone),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.name, 'Regulars');
    assert.deepEqual(
      created.body.recipients.map((r: { accountId: string; savedNumber: boolean }) => [
        r.accountId,
        r.savedNumber,
      ]),
      customers.map((c, i) => [c.accountId, i < 2]),
    );

    const sent = await api.post(`/v1/business/broadcast-lists/${created.body.id}/broadcasts`, {
      type: 'text',
      content: { body: 'Fresh bread at 8' },
    });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    assert.equal(sent.body.preview, 'Fresh bread at 8');
    assert.equal(sent.body.listName, 'Regulars');
    const [first, second, third] = sent.body.recipients;
    assert.equal(third.status, 'not_saved');
    assert.equal(third.chatId, null);
    for (const r of [first, second]) assert.ok(['sent', 'delivered'].includes(r.status), r.status);

    for (const [i, c] of customers.slice(0, 2).entries()) {
      const chatId = sent.body.recipients[i].chatId;
      await eventually(() => c.inbox.texts(chatId).includes('Fresh bread at 8'), 5000, 'customer receives');
      assert.equal(c.inbox.messages.find((m) => m.chatId === chatId)?.senderId, bakery.account.id);
    }
    const thirdsChats = await customers[2]!.client.request<{ chats: unknown[] }>('GET', '/v1/chats');
    assert.deepEqual(thirdsChats.chats, []);
    assert.equal(customers[2]!.inbox.messages.length, 0);

    const path = `/v1/business/broadcasts/${sent.body.id}`;
    const statuses = async () =>
      (await api.get(path)).body.recipients.map((r: { status: string }) => r.status) as string[];
    await eventually(
      async () => (await statuses()).join() === 'delivered,delivered,not_saved',
      5000,
      'delivered',
    );

    const readSeq = customers[0]!.inbox.messages.find((m) => m.chatId === first.chatId)!.seq;
    await customers[0]!.client.request('POST', `/v1/chats/${first.chatId}/read`, { seq: readSeq });
    await eventually(async () => (await statuses()).join() === 'read,delivered,not_saved', 5000, 'read');
    const report = await api.get(path);
    assert.deepEqual(report.body.totals, {
      recipients: 3,
      sent: 2,
      delivered: 2,
      read: 1,
      notSaved: 1,
      notDelivered: 0,
    });

    const listed = await api.get('/v1/business/broadcasts');
    assert.equal(listed.status, 200);
    assert.equal(listed.body.broadcasts[0].id, sent.body.id);
    assert.deepEqual(listed.body.broadcasts[0].totals, report.body.totals);
  });

  test('a recipient who blocked the business is reported as not delivered', async () => {
    const blocker = await customer(bakery);
    customers.push(blocker);
    await blocker.client.request('PUT', `/v1/blocks/${bakery.account.id}`);
    const api = as(bakery.token);
    const list = await api.post('/v1/business/broadcast-lists', {
      name: 'Blocked',
      recipients: [blocker.phone],
    });
    const sent = await api.post(`/v1/business/broadcast-lists/${list.body.id}/broadcasts`, {
      type: 'text',
      content: { body: 'Anyone there?' },
    });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    assert.equal(sent.body.recipients[0].status, 'not_delivered');
    assert.equal(sent.body.totals.notDelivered, 1);
  });

  test('lists are edited, read back and deleted; broadcasts outlive them', async () => {
    const api = as(bakery.token);
    const list = await api.post('/v1/business/broadcast-lists', { name: 'Tmp', recipients: [] });
    const patched = await api.patch(`/v1/business/broadcast-lists/${list.body.id}`, {
      name: 'Morning',
      recipients: [customers[1]!.phone, customers[0]!.phone, customers[1]!.phone],
    });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    assert.deepEqual(
      patched.body.recipients.map((r: { accountId: string }) => r.accountId),
      [customers[1]!.accountId, customers[0]!.accountId],
    );
    assert.deepEqual((await api.get(`/v1/business/broadcast-lists/${list.body.id}`)).body, patched.body);
    const all = await api.get('/v1/business/broadcast-lists');
    assert.ok(
      all.body.lists.some(
        (l: { id: string; recipientCount: number }) => l.id === list.body.id && l.recipientCount === 2,
      ),
    );
    assertRefused(
      await api.post(`/v1/business/broadcast-lists/${list.body.id}/broadcasts`, {
        type: 'reaction',
        content: { targetId: 'abc', emoji: '👍' },
      }),
      400,
      'invalid_argument',
    );
    assert.equal((await api.delete(`/v1/business/broadcast-lists/${list.body.id}`)).status, 204);
    assertRefused(await api.get(`/v1/business/broadcast-lists/${list.body.id}`), 404, 'not_found');
    assert.equal((await api.get('/v1/business/broadcasts')).body.broadcasts.length >= 1, true);
  });

  test('257 recipients, numbers not on Parley and malformed lists are refused', async () => {
    const api = as(bakery.token);
    const many = Array.from({ length: 257 }, (_, i) => phone(2000 + i));
    const tooMany = await api.post('/v1/business/broadcast-lists', { name: 'All', recipients: many });
    assertRefused(tooMany, 422, 'limit_exceeded');
    assert.deepEqual(tooMany.body.error.details, { limit: 256, requested: 257 });

    const strangers = await api.post('/v1/business/broadcast-lists', {
      name: 'Strangers',
      recipients: [customers[0]!.phone, phone(2999)],
    });
    assertRefused(strangers, 400, 'invalid_argument');
    assert.deepEqual(strangers.body.error.details, { notOnParley: [phone(2999)] });

    for (const body of [
      { name: '', recipients: [] },
      { name: 'x'.repeat(101), recipients: [] },
      { name: 'Ok', recipients: ['garbage'] },
      { name: 'Ok', recipients: [bakery.account.phone] },
      { name: 'Ok' },
      { name: 'Ok', recipients: [], extra: 1 },
    ]) {
      assertRefused(await api.post('/v1/business/broadcast-lists', body), 400, 'invalid_argument');
    }
    const empty = await api.post('/v1/business/broadcast-lists', { name: 'Empty', recipients: [] });
    assertRefused(
      await api.post(`/v1/business/broadcast-lists/${empty.body.id}/broadcasts`, {
        type: 'text',
        content: { body: 'hi' },
      }),
      400,
      'invalid_argument',
    );
  });

  test('personal accounts, other businesses and strangers are refused', async () => {
    const own = as(bakery.token);
    const list = await own.post('/v1/business/broadcast-lists', {
      name: 'Mine',
      recipients: [customers[0]!.phone],
    });
    const sent = await own.post(`/v1/business/broadcast-lists/${list.body.id}/broadcasts`, {
      type: 'text',
      content: { body: 'Mine only' },
    });
    const personal = as(customers[0]!.client.session.token);
    assertRefused(await personal.get('/v1/business/broadcast-lists'), 404, 'not_found');
    assertRefused(
      await personal.post('/v1/business/broadcast-lists', { name: 'x', recipients: [] }),
      404,
      'not_found',
    );
    assertRefused(await personal.get('/v1/business/broadcasts'), 404, 'not_found');
    assertRefused(
      await personal.get('/v1/business/statistics?from=2030-01-01&to=2030-01-01'),
      404,
      'not_found',
    );

    const rival = as((await codeLogin(url, phone(902), 'Rival phone', 'business')).token);
    const listPath = `/v1/business/broadcast-lists/${list.body.id}`;
    assertRefused(await rival.get(listPath), 404, 'not_found');
    assertRefused(await rival.patch(listPath, { name: 'Stolen' }), 404, 'not_found');
    assertRefused(await rival.delete(listPath), 404, 'not_found');
    assertRefused(
      await rival.post(`${listPath}/broadcasts`, { type: 'text', content: { body: 'x' } }),
      404,
      'not_found',
    );
    assertRefused(await rival.get(`/v1/business/broadcasts/${sent.body.id}`), 404, 'not_found');
    assert.deepEqual((await rival.get('/v1/business/broadcasts')).body.broadcasts, []);
    assert.equal((await own.get(listPath)).body.name, 'Mine');

    assertRefused(await call(url, 'GET', '/v1/business/broadcast-lists'), 401, 'unauthenticated');
    assertRefused(await own.get('/v1/business/broadcast-lists/bad%20id'), 400, 'invalid_argument');
  });

  test('statistics count per day in the requested time zone', async () => {
    const shop = await codeLogin(url, phone(903), 'Shop phone', 'business');
    const api = as(shop.token);
    const buyer = await customer();
    customers.push(buyer);
    const chat = await api.post('/v1/chats/direct', { accountId: buyer.accountId });
    const chatId = chat.body.id;
    const say = (text: string) =>
      api.post(`/v1/chats/${chatId}/messages`, { type: 'text', content: { body: text } });

    clock.advance(Date.UTC(2030, 0, 1, 22, 30) - clock.now());
    const opening = await say('We open at 8');
    await say('See you');
    await buyer.client.request('POST', `/v1/chats/${chatId}/messages`, {
      type: 'text',
      content: { body: 'Thanks!' },
    });
    clock.advance(Date.UTC(2030, 0, 2, 10) - clock.now());
    await say('Bread is ready');
    await buyer.client.request('POST', `/v1/chats/${chatId}/read`, { seq: opening.body.seq });

    const stats = (query: string) => api.get(`/v1/business/statistics?${query}`);
    await eventually(
      async () => (await stats('from=2030-01-01&to=2030-01-02')).body.totals.delivered === 3,
      5000,
      'the buyer’s device acknowledges',
    );
    const utc = await stats('from=2030-01-01&to=2030-01-02');
    assert.equal(utc.body.timeZone, 'UTC');
    assert.deepEqual(utc.body.days, [
      { date: '2030-01-01', sent: 2, delivered: 2, read: 1, received: 1 },
      { date: '2030-01-02', sent: 1, delivered: 1, read: 0, received: 0 },
    ]);
    // Tokyo is UTC+9: 22:30 UTC on the 1st is already the morning of the 2nd there.
    const tokyo = await stats('from=2030-01-01&to=2030-01-02&timeZone=Asia/Tokyo');
    assert.deepEqual(tokyo.body.days, [
      { date: '2030-01-01', sent: 0, delivered: 0, read: 0, received: 0 },
      { date: '2030-01-02', sent: 3, delivered: 3, read: 1, received: 1 },
    ]);
    assert.deepEqual(tokyo.body.totals, { sent: 3, delivered: 3, read: 1, received: 1 });

    for (const query of [
      'from=2030-01-02&to=2030-01-01',
      'from=2030-01-01&to=2031-01-03',
      'from=2030-02-30&to=2030-03-01',
      'from=2030-01-01&to=2030-01-01&timeZone=Mars/Olympus',
      'from=2030-01-01',
      'from=yesterday&to=today',
    ]) {
      assertRefused(await stats(query), 400, 'invalid_argument');
    }
  });
});
