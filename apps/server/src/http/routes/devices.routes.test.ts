import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import WebSocket from 'ws';
import { assertRefused, call, codeLogin, ManualClock, phone } from '../../test-support/accounts-api.js';
import { startTestServer, TEST_OPERATOR_TOKEN, type TestServer } from '../../test-support/test-server.js';

const MINUTE = 60_000;

describe('devices and linking', () => {
  const clock = new ManualClock();
  let server: TestServer;
  let url: string;
  let next = 500;
  before(async () => {
    server = await startTestServer({ clock });
    url = server.url;
  });
  after(() => server.close());
  beforeEach(() => clock.advance(60 * MINUTE));

  const phoneLogin = () => codeLogin(url, phone(next++));

  /** The new device's side: ask for a code, then claim. */
  async function requestLink(deviceName = 'Firefox') {
    const reply = await call(url, 'POST', '/v1/link-requests', { body: { deviceName, platform: 'web' } });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    return reply.body as { id: string; code: string; secret: string; expiresAt: number };
  }
  const claim = (request: { id: string; secret: string }) =>
    call(url, 'POST', `/v1/link-requests/${request.id}/claim`, { body: { secret: request.secret } });
  const approve = (token: string, code: string) =>
    call(url, 'POST', '/v1/devices/link', { token, body: { code } });

  async function link(primaryToken: string, deviceName = 'Firefox') {
    const request = await requestLink(deviceName);
    const approved = await approve(primaryToken, request.code);
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    const claimed = await claim(request);
    assert.equal(claimed.status, 200, JSON.stringify(claimed.body));
    return claimed.body as { token: string; account: { id: string }; device: { id: string; kind: string } };
  }

  test('the phone lists its devices, marking the current one', async () => {
    const login = await phoneLogin();
    const reply = await call(url, 'GET', '/v1/devices', { token: login.token });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.devices.length, 1);
    assert.deepEqual(reply.body.devices[0], {
      ...login.device,
      lastActiveAt: reply.body.devices[0].lastActiveAt,
    });
    assert.equal(reply.body.devices[0].current, true);
  });

  test('a new device links: request, pending, approve by the phone, claim', async () => {
    const login = await phoneLogin();
    const request = await requestLink();
    assert.match(request.code, /^[A-HJ-NP-Z2-9]{8}$/);
    assert.equal(request.expiresAt, clock.now() + 2 * MINUTE);
    assert.equal(typeof request.secret, 'string');

    const pending = await claim(request);
    assert.equal(pending.status, 202);
    assert.deepEqual(pending.body, { status: 'pending', expiresAt: request.expiresAt });

    // Typed by a person: lower case, with a dash.
    const typed = `${request.code.slice(0, 4)}-${request.code.slice(4)}`.toLowerCase();
    const approved = await approve(login.token, typed);
    assert.equal(approved.status, 200);
    assert.deepEqual(approved.body, { approved: true });
    assertRefused(await approve(login.token, request.code), 409, 'conflict');

    // Approved near the end of the code's life, it can still be claimed a little later.
    clock.advance(2 * MINUTE + 10_000);
    const claimed = await claim(request);
    assert.equal(claimed.status, 200);
    assert.equal(claimed.body.account.id, login.account.id);
    assert.equal(claimed.body.device.kind, 'linked');
    assert.equal(claimed.body.device.name, 'Firefox');
    assert.equal(claimed.body.device.platform, 'web');

    const me = await call(url, 'GET', '/v1/me', { token: claimed.body.token });
    assert.equal(me.body.id, login.account.id);
    const devices = await call(url, 'GET', '/v1/devices', { token: claimed.body.token });
    assert.deepEqual(
      devices.body.devices.map((d: { kind: string; current: boolean }) => [d.kind, d.current]),
      [
        ['primary', false],
        ['linked', true],
      ],
    );
    assertRefused(await claim(request), 409, 'conflict');
  });

  test('a claim needs the secret the new device holds', async () => {
    const request = await requestLink();
    assertRefused(await claim({ id: request.id, secret: 'guess' }), 404, 'not_found');
    assertRefused(await claim({ id: 'no-such-request', secret: request.secret }), 404, 'not_found');
  });

  test('link codes expire after 2 minutes', async () => {
    const login = await phoneLogin();
    const request = await requestLink();
    clock.advance(2 * MINUTE);
    assertRefused(await approve(login.token, request.code), 410, 'expired');
    assertRefused(await claim(request), 410, 'expired');
  });

  test('an approval not claimed in time lapses', async () => {
    const login = await phoneLogin();
    const request = await requestLink();
    assert.equal((await approve(login.token, request.code)).status, 200);
    clock.advance(3 * MINUTE);
    assertRefused(await claim(request), 410, 'expired');
  });

  test('at most four linked devices; revoking one makes room', async () => {
    const login = await phoneLogin();
    const linked = [];
    for (let i = 0; i < 4; i++) linked.push(await link(login.token, `Browser ${i}`));
    const fifth = await requestLink();
    const refused = await approve(login.token, fifth.code);
    assertRefused(refused, 422, 'limit_exceeded');
    assert.equal(refused.body.error.details.limit, 4);

    const revoked = await call(url, 'DELETE', `/v1/devices/${linked[0]!.device.id}`, { token: login.token });
    assert.equal(revoked.status, 204);
    assert.equal((await approve(login.token, fifth.code)).status, 200);
    assert.equal((await claim(fifth)).status, 200);
  });

  test('a business links four devices, a premium business nine', async () => {
    const login = await codeLogin(url, phone(next++), 'Shop phone', 'business');
    for (let i = 0; i < 4; i++) await link(login.token, `Till ${i}`);
    const refused = await approve(login.token, (await requestLink()).code);
    assertRefused(refused, 422, 'limit_exceeded');
    assert.equal(refused.body.error.details.limit, 4);

    const premium = await call(url, 'PATCH', `/v1/operator/accounts/${login.account.id}`, {
      token: TEST_OPERATOR_TOKEN,
      body: { premium: true },
    });
    assert.equal(premium.status, 200, JSON.stringify(premium.body));
    for (let i = 4; i < 9; i++) await link(login.token, `Till ${i}`);
    const tenth = await approve(login.token, (await requestLink()).code);
    assertRefused(tenth, 422, 'limit_exceeded');
    assert.equal(tenth.body.error.details.limit, 9);
  });

  test('approved but unclaimed links count toward the cap', async () => {
    const login = await phoneLogin();
    for (let i = 0; i < 4; i++)
      assert.equal((await approve(login.token, (await requestLink()).code)).status, 200);
    assertRefused(await approve(login.token, (await requestLink()).code), 422, 'limit_exceeded');
  });

  test('only the phone approves links and signs out other devices', async () => {
    const login = await phoneLogin();
    const a = await link(login.token, 'A');
    const b = await link(login.token, 'B');
    assertRefused(await approve(a.token, (await requestLink()).code), 403, 'forbidden');
    assertRefused(
      await call(url, 'DELETE', `/v1/devices/${b.device.id}`, { token: a.token }),
      403,
      'forbidden',
    );
    assertRefused(
      await call(url, 'DELETE', `/v1/devices/${login.device.id}`, { token: a.token }),
      403,
      'forbidden',
    );
    assertRefused(
      await call(url, 'DELETE', `/v1/devices/${login.device.id}`, { token: login.token }),
      403,
      'forbidden',
    );

    // A linked device may sign itself out.
    assert.equal((await call(url, 'DELETE', `/v1/devices/${a.device.id}`, { token: a.token })).status, 204);
    assertRefused(await call(url, 'GET', '/v1/me', { token: a.token }), 401, 'unauthenticated');
    assertRefused(
      await call(url, 'DELETE', `/v1/devices/${a.device.id}`, { token: login.token }),
      404,
      'not_found',
    );
  });

  test('another account’s devices do not exist for you', async () => {
    const mine = await phoneLogin();
    const theirs = await phoneLogin();
    const theirLinked = await link(theirs.token);
    assertRefused(
      await call(url, 'DELETE', `/v1/devices/${theirLinked.device.id}`, { token: mine.token }),
      404,
      'not_found',
    );
    assert.equal((await call(url, 'GET', '/v1/me', { token: theirLinked.token })).status, 200);
  });

  test('a revoked device’s socket is closed', async () => {
    const login = await phoneLogin();
    const linked = await link(login.token);
    const socket = new WebSocket(server.wsUrl);
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    const ready = new Promise<void>((resolve) =>
      socket.on('message', (data) => {
        if (JSON.parse(String(data)).type === 'ready') resolve();
      }),
    );
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'auth', token: linked.token }));
    await ready;
    assert.equal(
      (await call(url, 'DELETE', `/v1/devices/${linked.device.id}`, { token: login.token })).status,
      204,
    );
    assert.equal(await closed, 4001);
  });

  test('logging in again on the number signs out the linked devices too', async () => {
    const number = phone(next++);
    const first = await codeLogin(url, number);
    const linked = await link(first.token);
    clock.advance(MINUTE);
    const second = await codeLogin(url, number);
    assertRefused(await call(url, 'GET', '/v1/me', { token: linked.token }), 401, 'unauthenticated');
    const devices = await call(url, 'GET', '/v1/devices', { token: second.token });
    assert.deepEqual(
      devices.body.devices.map((d: { id: string }) => d.id),
      [second.device.id],
    );
  });

  test('malformed link requests are refused', async () => {
    const login = await phoneLogin();
    assertRefused(
      await call(url, 'POST', '/v1/link-requests', { body: { deviceName: '', platform: 'web' } }),
      400,
      'invalid_argument',
    );
    assertRefused(
      await call(url, 'POST', '/v1/link-requests', { body: { platform: 'web' } }),
      400,
      'invalid_argument',
    );
    assertRefused(await approve(login.token, 'short'), 400, 'invalid_argument');
    assertRefused(await approve(login.token, 'ABCD0FGH'), 400, 'invalid_argument');
    assertRefused(await approve(login.token, 'ABCDEFGH'), 404, 'not_found');
    assertRefused(
      await call(url, 'POST', '/v1/devices/link', { body: { code: 'ABCDEFGH' } }),
      401,
      'unauthenticated',
    );
    assertRefused(await call(url, 'GET', '/v1/devices'), 401, 'unauthenticated');
    assertRefused(await call(url, 'DELETE', '/v1/devices/x'), 401, 'unauthenticated');
  });
});
