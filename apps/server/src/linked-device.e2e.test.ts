import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ParleyClient } from '@parley/sdk';
import { eventually, Inbox, signUp, wsFactory } from './test-support/clients.js';
import { startTestServer, type TestServer } from './test-support/test-server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server.close();
});

test('a linked device receives the same history and then the same live messages', async () => {
  const alice = await signUp(server.url);
  const bob = await signUp(server.url);
  const chat = await alice.client.openDirectChat(bob.accountId);
  await alice.client.connect();
  for (const text of ['one', 'two', 'three']) await alice.client.sendText(chat.id, text);

  // The companion asks for a code, the primary approves it, the companion claims its token.
  const companion = new ParleyClient({ baseUrl: server.url, socket: wsFactory });
  const request = await companion.request<{ id: string; code: string; secret: string }>(
    'POST',
    '/v1/link-requests',
    {
      deviceName: 'Laptop',
      platform: 'web',
    },
  );
  await bob.client.request('POST', '/v1/devices/link', { code: request.code });
  const claimed = await companion.request<{ token: string; account: { id: string }; device: { id: string } }>(
    'POST',
    `/v1/link-requests/${request.id}/claim`,
    { secret: request.secret },
  );
  assert.equal(claimed.account.id, bob.accountId);
  companion.resumeSession({
    token: claimed.token,
    accountId: claimed.account.id,
    deviceId: claimed.device.id,
  });

  const companionInbox = new Inbox(companion);
  const phoneInbox = new Inbox(bob.client);
  await companion.connect();
  await bob.client.connect();
  assert.deepEqual(companionInbox.texts(chat.id), ['one', 'two', 'three']);

  await alice.client.sendText(chat.id, 'four');
  await eventually(() => companionInbox.texts(chat.id).includes('four'), 5000, 'companion live');
  await eventually(() => phoneInbox.texts(chat.id).includes('four'), 5000, 'phone live');

  // What one of Bob's devices sends shows on his other device too.
  await companion.sendText(chat.id, 'from the laptop');
  await eventually(
    () => phoneInbox.texts(chat.id).includes('from the laptop'),
    5000,
    'own message on the phone',
  );

  const devices = await bob.client.request<{ devices: { id: string; kind: string }[] }>('GET', '/v1/devices');
  assert.deepEqual(devices.devices.map((d) => d.kind).sort(), ['linked', 'primary']);
  for (const c of [alice.client, bob.client, companion]) c.disconnect();
});
