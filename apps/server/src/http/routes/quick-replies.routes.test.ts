import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertRefused, call, codeLogin, phone } from '../../test-support/accounts-api.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

type Session = { token: string; account: { id: string } };
type QuickReplyBody = {
  id: string;
  shortcut: string;
  text: string;
  mediaId: string | null;
  createdAt: number;
  updatedAt: number;
};

describe('quick replies', () => {
  let server: TestServer;
  let url: string;
  let shop: Session;
  let rival: Session;
  let person: Session;
  before(async () => {
    server = await startTestServer();
    url = server.url;
    shop = await codeLogin(url, phone(801), 'Shop phone', 'business');
    rival = await codeLogin(url, phone(802), 'Rival phone', 'business');
    person = await codeLogin(url, phone(803));
  });
  after(() => server.close());

  const list = async (token = shop.token): Promise<QuickReplyBody[]> => {
    const reply = await call(url, 'GET', '/v1/business/quick-replies', { token });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.equal(reply.body.limit, 50);
    return reply.body.quickReplies;
  };
  const create = (body: unknown, token = shop.token) =>
    call(url, 'POST', '/v1/business/quick-replies', { token, body });
  const created = async (shortcut: string, token = shop.token): Promise<QuickReplyBody> => {
    const reply = await create({ shortcut, text: `Text for ${shortcut}` }, token);
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    return reply.body;
  };
  const patch = (id: string, body: unknown, token = shop.token) =>
    call(url, 'PATCH', `/v1/business/quick-replies/${id}`, { token, body });
  const remove = (id: string, token = shop.token) =>
    call(url, 'DELETE', `/v1/business/quick-replies/${id}`, { token });
  const upload = async (bytes: string, type: string): Promise<string> => {
    const response = await fetch(`${url}/v1/media`, {
      method: 'POST',
      headers: { authorization: `Bearer ${shop.token}`, 'content-type': type },
      body: bytes,
    });
    assert.equal(response.status, 201, await response.clone().text());
    return ((await response.json()) as { id: string }).id;
  };

  test('a reply is saved under a shortcut without its slash or capitals', async () => {
    const reply = await create({ shortcut: '/Thanks', text: 'Thank you for your order!\nSee you soon.' });
    assert.equal(reply.status, 201);
    const thanks: QuickReplyBody = reply.body;
    assert.equal(thanks.shortcut, 'thanks');
    assert.equal(thanks.text, 'Thank you for your order!\nSee you soon.');
    assert.equal(thanks.mediaId, null);
    assert.equal(thanks.createdAt, thanks.updatedAt);
    await created('address');
    const shortcuts = (await list()).map((r) => r.shortcut);
    assert.deepEqual(shortcuts, [...shortcuts].sort());
    assert.ok(shortcuts.includes('thanks') && shortcuts.includes('address'));
  });

  test('a shortcut is one reply’s only', async () => {
    const first = await created('hours');
    assertRefused(await create({ shortcut: '/HOURS', text: 'Again' }), 409, 'conflict');
    const second = await created('hours_weekend');
    assertRefused(await patch(second.id, { shortcut: 'hours' }), 409, 'conflict');
    assert.equal((await list()).find((r) => r.id === second.id)?.shortcut, 'hours_weekend');
    // Saving a reply under its own shortcut is no conflict, and another business has its own.
    assert.equal((await patch(first.id, { shortcut: 'hours', text: 'Nine to five' })).status, 200);
    assert.equal((await create({ shortcut: 'hours', text: 'Ours' }, rival.token)).status, 201);
  });

  test('changing a reply’s shortcut, text and media', async () => {
    const reply = await created('menu');
    const document = await upload('Today: soup, bread.\n', 'text/plain');
    const changed = await patch(reply.id, { shortcut: 'menu_today', text: 'Our menu', mediaId: document });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body.shortcut, 'menu_today');
    assert.equal(changed.body.text, 'Our menu');
    assert.equal(changed.body.mediaId, document);
    const cleared = await patch(reply.id, { mediaId: null });
    assert.equal(cleared.body.mediaId, null);
    assert.equal(cleared.body.text, 'Our menu');
    assertRefused(await patch('no-such-reply', { text: 'x' }), 404, 'not_found');
  });

  test('media must exist and be an image, a video or a document', async () => {
    const document = await upload('Price list\n', 'text/plain');
    const withMedia = await create({ shortcut: 'prices', text: 'Our prices', mediaId: document });
    assert.equal(withMedia.status, 201);
    assert.equal(withMedia.body.mediaId, document);
    const missing = await create({ shortcut: 'ghost', text: 'Boo', mediaId: 'AAAAAAAAAAAAAAAAAAAAAA' });
    assertRefused(missing, 404, 'not_found');
    assert.ok(!(await list()).some((r) => r.shortcut === 'ghost'));
    assertRefused(await patch(withMedia.body.id, { mediaId: 'AAAAAAAAAAAAAAAAAAAAAA' }), 404, 'not_found');
    assertRefused(
      await create({ shortcut: 'bad', text: 'x', mediaId: 'not an id!' }),
      400,
      'invalid_argument',
    );
  });

  test('malformed shortcuts, texts and bodies are refused', async () => {
    const bad = [
      { shortcut: 'two words', text: 'x' },
      { shortcut: 'dash-ed', text: 'x' },
      { shortcut: '/', text: 'x' },
      { shortcut: 'a'.repeat(26), text: 'x' },
      { shortcut: 'ok', text: '' },
      { shortcut: 'ok', text: '   ' },
      { shortcut: 'ok', text: 'x'.repeat(4097) },
      { shortcut: 'ok', text: 'nul\u0000' },
      { shortcut: 'ok' },
      { shortcut: 'ok', text: 'x', extra: 1 },
      { shortcut: 42, text: 'x' },
    ];
    for (const body of bad) assertRefused(await create(body), 400, 'invalid_argument');
    assert.equal((await create({ shortcut: 'a'.repeat(25), text: 'x'.repeat(4096) })).status, 201);
    const reply = await created('fine');
    assertRefused(await patch(reply.id, {}), 400, 'invalid_argument');
    assertRefused(await patch(reply.id, { shortcut: 'not fine' }), 400, 'invalid_argument');
  });

  test('fifty replies at most', async () => {
    const busy: Session = await codeLogin(url, phone(804), 'Busy', 'business');
    const replies = [];
    for (let i = 0; i < 50; i++) replies.push(await created(`r${i}`, busy.token));
    const refused = await create({ shortcut: 'one_more', text: 'x' }, busy.token);
    assertRefused(refused, 422, 'limit_exceeded');
    assert.equal(refused.body.error.details.limit, 50);
    assert.equal((await remove(replies[0]!.id, busy.token)).status, 204);
    assert.equal((await create({ shortcut: 'one_more', text: 'x' }, busy.token)).status, 201);
  });

  test('deleting a reply, then deleting it again', async () => {
    const reply = await created('bye');
    assert.equal((await remove(reply.id)).status, 204);
    assertRefused(await remove(reply.id), 404, 'not_found');
    assert.ok(!(await list()).some((r) => r.id === reply.id));
  });

  test('one business cannot see or touch another’s replies', async () => {
    const reply = await created('secret');
    assert.ok(!(await list(rival.token)).some((r) => r.id === reply.id));
    assertRefused(await patch(reply.id, { text: 'Mine now' }, rival.token), 404, 'not_found');
    assertRefused(await remove(reply.id, rival.token), 404, 'not_found');
    assert.equal((await list()).find((r) => r.id === reply.id)?.text, 'Text for secret');
  });

  test('personal accounts and strangers are refused', async () => {
    const reply = await created('hello');
    assertRefused(
      await call(url, 'GET', '/v1/business/quick-replies', { token: person.token }),
      404,
      'not_found',
    );
    assertRefused(await create({ shortcut: 'mine', text: 'x' }, person.token), 404, 'not_found');
    assertRefused(await patch(reply.id, { text: 'x' }, person.token), 404, 'not_found');
    assertRefused(await remove(reply.id, person.token), 404, 'not_found');
    assertRefused(await call(url, 'GET', '/v1/business/quick-replies'), 401, 'unauthenticated');
    assertRefused(await create({ shortcut: 'mine', text: 'x' }, 'bad-token'), 401, 'unauthenticated');
  });
});
