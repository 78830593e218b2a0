import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { call } from '../../../test-support/accounts-api.js';
import { assertGraphError, createGraphTenant, type GraphTenant } from '../../../test-support/graph-tenant.js';
import { assertMetaResponse } from '../../../test-support/meta-openapi.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';

/** A webhook receiver: answers the GET handshake as `answer` says and records what it was asked. */
async function receiver(answer: (challenge: string, token: string) => { status: number; body: string }) {
  const handshakes: { token: string; mode: string }[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url!, 'http://receiver');
    const token = url.searchParams.get('hub.verify_token') ?? '';
    handshakes.push({ token, mode: url.searchParams.get('hub.mode') ?? '' });
    const { status, body } = answer(url.searchParams.get('hub.challenge') ?? '', token);
    response.writeHead(status, { 'content-type': 'text/plain' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, handshakes, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('Graph webhook subscriptions: /{app-id}/subscriptions and /{WABA}/subscribed_apps', () => {
  let server: TestServer;
  let acme: GraphTenant;
  let other: GraphTenant;
  let good: Awaited<ReturnType<typeof receiver>>;
  let wrong: Awaited<ReturnType<typeof receiver>>;

  before(async () => {
    server = await startTestServer();
    acme = await createGraphTenant(server.parley, { name: 'Acme Shop' });
    other = await createGraphTenant(server.parley, { name: 'Other Shop' });
    good = await receiver((challenge, token) =>
      token === 'let-me-in' ? { status: 200, body: challenge } : { status: 403, body: 'no' },
    );
    wrong = await receiver(() => ({ status: 200, body: 'not the challenge' }));
  });
  after(async () => {
    await server.close();
    await good.close();
    await wrong.close();
  });

  const appPath = (tenant = acme) => `/v23.0/${tenant.appId}/subscriptions`;

  test('an app subscribes after the handshake; GET lists it; DELETE clears it', async () => {
    const set = await call(server.url, 'POST', appPath(), {
      token: acme.token,
      body: {
        object: 'whatsapp_business_account',
        callback_url: good.url,
        verify_token: 'let-me-in',
        fields: 'messages,account_update',
      },
    });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.deepEqual(set.body, { success: true });
    assert.deepEqual(good.handshakes.at(-1), { token: 'let-me-in', mode: 'subscribe' });

    const listed = await call(server.url, 'GET', appPath(), { token: acme.token });
    assert.deepEqual(listed.body, {
      data: [
        {
          object: 'whatsapp_business_account',
          callback_url: good.url,
          active: true,
          fields: [
            { name: 'messages', version: 'v23.0' },
            { name: 'account_update', version: 'v23.0' },
          ],
        },
      ],
    });
    const app = await server.parley.platform.getApp(acme.appId);
    assert.equal(app?.callbackUrl, good.url);
    assert.equal(app?.verifyToken, 'let-me-in');

    assert.deepEqual((await call(server.url, 'DELETE', appPath(), { token: acme.token })).body, {
      success: true,
    });
    assert.deepEqual((await call(server.url, 'GET', appPath(), { token: acme.token })).body, { data: [] });
  });

  test('a form-encoded subscription works as in Meta’s examples', async () => {
    const form = new URLSearchParams({
      object: 'whatsapp_business_account',
      callback_url: good.url,
      verify_token: 'let-me-in',
      fields: '["messages"]',
    });
    const response = await fetch(`${server.url}${appPath()}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${acme.token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    assert.equal(response.status, 200, await response.clone().text());
    assert.deepEqual((await server.parley.platform.getApp(acme.appId))?.fields, ['messages']);
  });

  test('a failed handshake is a clear 100 error and saves nothing', async () => {
    const before = await server.parley.platform.getApp(acme.appId);
    const wrongChallenge = await call(server.url, 'POST', appPath(), {
      token: acme.token,
      body: {
        object: 'whatsapp_business_account',
        callback_url: wrong.url,
        verify_token: 'let-me-in',
        fields: ['messages'],
      },
    });
    assertGraphError(wrongChallenge, 400, 100);
    assert.match(wrongChallenge.body.error.error_data.details, /did not echo hub\.challenge/);
    const wrongToken = await call(server.url, 'POST', appPath(), {
      token: acme.token,
      body: {
        object: 'whatsapp_business_account',
        callback_url: good.url,
        verify_token: 'guess',
        fields: ['messages'],
      },
    });
    assertGraphError(wrongToken, 400, 100);
    assert.match(wrongToken.body.error.error_data.details, /HTTP 403/);
    assert.deepEqual(await server.parley.platform.getApp(acme.appId), before);
  });

  test('bad bodies, foreign apps and a messaging-only token are refused', async () => {
    const body = { object: 'whatsapp_business_account', callback_url: good.url, verify_token: 'let-me-in' };
    assertGraphError(
      await call(server.url, 'POST', appPath(), { token: acme.token, body: { ...body, object: 'page' } }),
      400,
      131009,
    );
    assertGraphError(
      await call(server.url, 'POST', appPath(), {
        token: acme.token,
        body: { object: body.object, verify_token: 'x' },
      }),
      400,
      131008,
    );
    assertGraphError(
      await call(server.url, 'POST', appPath(), {
        token: acme.token,
        body: { ...body, fields: 'Bad Field' },
      }),
      400,
      131009,
    );
    assertGraphError(
      await call(server.url, 'POST', appPath(other), { token: acme.token, body }),
      400,
      100,
      33,
    );
    assertGraphError(await call(server.url, 'GET', appPath(other), { token: acme.token }), 400, 100, 33);
    assertGraphError(await call(server.url, 'DELETE', appPath(other), { token: acme.token }), 400, 100, 33);
    const sender = await createGraphTenant(server.parley, {
      name: 'Sender Shop',
      permissions: ['whatsapp_business_messaging'],
    });
    assertGraphError(await call(server.url, 'GET', appPath(sender), { token: sender.token }), 403, 200);
  });

  test('subscribed_apps: the WABA subscribes the portfolio’s app, with an override after its handshake', async () => {
    const path = `/v23.0/${acme.wabaId}/subscribed_apps`;
    assert.deepEqual((await call(server.url, 'DELETE', path, { token: acme.token })).body, { success: true });
    assert.deepEqual((await call(server.url, 'GET', path, { token: acme.token })).body, { data: [] });

    const plain = await call(server.url, 'POST', path, { token: acme.token });
    assert.equal(plain.status, 200, JSON.stringify(plain.body));
    assert.deepEqual(plain.body, { success: true });
    assertMetaResponse({
      method: 'post',
      path: '/{Version}/{WABA-ID}/subscribed_apps',
      status: 200,
      body: plain.body,
    });
    const listed = await call(server.url, 'GET', path, { token: acme.token });
    assert.equal(listed.body.data.length, 1);
    assert.equal(listed.body.data[0].whatsapp_business_api_data.id, acme.appId);
    assert.equal(listed.body.data[0].whatsapp_business_api_data.name, 'Acme Shop app');
    assert.equal(listed.body.data[0].override_callback_uri, undefined);
    assertMetaResponse({
      method: 'get',
      path: '/{Version}/{WABA-ID}/subscribed_apps',
      status: 200,
      body: listed.body,
    });

    const refused = await call(server.url, 'POST', path, {
      token: acme.token,
      body: { override_callback_uri: wrong.url, verify_token: 'let-me-in' },
    });
    assertGraphError(refused, 400, 100);
    assert.equal((await server.parley.platform.subscriptions(acme.wabaId))[0]?.overrideCallbackUri, null);
    assertGraphError(
      await call(server.url, 'POST', path, { token: acme.token, body: { override_callback_uri: good.url } }),
      400,
      131008,
    );

    const override = await call(server.url, 'POST', path, {
      token: acme.token,
      body: { override_callback_uri: good.url, verify_token: 'let-me-in' },
    });
    assert.equal(override.status, 200, JSON.stringify(override.body));
    assert.equal(
      (await call(server.url, 'GET', path, { token: acme.token })).body.data[0].override_callback_uri,
      good.url,
    );
    assert.deepEqual(await server.parley.platform.endpointsFor(acme.wabaId), [
      { appId: acme.appId, url: good.url, secret: acme.appSecret },
    ]);
  });

  test('subscribed_apps: several apps need app_id; foreign apps and WABAs are unknown', async () => {
    const path = `/v23.0/${acme.wabaId}/subscribed_apps`;
    const second = await server.parley.platform.createApp(acme.portfolioId, 'Second app');
    const ambiguous = await call(server.url, 'POST', path, { token: acme.token });
    assertGraphError(ambiguous, 400, 100);
    assert.match(ambiguous.body.error.error_data.details, /app_id/);
    const named = await call(server.url, 'POST', `${path}?app_id=${second.id}`, { token: acme.token });
    assert.equal(named.status, 200, JSON.stringify(named.body));
    assert.equal((await call(server.url, 'GET', path, { token: acme.token })).body.data.length, 2);
    const removed = await call(server.url, 'DELETE', path, {
      token: acme.token,
      body: { app_id: second.id },
    });
    assert.deepEqual(removed.body, { success: true });
    assert.equal((await call(server.url, 'GET', path, { token: acme.token })).body.data.length, 1);

    assertGraphError(
      await call(server.url, 'POST', path, { token: acme.token, body: { app_id: other.appId } }),
      400,
      100,
      33,
    );
    assertGraphError(
      await call(server.url, 'GET', `/v23.0/${other.wabaId}/subscribed_apps`, { token: acme.token }),
      400,
      100,
      33,
    );
    assertGraphError(
      await call(server.url, 'POST', `/v23.0/${other.wabaId}/subscribed_apps`, { token: acme.token }),
      400,
      100,
      33,
    );
  });
});
