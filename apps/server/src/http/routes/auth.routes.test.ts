import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  assertRefused,
  call,
  codeLogin,
  latestCode,
  ManualClock,
  phone,
} from '../../test-support/accounts-api.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

const MINUTE = 60_000;

describe('signing in by code', () => {
  const clock = new ManualClock();
  let server: TestServer;
  let url: string;
  before(async () => {
    server = await startTestServer({ clock });
    url = server.url;
  });
  after(() => server.close());
  // Each test starts in a fresh hour, so one test's sends do not count against the next's address.
  beforeEach(() => clock.advance(60 * MINUTE));

  const requestCode = (number: string) => call(url, 'POST', '/v1/auth/code', { body: { phone: number } });
  const verify = (number: string, code: string) =>
    call(url, 'POST', '/v1/auth/verify', { body: { phone: number, code } });
  const wrongCode = (code: string) => (code === '000000' ? '111111' : '000000');

  test('the first login on a number creates the account and its phone', async () => {
    const sent = await requestCode('+1 (415) 555-0101');
    assert.equal(sent.status, 200);
    assert.deepEqual(sent.body, {
      phone: phone(101),
      expiresAt: clock.now() + 10 * MINUTE,
      resendAfterMs: 30_000,
    });

    const outbox = await call(url, 'GET', `/v1/dev/outbox?phone=${encodeURIComponent(phone(101))}`);
    assert.equal(outbox.body.messages.length, 1);
    const [message] = outbox.body.messages;
    assert.match(message.code, /^[0-9]{6}$/);
    assert.ok(message.text.includes(message.code));
    assert.equal(message.sentAt, clock.now());

    const login = await verify(phone(101), message.code);
    assert.equal(login.status, 200);
    assert.equal(login.body.created, true);
    assert.equal(typeof login.body.token, 'string');
    assert.equal(login.body.account.phone, phone(101));
    assert.equal(login.body.account.kind, 'personal');
    assert.equal(login.body.account.name, '');
    assert.equal(login.body.account.about, 'Hey there! I am using Parley.');
    assert.equal(login.body.device.kind, 'primary');
    assert.equal(login.body.device.current, true);

    const me = await call(url, 'GET', '/v1/me', { token: login.body.token });
    assert.equal(me.status, 200);
    assert.deepEqual(me.body, login.body.account);
  });

  test('a code works once', async () => {
    await requestCode(phone(102));
    const code = await latestCode(url, phone(102));
    assert.equal((await verify(phone(102), code)).status, 200);
    assertRefused(await verify(phone(102), code), 410, 'expired');
  });

  test('wrong codes count down, and the fifth locks the number for 15 minutes', async () => {
    await requestCode(phone(103));
    const code = await latestCode(url, phone(103));
    for (let left = 4; left >= 1; left--) {
      const reply = await verify(phone(103), wrongCode(code));
      assertRefused(reply, 401, 'unauthenticated');
      assert.equal(reply.body.error.details.attemptsLeft, left);
    }
    const fifth = await verify(phone(103), wrongCode(code));
    assertRefused(fifth, 423, 'locked');
    assert.equal(fifth.body.error.details.retryAfterMs, 15 * MINUTE);

    // Locked: neither the right code nor a new one.
    assertRefused(await verify(phone(103), code), 423, 'locked');
    clock.advance(14 * MINUTE);
    const resend = await requestCode(phone(103));
    assertRefused(resend, 423, 'locked');
    assert.equal(resend.body.error.details.retryAfterMs, MINUTE);

    clock.advance(MINUTE);
    assert.equal((await requestCode(phone(103))).status, 200);
    assert.equal((await verify(phone(103), await latestCode(url, phone(103)))).status, 200);
  });

  test('many wrong codes sent at once still lock after five', async () => {
    await requestCode(phone(104));
    const code = await latestCode(url, phone(104));
    const replies = await Promise.all(Array.from({ length: 12 }, () => verify(phone(104), wrongCode(code))));
    const statuses = replies.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 401).length, 4, JSON.stringify(statuses));
    assert.equal((await verify(phone(104), code)).status, 423);
  });

  test('a code expires after 10 minutes', async () => {
    await requestCode(phone(105));
    const code = await latestCode(url, phone(105));
    clock.advance(10 * MINUTE);
    assertRefused(await verify(phone(105), code), 410, 'expired');
  });

  test('no code was requested', async () => {
    assertRefused(await verify(phone(106), '123456'), 410, 'expired');
  });

  test('one code per 30 s and five an hour per number', async () => {
    assert.equal((await requestCode(phone(107))).status, 200);
    clock.advance(10_000);
    const early = await requestCode(phone(107));
    assertRefused(early, 429, 'rate_limited');
    assert.equal(early.body.error.details.retryAfterMs, 20_000);
    for (let i = 2; i <= 5; i++) {
      clock.advance(30_000);
      assert.equal((await requestCode(phone(107))).status, 200, `send ${i}`);
    }
    clock.advance(30_000);
    const sixth = await requestCode(phone(107));
    assertRefused(sixth, 429, 'rate_limited');
    assert.ok(sixth.body.error.details.retryAfterMs > 50 * MINUTE);
    // The last code sent still works.
    assert.equal((await verify(phone(107), await latestCode(url, phone(107)))).status, 200);
  });

  test('logging in again replaces the phone and signs out the old one', async () => {
    const first = await codeLogin(url, phone(108));
    clock.advance(MINUTE);
    const second = await codeLogin(url, phone(108), 'New phone');
    assert.equal(second.created, false);
    assert.equal(second.account.id, first.account.id);
    assert.notEqual(second.device.id, first.device.id);
    assert.notEqual(second.token, first.token);
    assertRefused(await call(url, 'GET', '/v1/me', { token: first.token }), 401, 'unauthenticated');
    const devices = await call(url, 'GET', '/v1/devices', { token: second.token });
    assert.deepEqual(
      devices.body.devices.map((d: { id: string; name: string }) => [d.id, d.name]),
      [[second.device.id, 'New phone']],
    );
  });

  test('the outbox filters by number, newest first', async () => {
    await requestCode(phone(109));
    await requestCode(phone(110));
    clock.advance(30_000);
    await requestCode(phone(109));
    const all = await call(url, 'GET', '/v1/dev/outbox');
    assert.equal(all.body.messages[0].phone, phone(109));
    const mine = await call(url, 'GET', '/v1/dev/outbox?phone=14155550109');
    assert.equal(mine.body.messages.length, 2);
    assert.ok(mine.body.messages[0].sentAt > mine.body.messages[1].sentAt);
    assert.ok(mine.body.messages.every((m: { phone: string }) => m.phone === phone(109)));
  });

  test('malformed requests are refused with 400', async () => {
    assertRefused(await requestCode('not a number'), 400, 'invalid_argument');
    assertRefused(await requestCode('+1555'), 400, 'invalid_argument');
    assertRefused(await call(url, 'POST', '/v1/auth/code', { body: {} }), 400, 'invalid_argument');
    assertRefused(
      await call(url, 'POST', '/v1/auth/code', { body: { phone: phone(111), extra: 1 } }),
      400,
      'invalid_argument',
    );
    assertRefused(await verify(phone(111), '12ab56'), 400, 'invalid_argument');
    assertRefused(await verify(phone(111), '1234567'), 400, 'invalid_argument');
    const notJson = await fetch(`${url}/v1/auth/code`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    assert.equal(notJson.status, 400);
    assert.equal(((await notJson.json()) as { error: { code: string } }).error.code, 'invalid_argument');
  });

  test('authenticated routes refuse a missing or unknown token', async () => {
    assertRefused(await call(url, 'GET', '/v1/me'), 401, 'unauthenticated');
    assertRefused(await call(url, 'GET', '/v1/me', { token: 'not-a-token' }), 401, 'unauthenticated');
  });
});

describe('per-address limit', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ env: { PARLEY_OTP_SENDS_PER_ADDRESS_PER_HOUR: '3' } });
  });
  after(() => server.close());

  test('one address may request codes for only so many numbers an hour', async () => {
    for (let n = 201; n <= 203; n++) {
      assert.equal(
        (await call(server.url, 'POST', '/v1/auth/code', { body: { phone: phone(n) } })).status,
        200,
      );
    }
    const fourth = await call(server.url, 'POST', '/v1/auth/code', { body: { phone: phone(204) } });
    assertRefused(fourth, 429, 'rate_limited');
    assert.ok(fourth.body.error.details.retryAfterMs > 0);
  });
});

describe('codes through an SMS gateway', () => {
  const secret = 'gateway-secret';
  const received: { body: string; signature: string | undefined }[] = [];
  let status = 200;
  const gateway = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ body, signature: request.headers['x-parley-signature'] as string | undefined });
      response.writeHead(status).end();
    });
  });
  let server: TestServer;
  before(async () => {
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const { port } = gateway.address() as AddressInfo;
    server = await startTestServer({
      env: {
        PARLEY_ENV: 'production',
        PARLEY_SMS_GATEWAY_URL: `http://127.0.0.1:${port}/sms`,
        PARLEY_SMS_GATEWAY_SECRET: secret,
      },
    });
  });
  after(async () => {
    await server.close();
    gateway.close();
  });

  test('the code is posted signed, and the outbox route does not exist', async () => {
    const reply = await call(server.url, 'POST', '/v1/auth/code', { body: { phone: phone(301) } });
    assert.equal(reply.status, 200);
    const [sent] = received;
    assert.ok(sent !== undefined);
    const expected = `sha256=${createHmac('sha256', secret).update(sent.body).digest('hex')}`;
    assert.equal(sent.signature, expected);
    const payload = JSON.parse(sent.body) as { to: string; code: string; text: string };
    assert.equal(payload.to, phone(301));
    assert.match(payload.code, /^[0-9]{6}$/);
    assert.ok(payload.text.includes(payload.code));
    assertRefused(await call(server.url, 'GET', '/v1/dev/outbox'), 404, 'not_found');

    const login = await call(server.url, 'POST', '/v1/auth/verify', {
      body: { phone: phone(301), code: payload.code },
    });
    assert.equal(login.status, 200);
  });

  test('a gateway failure is a server error, not a silent success', async () => {
    status = 503;
    const reply = await call(server.url, 'POST', '/v1/auth/code', { body: { phone: phone(302) } });
    assert.equal(reply.status, 500);
    assert.equal(reply.body.error.code, 'internal');
    status = 200;
  });
});
