import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertRefused, call, codeLogin, ManualClock, phone } from '../../test-support/accounts-api.js';
import { eventually } from '../../test-support/clients.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

const DAY = 24 * 60 * 60 * 1000;
// 2030-01-07 is a Monday; times are UTC, and the shops below keep UTC hours.
const monday = (hour: number, minute = 0) => Date.UTC(2030, 0, 7, hour, minute);
const nineToFive = { mode: 'hours', ranges: [{ open: '09:00', close: '17:00' }] };
const weekdays = {
  timeZone: 'UTC',
  days: {
    mon: nineToFive,
    tue: nineToFive,
    wed: nineToFive,
    thu: nineToFive,
    fri: nineToFive,
    sat: { mode: 'closed' },
    sun: { mode: 'closed' },
  },
};
const everyone = { mode: 'everyone', phones: [] };

interface Login {
  token: string;
  account: { id: string; phone: string };
}
interface Shown {
  id: string;
  senderId: string;
  senderDeviceId: string | null;
  automated: boolean;
  content: { body: string };
}

describe('greeting and away messages', () => {
  const clock = new ManualClock();
  let server: TestServer;
  let url: string;
  let nextNumber = 900;
  before(async () => {
    server = await startTestServer({ clock });
    url = server.url;
  });
  after(() => server.close());

  const setTime = (at: number) => clock.advance(at - clock.now());
  const business = () => codeLogin(url, phone(nextNumber++), 'Shop phone', 'business') as Promise<Login>;
  const customer = () => codeLogin(url, phone(nextNumber++)) as Promise<Login>;
  const putGreeting = (shop: Login, body: unknown) =>
    call(url, 'PUT', '/v1/business/auto-replies/greeting', { token: shop.token, body });
  const putAway = (shop: Login, body: unknown) =>
    call(url, 'PUT', '/v1/business/auto-replies/away', { token: shop.token, body });

  async function chatWith(shop: Login, person: Login): Promise<string> {
    const opened = await call(url, 'POST', '/v1/chats/direct', {
      token: person.token,
      body: { accountId: shop.account.id },
    });
    assert.equal(opened.status, 200, JSON.stringify(opened.body));
    return opened.body.id;
  }

  async function write(person: Login, chatId: string, body: string): Promise<void> {
    const sent = await call(url, 'POST', `/v1/chats/${chatId}/messages`, {
      token: person.token,
      body: { type: 'text', content: { body } },
    });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
  }

  async function history(viewer: Login, chatId: string): Promise<Shown[]> {
    const page = await call(url, 'GET', `/v1/chats/${chatId}/messages?limit=200`, { token: viewer.token });
    assert.equal(page.status, 200, JSON.stringify(page.body));
    return [...page.body.messages].reverse();
  }

  const automatedTexts = async (viewer: Login, chatId: string) =>
    (await history(viewer, chatId)).filter((m) => m.automated).map((m) => m.content.body);

  /** Waits for `count` automated replies, then a moment more to be sure no extra one follows. */
  async function settledReplies(viewer: Login, chatId: string, count: number): Promise<string[]> {
    await eventually(async () => (await automatedTexts(viewer, chatId)).length >= count, 5000, 'replies');
    await new Promise((resolve) => setTimeout(resolve, 150));
    return automatedTexts(viewer, chatId);
  }

  test('a business reads its settings, off by default, and saves each reply', async () => {
    const shop = await business();
    const initial = await call(url, 'GET', '/v1/business/auto-replies', { token: shop.token });
    assert.equal(initial.status, 200);
    assert.deepEqual(initial.body, {
      greeting: { enabled: false, text: '', audience: everyone },
      away: { enabled: false, text: '', schedule: 'outside_hours', audience: everyone },
    });

    const greeting = await putGreeting(shop, {
      enabled: true,
      text: '  Welcome! ',
      audience: { mode: 'everyone_except', phones: ['+1 415 555 0199', '14155550199'] },
    });
    assert.equal(greeting.status, 200, JSON.stringify(greeting.body));
    assert.deepEqual(greeting.body, {
      enabled: true,
      text: 'Welcome!',
      audience: { mode: 'everyone_except', phones: ['+14155550199'] },
    });
    const away = await putAway(shop, {
      enabled: true,
      text: 'On holiday',
      schedule: { custom: { start: monday(0), end: monday(0) + 7 * DAY } },
      audience: everyone,
    });
    assert.equal(away.status, 200, JSON.stringify(away.body));

    const saved = await call(url, 'GET', '/v1/business/auto-replies', { token: shop.token });
    assert.deepEqual(saved.body, { greeting: greeting.body, away: away.body });
  });

  test('bad settings are refused with the reason; personal accounts have no auto replies', async () => {
    const shop = await business();
    const good = { enabled: true, text: 'Hi', audience: everyone };
    assertRefused(await putGreeting(shop, { ...good, text: '' }), 400, 'invalid_argument');
    assertRefused(await putGreeting(shop, { ...good, text: '   ' }), 400, 'invalid_argument');
    assertRefused(await putGreeting(shop, { ...good, text: 'x'.repeat(4097) }), 400, 'invalid_argument');
    assertRefused(await putGreeting(shop, { ...good, extra: 1 }), 400, 'invalid_argument');
    assertRefused(
      await putGreeting(shop, { ...good, audience: { mode: 'friends', phones: [] } }),
      400,
      'invalid_argument',
    );
    assertRefused(
      await putGreeting(shop, { ...good, audience: { mode: 'only', phones: [] } }),
      400,
      'invalid_argument',
    );
    assertRefused(
      await putGreeting(shop, { ...good, audience: { mode: 'only', phones: ['no number'] } }),
      400,
      'invalid_argument',
    );
    assertRefused(
      await putAway(shop, { ...good, schedule: { custom: { start: 20, end: 10 } } }),
      400,
      'invalid_argument',
    );
    assertRefused(await putAway(shop, { ...good, schedule: 'sometimes' }), 400, 'invalid_argument');
    assertRefused(await putAway(shop, good), 400, 'invalid_argument');

    const person = await customer();
    assertRefused(
      await call(url, 'GET', '/v1/business/auto-replies', { token: person.token }),
      404,
      'not_found',
    );
    assertRefused(await putGreeting(person, good), 404, 'not_found');
    assertRefused(await call(url, 'GET', '/v1/business/auto-replies'), 401, 'unauthenticated');
  });

  test("a customer's first message is greeted by the server, marked automated; again after 14 days", async () => {
    setTime(monday(12));
    const shop = await business();
    const person = await customer();
    assert.equal(
      (await putGreeting(shop, { enabled: true, text: 'Hello from the shop', audience: everyone })).status,
      200,
    );
    // No business device is online: the server answers by itself.
    assert.equal(server.parley.connections.devicesOf(shop.account.id).size, 0);

    const chatId = await chatWith(shop, person);
    await write(person, chatId, 'Do you have croissants?');
    assert.deepEqual(await settledReplies(person, chatId, 1), ['Hello from the shop']);

    const seenByShop = await history(shop, chatId);
    assert.equal(seenByShop.length, 2);
    assert.equal(seenByShop[0]!.automated, false);
    assert.deepEqual(
      {
        sender: seenByShop[1]!.senderId,
        device: seenByShop[1]!.senderDeviceId,
        automated: seenByShop[1]!.automated,
      },
      { sender: shop.account.id, device: null, automated: true },
    );

    // The shop answers by hand; the customer writes again the next week: no greeting.
    await write(shop, chatId, 'Yes, fresh every morning');
    setTime(monday(12) + 7 * DAY);
    await write(person, chatId, 'Great, two please');
    assert.deepEqual(await settledReplies(person, chatId, 1), ['Hello from the shop']);

    // 14 days after the last message, the customer is greeted again.
    setTime(monday(12) + 21 * DAY);
    await write(person, chatId, 'Hello again');
    assert.deepEqual(await settledReplies(person, chatId, 2), ['Hello from the shop', 'Hello from the shop']);
  });

  test('a business that writes first still greets the customer who answers at once', async () => {
    setTime(monday(12) + 60 * DAY);
    const shop = await business();
    const person = await customer();
    await putGreeting(shop, { enabled: true, text: 'Welcome!', audience: everyone });
    const chatId = await chatWith(shop, person);
    // The shop's own message asks whether the customer answers automatically (no): that must not
    // silence the shop's replies to the customer in the same chat.
    await write(shop, chatId, 'Your order is ready');
    await eventually(async () => (await history(person, chatId)).length === 1, 5000, 'the shop message');
    await write(person, chatId, 'Thanks, coming');
    assert.deepEqual(await settledReplies(person, chatId, 1), ['Welcome!']);
  });

  test('outside the opening hours the away message follows the greeting, once per closed spell', async () => {
    setTime(monday(20));
    const shop = await business();
    const person = await customer();
    const profile = await call(url, 'PATCH', '/v1/me/business-profile', {
      token: shop.token,
      body: { hours: weekdays },
    });
    assert.equal(profile.status, 200, JSON.stringify(profile.body));
    await putGreeting(shop, { enabled: true, text: 'Welcome', audience: everyone });
    await putAway(shop, {
      enabled: true,
      text: 'We open at nine',
      schedule: 'outside_hours',
      audience: everyone,
    });

    const chatId = await chatWith(shop, person);
    await write(person, chatId, 'Are you there?');
    assert.deepEqual(await settledReplies(person, chatId, 2), ['Welcome', 'We open at nine']);

    // Later the same night: still closed, no second away message.
    setTime(monday(23));
    await write(person, chatId, 'Hello?');
    assert.deepEqual(await settledReplies(person, chatId, 2), ['Welcome', 'We open at nine']);

    // Tuesday at ten the shop is open: nothing automatic.
    setTime(monday(10) + DAY);
    await write(person, chatId, 'Now?');
    assert.deepEqual(await settledReplies(person, chatId, 2), ['Welcome', 'We open at nine']);

    // Tuesday evening is a new closed spell.
    setTime(monday(18) + DAY);
    await write(person, chatId, 'And now?');
    assert.deepEqual(await settledReplies(person, chatId, 3), [
      'Welcome',
      'We open at nine',
      'We open at nine',
    ]);
  });

  test('each reply goes to its audience only', async () => {
    setTime(monday(12) + 60 * DAY);
    const shop = await business();
    const saved = await customer();
    const stranger = await customer();
    const chosen = await customer();
    const contact = await call(url, 'PUT', `/v1/contacts/${encodeURIComponent(saved.account.phone)}`, {
      token: shop.token,
      body: { name: 'Regular' },
    });
    assert.equal(contact.status, 200, JSON.stringify(contact.body));
    await putGreeting(shop, {
      enabled: true,
      text: 'Nice to meet you',
      audience: { mode: 'not_in_contacts', phones: [] },
    });
    await putAway(shop, {
      enabled: true,
      text: 'Closed today',
      schedule: 'always',
      audience: { mode: 'only', phones: [chosen.account.phone] },
    });

    const replies = new Map<Login, string[]>();
    for (const person of [saved, stranger, chosen]) {
      const chatId = await chatWith(shop, person);
      await write(person, chatId, 'Hi');
      replies.set(person, await settledReplies(person, chatId, person === saved ? 0 : 1));
    }
    assert.deepEqual(replies.get(saved), []);
    assert.deepEqual(replies.get(stranger), ['Nice to meet you']);
    assert.deepEqual(replies.get(chosen), ['Nice to meet you', 'Closed today']);

    await putGreeting(shop, {
      enabled: true,
      text: 'Hello',
      audience: { mode: 'everyone_except', phones: [stranger.account.phone] },
    });
    const late = await customer();
    const lateChat = await chatWith(shop, late);
    await write(late, lateChat, 'Hi');
    assert.deepEqual(await settledReplies(late, lateChat, 1), ['Hello']);
  });

  test('the business writing, group chats and disabled replies send nothing', async () => {
    setTime(monday(12) + 90 * DAY);
    const shop = await business();
    const person = await customer();
    await putGreeting(shop, { enabled: false, text: 'Hello', audience: everyone });
    await putAway(shop, { enabled: true, text: 'Away', schedule: 'always', audience: everyone });
    const chatId = await chatWith(shop, person);
    await write(shop, chatId, 'Your order is ready');
    assert.deepEqual(await settledReplies(person, chatId, 0), []);

    const group = await call(url, 'POST', '/v1/groups', {
      token: person.token,
      body: { subject: 'Party', memberIds: [shop.account.id] },
    });
    assert.equal(group.status, 201, JSON.stringify(group.body));
    await write(person, group.body.id, 'Cake for ten?');
    assert.deepEqual(await settledReplies(person, group.body.id, 0), []);
  });

  test('a repeated message event sends no second reply', async () => {
    setTime(monday(12) + 120 * DAY);
    const shop = await business();
    const person = await customer();
    await putGreeting(shop, { enabled: true, text: 'Hello', audience: everyone });
    await putAway(shop, { enabled: true, text: 'Away', schedule: 'always', audience: everyone });
    const chatId = await chatWith(shop, person);
    await write(person, chatId, 'Hi');
    assert.deepEqual(await settledReplies(person, chatId, 2), ['Hello', 'Away']);

    // At-least-once delivery: the customer's message comes round again, twice, a day later.
    setTime(monday(12) + 121 * DAY);
    const { messages } = await server.parley.messaging.history(person.account.id, chatId, undefined, 10);
    const trigger = messages.find((m) => m.senderId === person.account.id);
    assert.ok(trigger !== undefined);
    server.parley.bus.publish([{ type: 'message.appended', message: trigger }]);
    server.parley.bus.publish([{ type: 'message.appended', message: trigger }]);
    assert.deepEqual(await settledReplies(person, chatId, 2), ['Hello', 'Away']);
    assert.equal((await history(person, chatId)).length, 3);
  });
});
