import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../config.js';
import { startWebhookReceiver, type WebhookReceiver } from '../test-support/webhook-receiver.js';
import { checkCallbackUrl, verifyCallback } from './webhook-verification.js';

describe('callback verification', () => {
  let receiver: WebhookReceiver;
  before(async () => {
    receiver = await startWebhookReceiver({ secret: 's', verifyToken: 'my-verify-token' });
  });
  after(() => receiver.close());

  test('succeeds only when the receiver echoes the challenge for the right token', async () => {
    assert.deepEqual(await verifyCallback(receiver.url, 'my-verify-token', { allowPrivate: true }), {
      ok: true,
    });
    const wrong = await verifyCallback(receiver.url, 'another-token', { allowPrivate: true });
    assert.deepEqual(wrong, { ok: false, reason: 'The callback answered HTTP 403' });
  });

  test('fails when the receiver answers 200 with anything but the challenge, or is not there', async () => {
    const careless = createServer((_request, response) => response.writeHead(200).end('OK'));
    await new Promise<void>((resolve) => careless.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(careless.address() as AddressInfo).port}/hook`;
    try {
      assert.deepEqual(await verifyCallback(url, 'x', { allowPrivate: true }), {
        ok: false,
        reason: 'The callback did not echo hub.challenge',
      });
    } finally {
      await new Promise((resolve) => careless.close(resolve));
    }
    assert.deepEqual(await verifyCallback(url, 'x', { allowPrivate: true }), {
      ok: false,
      reason: 'The callback could not be reached',
    });
  });

  test('refuses loopback and private addresses unless allowed, without calling them', async () => {
    const refused = await verifyCallback(receiver.url, 'my-verify-token', { allowPrivate: false });
    assert.deepEqual(refused, {
      ok: false,
      reason: 'The callback URL points at a private or loopback address',
    });
    for (const url of [
      'http://localhost/hook',
      'https://10.1.2.3/hook',
      'https://172.20.0.1/hook',
      'https://192.168.1.1/hook',
      'https://169.254.169.254/latest',
      'https://[::1]/hook',
      'https://[fd00::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
    ]) {
      assert.equal((await checkCallbackUrl(url, false)).ok, false, url);
    }
    assert.deepEqual(await checkCallbackUrl('https://93.184.216.34/hook', false), { ok: true });
  });

  test('only http(s) URLs without credentials are callbacks', async () => {
    assert.equal((await checkCallbackUrl('ftp://example.com/hook', true)).ok, false);
    assert.equal((await checkCallbackUrl('https://user:pw@example.com/hook', true)).ok, false);
    assert.equal((await checkCallbackUrl('not a url', true)).ok, false);
  });

  test('private callbacks are allowed by default outside production only', () => {
    assert.equal(loadConfig({ PARLEY_ENV: 'development' }).webhookAllowPrivate, true);
    assert.equal(
      loadConfig({
        PARLEY_ENV: 'production',
        PARLEY_SMS_GATEWAY_URL: 'https://sms',
        PARLEY_SMS_GATEWAY_SECRET: 'x',
      }).webhookAllowPrivate,
      false,
    );
    assert.equal(
      loadConfig({
        PARLEY_ENV: 'production',
        PARLEY_SMS_GATEWAY_URL: 'https://sms',
        PARLEY_SMS_GATEWAY_SECRET: 'x',
        PARLEY_WEBHOOK_ALLOW_PRIVATE: '1',
      }).webhookAllowPrivate,
      true,
    );
    assert.throws(() => loadConfig({ PARLEY_WEBHOOK_ALLOW_PRIVATE: 'maybe' }));
  });
});
