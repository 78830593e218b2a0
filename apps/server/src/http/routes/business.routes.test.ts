import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertRefused, call, codeLogin, ManualClock, phone } from '../../test-support/accounts-api.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

const nineToFive = { mode: 'hours', ranges: [{ open: '09:00', close: '17:00' }] };
const weekdays = (timeZone: string) => ({
  timeZone,
  days: {
    mon: nineToFive,
    tue: nineToFive,
    wed: nineToFive,
    thu: nineToFive,
    fri: nineToFive,
    sat: { mode: 'closed' },
    sun: { mode: 'closed' },
  },
});

describe('business accounts and profiles', () => {
  // 2030-01-07 is a Monday; 10:00 UTC is 11:00 in Berlin and 02:00 in Los Angeles.
  const clock = new ManualClock(Date.UTC(2030, 0, 7, 10, 0));
  let server: TestServer;
  let url: string;
  let shop: { token: string; account: { id: string; kind: string } };
  let customer: { token: string; account: { id: string } };
  before(async () => {
    server = await startTestServer({ clock });
    url = server.url;
    shop = await codeLogin(url, phone(801), 'Shop phone', 'business');
    customer = await codeLogin(url, phone(802));
  });
  after(() => server.close());

  const patchProfile = (body: unknown, token = shop.token) =>
    call(url, 'PATCH', '/v1/me/business-profile', { token, body });

  test('a number signs up as a business; an existing account keeps its kind', async () => {
    assert.equal(shop.account.kind, 'business');
    const me = await call(url, 'GET', '/v1/me', { token: shop.token });
    assert.equal(me.body.kind, 'business');
    assert.equal(me.body.verification, 'unverified');
    assert.equal(me.body.premium, false);
    clock.advance(60_000);
    const again = await codeLogin(url, phone(802), 'Phone', 'business');
    assert.equal(again.account.kind, 'personal');
    customer = again;
  });

  test('a business name follows the business-name rules', async () => {
    const person = await call(url, 'PATCH', '/v1/me', { token: shop.token, body: { name: 'John Smith' } });
    assertRefused(person, 400, 'invalid_argument');
    assert.equal(person.body.error.details.rule, 'person_name');
    const misleading = await call(url, 'PATCH', '/v1/me', {
      token: shop.token,
      body: { name: 'Official Shoes' },
    });
    assert.equal(misleading.body.error.details.rule, 'misleading');
    const named = await call(url, 'PATCH', '/v1/me', {
      token: shop.token,
      body: { name: '  Kastanie   Noodle Bar ' },
    });
    assert.equal(named.status, 200, JSON.stringify(named.body));
    assert.equal(named.body.name, 'Kastanie Noodle Bar');
    // People keep their 25 characters and may use their own name.
    const personal = await call(url, 'PATCH', '/v1/me', {
      token: customer.token,
      body: { name: 'John Smith' },
    });
    assert.equal(personal.status, 200);
    assertRefused(
      await call(url, 'PATCH', '/v1/me', { token: customer.token, body: { name: 'x'.repeat(26) } }),
      400,
      'invalid_argument',
    );
  });

  test('a business logo is an image of at least 192×192', async () => {
    const upload = async (width: number) => {
      const { default: sharp } = await import('sharp');
      const png = await sharp({ create: { width, height: width, channels: 3, background: '#c33' } })
        .png()
        .toBuffer();
      const reply = await fetch(`${url}/v1/media`, {
        method: 'POST',
        headers: { authorization: `Bearer ${shop.token}`, 'content-type': 'image/png' },
        body: new Uint8Array(png),
      });
      assert.equal(reply.status, 201, await reply.clone().text());
      return ((await reply.json()) as { id: string }).id;
    };
    const small = await call(url, 'PATCH', '/v1/me', {
      token: shop.token,
      body: { photoMediaId: await upload(100) },
    });
    assertRefused(small, 400, 'invalid_argument');
    assert.equal(small.body.error.details.min, 192);
    const logo = await upload(192);
    const set = await call(url, 'PATCH', '/v1/me', { token: shop.token, body: { photoMediaId: logo } });
    assert.equal(set.status, 200);
    assert.equal(set.body.photoMediaId, logo);
  });

  test('the profile starts empty, saves each field and shows whether the shop is open', async () => {
    const empty = await call(url, 'GET', '/v1/me/business-profile', { token: shop.token });
    assert.equal(empty.status, 200);
    assert.deepEqual(
      { ...empty.body, updatedAt: 0 },
      {
        category: 'UNDEFINED',
        description: '',
        address: '',
        location: null,
        email: '',
        websites: [],
        hours: null,
        defaultLinkMessage: '',
        openNow: null,
        updatedAt: 0,
      },
    );
    const saved = await patchProfile({
      category: 'RESTAURANT',
      description: ' Hand-pulled noodles ',
      address: 'Kastanienallee 1, Berlin',
      location: { latitude: 52.54, longitude: 13.41 },
      email: 'hello@example.com',
      websites: ['https://example.com', 'http://example.org/menu'],
      hours: weekdays('Europe/Berlin'),
      defaultLinkMessage: 'Hello! I would like to order',
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.description, 'Hand-pulled noodles');
    assert.equal(saved.body.openNow, true);
    assert.equal(saved.body.updatedAt, clock.now());

    const seen = await call(url, 'GET', `/v1/accounts/${shop.account.id}/business-profile`, {
      token: customer.token,
    });
    assert.equal(seen.status, 200);
    assert.deepEqual(seen.body, saved.body);

    // 02:00 in Los Angeles: closed. Changing one field keeps the others.
    const moved = await patchProfile({ hours: weekdays('America/Los_Angeles') });
    assert.equal(moved.body.openNow, false);
    assert.equal(moved.body.email, 'hello@example.com');
    clock.advance(8 * 60 * 60_000);
    const later = await call(url, 'GET', `/v1/accounts/${shop.account.id}/business-profile`, {
      token: customer.token,
    });
    assert.equal(later.body.openNow, true);
    const cleared = await patchProfile({ hours: null, location: null, websites: [] });
    assert.equal(cleared.body.openNow, null);
    assert.deepEqual(cleared.body.websites, []);
  });

  test('bad profile input is refused and changes nothing', async () => {
    const before = (await call(url, 'GET', '/v1/me/business-profile', { token: shop.token })).body;
    const refusals = [
      { websites: ['https://a.example', 'https://b.example', 'https://c.example'] },
      { websites: ['ftp://example.com'] },
      { websites: ['not a url'] },
      { email: 'nobody' },
      { category: 'SPACESHIPS' },
      { description: 'x'.repeat(513) },
      { hours: { ...weekdays('Mars/Olympus_Mons') } },
      { hours: { timeZone: 'UTC', days: { mon: { mode: 'closed' } } } },
      {
        hours: {
          ...weekdays('UTC'),
          days: {
            ...weekdays('UTC').days,
            mon: { mode: 'hours', ranges: [{ open: '09:00', close: '09:00' }] },
          },
        },
      },
      { location: { latitude: 91, longitude: 0 } },
      {},
      { unknown: 1 },
    ];
    for (const body of refusals) assertRefused(await patchProfile(body), 400, 'invalid_argument');
    assert.deepEqual((await call(url, 'GET', '/v1/me/business-profile', { token: shop.token })).body, before);
  });

  test('personal accounts have no business profile', async () => {
    assertRefused(
      await call(url, 'GET', '/v1/me/business-profile', { token: customer.token }),
      404,
      'not_found',
    );
    assertRefused(await patchProfile({ email: 'a@b.co' }, customer.token), 404, 'not_found');
    assertRefused(
      await call(url, 'GET', `/v1/accounts/${customer.account.id}/business-profile`, { token: shop.token }),
      404,
      'not_found',
    );
    assertRefused(
      await call(url, 'GET', `/v1/accounts/${shop.account.id}/business-profile`),
      401,
      'unauthenticated',
    );
  });

  test('a personal account converts to a business one way, keeping its chats', async () => {
    const owner = await codeLogin(url, phone(803));
    await call(url, 'PATCH', '/v1/me', { token: owner.token, body: { name: 'Corner Bakery' } });
    const chat = await call(url, 'POST', '/v1/chats/direct', {
      token: owner.token,
      body: { accountId: customer.account.id },
    });
    assert.equal(chat.status, 200, JSON.stringify(chat.body));
    const sent = await call(url, 'POST', `/v1/chats/${chat.body.id}/messages`, {
      token: owner.token,
      body: { type: 'text', content: { body: 'Fresh bread at 7' } },
    });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));

    const converted = await call(url, 'PUT', '/v1/me/kind', {
      token: owner.token,
      body: { kind: 'business' },
    });
    assert.equal(converted.status, 200, JSON.stringify(converted.body));
    assert.equal(converted.body.kind, 'business');
    assert.equal(converted.body.name, 'Corner Bakery');
    const chats = await call(url, 'GET', '/v1/chats', { token: owner.token });
    assert.ok(chats.body.chats.some((c: { chat: { id: string } }) => c.chat.id === chat.body.id));
    const peer = await call(url, 'GET', `/v1/accounts/${owner.account.id}`, { token: customer.token });
    assert.equal(peer.body.kind, 'business');

    const back = await call(url, 'PUT', '/v1/me/kind', { token: owner.token, body: { kind: 'personal' } });
    assertRefused(back, 409, 'conflict');
    assert.match(back.body.error.message, /cannot become a personal account/);
    const again = await call(url, 'PUT', '/v1/me/kind', { token: owner.token, body: { kind: 'business' } });
    assert.equal(again.status, 200);
  });

  test('a personal name that is not a business name must change before converting', async () => {
    const person = await codeLogin(url, phone(804));
    await call(url, 'PATCH', '/v1/me', { token: person.token, body: { name: 'Olga' } });
    const refused = await call(url, 'PUT', '/v1/me/kind', {
      token: person.token,
      body: { kind: 'business' },
    });
    assertRefused(refused, 400, 'invalid_argument');
    assert.equal((await call(url, 'GET', '/v1/me', { token: person.token })).body.kind, 'personal');
    assertRefused(
      await call(url, 'PUT', '/v1/me/kind', { token: person.token, body: { kind: 'platform' } }),
      400,
      'invalid_argument',
    );
  });
});
