import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DomainError } from '@parley/core';
import { ParleyApiError, ParleyClient } from '@parley/sdk';
import { assertRefused, call, type Reply } from '../../test-support/accounts-api.js';
import { signIn, upload, type Session } from '../../test-support/catalog-api.js';
import { wsFactory } from '../../test-support/clients.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

const BUTTONS = {
  kind: 'button',
  body: 'Did your parcel arrive?',
  footer: 'Parcel Co',
  buttons: [
    { id: 'arrived', title: 'Yes' },
    { id: 'missing', title: 'Not yet' },
  ],
} as const;
const LIST = {
  kind: 'list',
  header: { type: 'text', text: 'Delivery slots' },
  body: 'When should we come?',
  list: {
    button: 'Pick a slot',
    sections: [
      { title: 'Morning', rows: [{ id: 'am-9', title: '9:00', description: 'Before work' }] },
      { title: 'Evening', rows: [{ id: 'pm-6', title: '18:00' }] },
    ],
  },
} as const;
const TEMPLATE = {
  templateId: 'tpl1',
  name: 'delivery_update',
  language: 'en_US',
  category: 'UTILITY',
  body: 'Your parcel is on its way',
  buttons: [
    { type: 'url', text: 'Track', url: 'https://example.com/track/1' },
    { type: 'quick_reply', text: 'Stop updates', payload: 'opt-out' },
  ],
} as const;

describe('interactive and template messages, answered by a person', () => {
  let server: TestServer;
  let shop: Session;
  let person: Session;
  let chatId: string;

  const post = (session: Session, path: string, body: unknown) =>
    call(server.url, 'POST', path, { token: session.token, body });
  /** What a platform number sends through the Graph API, sent in-process. */
  const platformSend = (type: 'interactive' | 'template', content: object, options = { platform: true }) =>
    server.parley.messaging.send(
      { accountId: shop.account.id, deviceId: null },
      { chatId, type, content } as Parameters<TestServer['parley']['messaging']['send']>[1],
      options,
    );
  const answer = (targetId: string, optionId: string, session = person): Promise<Reply> =>
    post(session, `/v1/chats/${chatId}/messages`, {
      type: 'interactive_reply',
      content: { targetId, optionId },
    });

  before(async () => {
    server = await startTestServer();
    shop = await signIn(server.url, 901, 'business');
    person = await signIn(server.url, 902);
    chatId = (await post(person, '/v1/chats/direct', { accountId: shop.account.id })).body.id;
  });
  after(() => server.close());

  test('a tap on a reply button is stored as the button the business sent, quoting its message', async () => {
    const target = await platformSend('interactive', BUTTONS);
    const reply = await answer(target.id, 'missing');
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    assert.equal(reply.body.type, 'interactive_reply');
    assert.equal(reply.body.replyToId, target.id);
    assert.deepEqual(reply.body.content, {
      targetId: target.id,
      kind: 'button_reply',
      id: 'missing',
      title: 'Not yet',
    });
    const history = await call(server.url, 'GET', `/v1/chats/${chatId}/messages`, { token: person.token });
    const stored = history.body.messages.find((m: { id: string }) => m.id === target.id);
    assert.deepEqual(stored.content, BUTTONS, 'the person reads the interactive message as sent');
  });

  test('a list row and a template quick reply resolve with their description and payload', async () => {
    const list = await platformSend('interactive', LIST);
    const row = await answer(list.id, 'am-9');
    assert.equal(row.status, 201, JSON.stringify(row.body));
    assert.deepEqual(row.body.content, {
      targetId: list.id,
      kind: 'list_reply',
      id: 'am-9',
      title: '9:00',
      description: 'Before work',
    });
    const template = await platformSend('template', TEMPLATE);
    const quick = await answer(template.id, '1');
    assert.equal(quick.status, 201, JSON.stringify(quick.body));
    assert.deepEqual(quick.body.content, {
      targetId: template.id,
      kind: 'button',
      id: '1',
      title: 'Stop updates',
      payload: 'opt-out',
    });
  });

  test('forged options, foreign targets and own messages are refused', async () => {
    const target = await platformSend('interactive', BUTTONS);
    const template = await platformSend('template', TEMPLATE);
    assertRefused(await answer(target.id, 'refund-me'), 400, 'invalid_argument');
    assertRefused(await answer(template.id, '0'), 400, 'invalid_argument');
    assertRefused(await answer(template.id, 'Stop updates'), 400, 'invalid_argument');
    assertRefused(await answer('no-such-message', 'arrived'), 404, 'not_found');
    assertRefused(await answer(target.id, 'arrived', shop), 400, 'invalid_argument');
    const text = await post(person, `/v1/chats/${chatId}/messages`, {
      type: 'text',
      content: { body: 'hi' },
    });
    assertRefused(await answer(text.body.id, 'hi'), 400, 'invalid_argument');
    const stored = await answer(target.id, 'arrived');
    assert.equal(stored.status, 201, JSON.stringify(stored.body));
    assert.equal(stored.body.content.title, 'Yes', 'a title the client sends is never used');
  });

  test('devices cannot send interactive or template messages, over REST or WebSocket', async () => {
    for (const [type, content] of [
      ['interactive', BUTTONS],
      ['template', TEMPLATE],
    ] as const) {
      const sent = await post(shop, `/v1/chats/${chatId}/messages`, { type, content });
      assertRefused(sent, 400, 'invalid_argument');
    }
    const extra = await post(person, `/v1/chats/${chatId}/messages`, {
      type: 'interactive_reply',
      content: { targetId: 'x', optionId: 'y', title: 'Forged' },
    });
    assertRefused(extra, 400, 'invalid_argument');

    // The sign-in reply carries the device too.
    const device = (shop as unknown as { device: { id: string } }).device.id;
    const client = new ParleyClient({ baseUrl: server.url, socket: wsFactory, reconnect: false });
    client.resumeSession({ token: shop.token, accountId: shop.account.id, deviceId: device });
    await client.connect();
    try {
      await assert.rejects(
        client.send({ chatId, type: 'interactive', content: BUTTONS } as never),
        (error: unknown) => error instanceof ParleyApiError && error.code === 'invalid_frame',
      );
    } finally {
      client.disconnect();
    }
  });

  test('in-process sends need the platform flag, valid content and existing header media', async () => {
    await assert.rejects(platformSend('interactive', BUTTONS, { platform: false }), DomainError);
    await assert.rejects(
      platformSend('interactive', { ...BUTTONS, buttons: [...BUTTONS.buttons, ...BUTTONS.buttons] }),
      DomainError,
    );
    await assert.rejects(
      platformSend('template', { ...TEMPLATE, header: { type: 'image', mediaId: 'missing-media' } }),
      (error: unknown) => error instanceof DomainError && error.code === 'not_found',
    );
    const mediaId = await upload(server.url, shop.token);
    const sent = await platformSend('template', { ...TEMPLATE, header: { type: 'image', mediaId } });
    assert.equal(sent.type, 'template');
  });
});
