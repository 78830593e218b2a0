import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParleyClient } from '@parley/sdk';
import { call, phone, type Reply } from '../test-support/accounts-api.js';
import { signIn, upload, type Session } from '../test-support/catalog-api.js';
import { eventually, signUp, wsFactory } from '../test-support/clients.js';
import { createGraphTenant, type GraphTenant } from '../test-support/graph-tenant.js';
import { assertMetaWebhook } from '../test-support/meta-openapi.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import {
  changesOf,
  startWebhookReceiver,
  type WebhookChange as Change,
  type WebhookReceiver,
} from '../test-support/webhook-receiver.js';
import { fromWamid, toWamid } from '../http/graph/wamid.js';
import { sampleTemplate } from '../sandbox/sample-template.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- webhook bodies are read as the receiver reads them */
const inboundOf = (receiver: WebhookReceiver, wamid: string): Change | undefined =>
  changesOf(receiver).find((change) => change.value.messages?.[0]?.id === wamid);
const statusesOf = (receiver: WebhookReceiver, wamid: string): any[] =>
  changesOf(receiver)
    .flatMap((change) => change.value.statuses ?? [])
    .filter((status: { id: string }) => status.id === wamid);

/**
 * Every POST was signed with the app secret and has the shape Meta documents. Two places where
 * Meta's OpenAPI contradicts its webhook reference (contract 5.4) are checked by the tests
 * themselves: `ContextObject` requires `referred_product` (and `from`, `id`), which quoted
 * replies and forwards lack, and a reaction requires `emoji`, which a removed reaction lacks.
 * Those are filled with placeholders for the check.
 */
function assertWellFormed(receiver: WebhookReceiver): void {
  for (const request of receiver.requests) {
    assert.equal(request.signatureOk, true);
    assert.equal(request.headers['user-agent'], 'facebookexternalua');
    const payload = JSON.parse(request.body) as { entry: { changes: Change[] }[] };
    for (const change of payload.entry.flatMap((entry) => entry.changes)) {
      for (const message of change.value.messages ?? []) {
        if (message.context?.id === undefined) delete message.context;
        else message.context.referred_product ??= { catalog_id: '0', product_retailer_id: 'n/a' };
        if (message.type === 'reaction') message.reaction.emoji ??= '';
      }
    }
    assertMetaWebhook(payload);
  }
}

describe('platform webhooks: messages to and from platform numbers', () => {
  let server: TestServer;
  let acme: GraphTenant;
  let receiver: WebhookReceiver;
  let person: Session;
  let personWaId: string;
  let chatId: string;
  const closers: (() => Promise<void>)[] = [];

  const graphSend = (body: Record<string, unknown>, tenant = acme, to = phone(601)): Promise<Reply> =>
    call(server.url, 'POST', `/v23.0/${tenant.phoneNumberId}/messages`, {
      token: tenant.token,
      body: { messaging_product: 'whatsapp', to, ...body },
    });
  async function sentWamid(body: Record<string, unknown>, tenant = acme, to = phone(601)): Promise<string> {
    const reply = await graphSend(body, tenant, to);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body.messages[0].id as string;
  }
  async function personSays(body: Record<string, unknown>, session = person, chat = chatId) {
    const reply = await call(server.url, 'POST', `/v1/chats/${chat}/messages`, {
      token: session.token,
      body,
    });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    return { id: reply.body.id as string, seq: reply.body.seq as number, wamid: toWamid(reply.body.id) };
  }
  async function inbound(wamid: string, at = receiver): Promise<any> {
    await eventually(() => inboundOf(at, wamid) !== undefined, 5000, `the webhook of ${wamid}`);
    const change = inboundOf(at, wamid)!;
    assert.equal(change.field, 'messages');
    return change.value;
  }
  async function statuses(wamid: string, wanted: string[]): Promise<any[]> {
    await eventually(
      () => wanted.every((status) => statusesOf(receiver, wamid).some((s) => s.status === status)),
      5000,
      `${wanted.join(', ')} of ${wamid}`,
    );
    return statusesOf(receiver, wamid);
  }

  before(async () => {
    server = await startTestServer();
    acme = await createGraphTenant(server.parley, { name: 'Acme Shop' });
    receiver = await startWebhookReceiver({ secret: acme.appSecret });
    closers.push(() => receiver.close());
    await server.parley.platform.setWebhook(acme.appId, {
      callbackUrl: receiver.url,
      verifyToken: 'verify',
      fields: ['messages'],
    });
    person = await signIn(server.url, 601);
    personWaId = phone(601).slice(1);
    const named = await call(server.url, 'PATCH', '/v1/me', {
      token: person.token,
      body: { name: 'Sheena Nelson' },
    });
    assert.equal(named.status, 200, JSON.stringify(named.body));
    const chat = await call(server.url, 'POST', '/v1/chats/direct', {
      token: person.token,
      body: { accountId: acme.accountId },
    });
    chatId = chat.body.id;
  });
  after(async () => {
    for (const close of closers) await close();
    await server.close();
  });

  test('text, quotes, forwards, media, location, contacts, reactions and orders arrive as inbound messages', async () => {
    const hello = await personSays({ type: 'text', content: { body: 'Hello shop, äöå ✓' } });
    const value = await inbound(hello.wamid);
    assert.deepEqual(value.metadata, {
      display_phone_number: acme.phone.slice(1),
      phone_number_id: acme.phoneNumberId,
    });
    assert.deepEqual(value.contacts, [{ profile: { name: 'Sheena Nelson' }, wa_id: personWaId }]);
    const message = value.messages[0];
    assert.equal(message.from, personWaId);
    assert.equal(message.type, 'text');
    assert.deepEqual(message.text, { body: 'Hello shop, äöå ✓' });
    assert.match(message.timestamp, /^\d{10}$/);
    assert.equal(fromWamid(message.id), hello.id);

    const answer = await sentWamid({ text: { body: 'Hello! How can we help?' } });
    const answerId = fromWamid(answer)!;
    const quote = await personSays({ type: 'text', content: { body: 'This one' }, replyToId: answerId });
    assert.deepEqual((await inbound(quote.wamid)).messages[0].context, {
      from: acme.phone.slice(1),
      id: answer,
    });
    const ownQuote = await personSays({ type: 'text', content: { body: 'As I said' }, replyToId: hello.id });
    assert.deepEqual((await inbound(ownQuote.wamid)).messages[0].context, {
      from: personWaId,
      id: hello.wamid,
    });
    const forward = await personSays({ type: 'text', content: { body: 'Look' }, forwarded: true });
    assert.deepEqual((await inbound(forward.wamid)).messages[0].context, { forwarded: true });

    const mediaId = await upload(server.url, person.token);
    const image = await personSays({ type: 'image', content: { mediaId, caption: 'My receipt' } });
    const imageNode = (await inbound(image.wamid)).messages[0];
    assert.equal(imageNode.type, 'image');
    assert.equal(imageNode.image.caption, 'My receipt');
    assert.equal(imageNode.image.mime_type, 'image/png');
    assert.match(imageNode.image.id, /^\d{15,17}$/);
    assert.match(imageNode.image.sha256, /^[A-Za-z0-9+/]{43}=$/);
    // The business downloads it with the Graph media id the webhook named.
    const node = await call(server.url, 'GET', `/v23.0/${imageNode.image.id}`, { token: acme.token });
    assert.equal(node.status, 200, JSON.stringify(node.body));
    // The media node states sha256 in hex, the webhook in base64 (contract 14.6).
    assert.equal(node.body.sha256, Buffer.from(imageNode.image.sha256, 'base64').toString('hex'));

    const location = await personSays({
      type: 'location',
      content: { latitude: 52.52, longitude: 13.405, name: 'Shop', address: 'Main St 1' },
    });
    assert.deepEqual((await inbound(location.wamid)).messages[0].location, {
      latitude: 52.52,
      longitude: 13.405,
      name: 'Shop',
      address: 'Main St 1',
    });
    const card = { name: { formatted_name: 'Ann Lee' }, phones: [{ phone: '+14155550100', type: 'CELL' }] };
    const contacts = await personSays({ type: 'contacts', content: { contacts: [card] } });
    assert.deepEqual((await inbound(contacts.wamid)).messages[0].contacts, [card]);

    const like = await personSays({ type: 'reaction', content: { targetId: answerId, emoji: '👍' } });
    assert.deepEqual((await inbound(like.wamid)).messages[0].reaction, { message_id: answer, emoji: '👍' });
    const unlike = await personSays({ type: 'reaction', content: { targetId: answerId, emoji: '' } });
    assert.deepEqual((await inbound(unlike.wamid)).messages[0].reaction, { message_id: answer });

    const product = await server.parley.catalog.createProduct(acme.accountId, {
      name: 'Espresso',
      price: 250,
      currency: 'EUR',
    });
    const order = await personSays({
      type: 'order',
      content: { items: [{ productId: product.id, quantity: 2 }], note: 'No sugar' },
    });
    const orderNode = (await inbound(order.wamid)).messages[0];
    assert.equal(orderNode.type, 'order');
    assert.deepEqual(orderNode.order, {
      catalog_id: acme.phoneNumberId,
      text: 'No sugar',
      product_items: [{ product_retailer_id: product.id, quantity: 2, item_price: 2.5, currency: 'EUR' }],
    });

    // An edit has no Cloud API type: it arrives as `unsupported` with 131051.
    const edit = await personSays({ type: 'edit', content: { targetId: hello.id, body: 'Hello shop!' } });
    const unsupported = (await inbound(edit.wamid)).messages[0];
    assert.equal(unsupported.type, 'unsupported');
    assert.equal(unsupported.errors[0].code, 131051);
    assertWellFormed(receiver);
  });

  test('reply buttons, list rows and template quick replies arrive as interactive and button', async () => {
    const buttons = await sentWamid({
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Did your parcel arrive?' },
        action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
      },
    });
    const tap = await personSays({
      type: 'interactive_reply',
      content: { targetId: fromWamid(buttons), optionId: 'yes' },
    });
    const tapped = (await inbound(tap.wamid)).messages[0];
    assert.deepEqual(tapped.interactive, { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } });
    assert.deepEqual(tapped.context, { from: acme.phone.slice(1), id: buttons });

    const list = await sentWamid({
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'When should we come?' },
        action: {
          button: 'Pick a slot',
          sections: [{ title: 'Morning', rows: [{ id: 'am-9', title: '9:00', description: 'Before work' }] }],
        },
      },
    });
    const pick = await personSays({
      type: 'interactive_reply',
      content: { targetId: fromWamid(list), optionId: 'am-9' },
    });
    assert.deepEqual((await inbound(pick.wamid)).messages[0].interactive, {
      type: 'list_reply',
      list_reply: { id: 'am-9', title: '9:00', description: 'Before work' },
    });

    const promo = await server.parley.templates.create(acme.wabaId, {
      name: 'spring_promo',
      language: 'en_US',
      category: 'MARKETING',
      components: [
        { type: 'BODY', text: 'Our spring sale starts today.' },
        { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Stop promotions' }] },
      ],
    });
    if (promo.status === 'PENDING')
      await server.parley.templates.decide(acme.wabaId, promo.id, { action: 'approve' });
    const template = await sentWamid({
      type: 'template',
      template: {
        name: 'spring_promo',
        language: { code: 'en_US' },
        components: [
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '0',
            parameters: [{ type: 'payload', payload: 'STOP' }],
          },
        ],
      },
    });
    const stop = await personSays({
      type: 'interactive_reply',
      content: { targetId: fromWamid(template), optionId: '0' },
    });
    const stopped = (await inbound(stop.wamid)).messages[0];
    assert.equal(stopped.type, 'button');
    assert.deepEqual(stopped.button, { payload: 'STOP', text: 'Stop promotions' });
    assert.deepEqual(stopped.context, { from: acme.phone.slice(1), id: template });
    assertWellFormed(receiver);
  });

  test('the number’s message: sent, then delivered when the device acks, then read, callback data on each', async () => {
    const { client, phone: e164 } = await signUp(server.url, { name: 'Device Owner' });
    closers.push(async () => client.disconnect());
    await client.connect();
    const chat = await client.openDirectChat(acme.accountId);
    await client.sendText(chat.id, 'Hi, is my order ready?');
    const wamid = await sentWamid(
      { text: { body: 'Yes, ready for pickup' }, biz_opaque_callback_data: 'order-42' },
      acme,
      e164,
    );
    const recipient = e164.slice(1);
    const free = {
      billable: false,
      pricing_model: 'PMP',
      type: 'free_customer_service',
      category: 'service',
    };
    const early = await statuses(wamid, ['sent', 'delivered']);
    const sent = early.find((status) => status.status === 'sent');
    const delivered = early.find((status) => status.status === 'delivered');
    assert.deepEqual(sent, {
      id: wamid,
      status: 'sent',
      timestamp: sent.timestamp,
      recipient_id: recipient,
      biz_opaque_callback_data: 'order-42',
      pricing: free,
    });
    assert.deepEqual(
      { ...delivered, timestamp: undefined },
      {
        ...sent,
        status: 'delivered',
        timestamp: undefined,
      },
    );

    await markRead(client, chat.id, wamid);
    const all = await statuses(wamid, ['sent', 'delivered', 'read']);
    const read = all.find((status) => status.status === 'read');
    assert.equal(read.biz_opaque_callback_data, 'order-42');
    assert.equal(read.pricing, undefined, 'pricing on sent and on one later status only');
    assert.equal(all.length, 3);
    assertWellFormed(receiver);
  });

  /** Marks the chat read up to the message, as opening it does. */
  async function markRead(client: ParleyClient, chat: string, wamid: string): Promise<void> {
    const history = await client.history(chat);
    const seq = history.messages.find((m) => m.id === fromWamid(wamid))!.seq;
    client.realtime.markRead(chat, seq);
  }

  test('delivered and read at once is one read with pricing; templates are priced by category', async () => {
    await sampleTemplate(server.parley.templates)(acme.wabaId);
    const utility = await sentWamid({
      type: 'template',
      template: { name: 'hello_world', language: { code: 'en_US' } },
    });
    const marketing = await sentWamid({
      type: 'template',
      template: { name: 'spring_promo', language: { code: 'en_US' } },
    });
    const reaction = await sentWamid({ type: 'reaction', reaction: { message_id: utility, emoji: '❤️' } });
    const [utilitySent] = await statuses(utility, ['sent']);
    // The person wrote within 24 h: a utility template is free, a marketing one is billed.
    assert.deepEqual(utilitySent.pricing, {
      billable: false,
      pricing_model: 'PMP',
      type: 'free_customer_service',
      category: 'utility',
    });
    const [marketingSent] = await statuses(marketing, ['sent']);
    assert.deepEqual(marketingSent.pricing, {
      billable: true,
      pricing_model: 'PMP',
      type: 'regular',
      category: 'marketing',
    });
    assert.equal((await statuses(reaction, ['sent'])).length, 1);

    // The person was offline: opening the chat delivers and reads at once, the reaction too.
    const latest = await personSays({ type: 'text', content: { body: 'Thanks' } });
    const read = await call(server.url, 'POST', `/v1/chats/${chatId}/read`, {
      token: person.token,
      body: { seq: latest.seq },
    });
    assert.equal(read.status, 204, JSON.stringify(read.body));
    const marketingAll = await statuses(marketing, ['sent', 'read']);
    assert.deepEqual(
      marketingAll.map((status) => [status.status, status.pricing?.type]),
      [
        ['sent', 'regular'],
        ['read', 'regular'],
      ],
    );
    await statuses(utility, ['read']);
    // Reactions have only `sent` (contract 5.5); the later read above has been reported already.
    assert.deepEqual(
      statusesOf(receiver, reaction).map((status) => status.status),
      ['sent'],
    );
    assertWellFormed(receiver);
  });

  test('fields and override URLs pick who receives a change', async () => {
    const shop = await createGraphTenant(server.parley, { name: 'Fields Shop' });
    const platform = server.parley.platform;
    // The tenant's own app wants template updates only; a second app has an override URL and
    // named no fields (so gets `messages`); a third subscribed `messages` at its own URL.
    const own = await startWebhookReceiver({ secret: shop.appSecret });
    await platform.setWebhook(shop.appId, {
      callbackUrl: own.url,
      verifyToken: 'v',
      fields: ['message_template_status_update'],
    });
    const second = await platform.createApp(shop.portfolioId, 'Second app');
    const overridden = await startWebhookReceiver({ secret: second.secret });
    const secondOwn = await startWebhookReceiver({ secret: second.secret });
    await platform.setWebhook(second.id, { callbackUrl: secondOwn.url, verifyToken: 'v', fields: [] });
    await platform.subscribeApp(shop.wabaId, second.id, overridden.url);
    const third = await platform.createApp(shop.portfolioId, 'Third app');
    const thirdOwn = await startWebhookReceiver({ secret: third.secret });
    await platform.setWebhook(third.id, {
      callbackUrl: thirdOwn.url,
      verifyToken: 'v',
      fields: ['messages'],
    });
    await platform.subscribeApp(shop.wabaId, third.id);
    for (const r of [own, overridden, secondOwn, thirdOwn]) closers.push(() => r.close());

    const chat = await call(server.url, 'POST', '/v1/chats/direct', {
      token: person.token,
      body: { accountId: shop.accountId },
    });
    const said = await personSays({ type: 'text', content: { body: 'Hi fields' } }, person, chat.body.id);
    await inbound(said.wamid, overridden);
    await inbound(said.wamid, thirdOwn);
    // All endpoints of one change are persisted together: the others got nothing.
    const { webhooks } = server.parley;
    assert.equal((await webhooks.deliveries(shop.appId, { limit: 10 })).length, 0);
    assert.ok((await webhooks.deliveries(second.id, { limit: 10 })).every((d) => d.url === overridden.url));
    assert.equal(secondOwn.requests.length, 0);
    assertWellFormed(overridden);
    assertWellFormed(thirdOwn);
  });

  test('messages between people raise no webhooks', async () => {
    const other = await signIn(server.url, 602);
    const chat = await call(server.url, 'POST', '/v1/chats/direct', {
      token: person.token,
      body: { accountId: other.account.id },
    });
    const before = receiver.requests.length;
    const said = await personSays({ type: 'text', content: { body: 'Hi friend' } }, person, chat.body.id);
    // A later message to the number is the sync point: its webhook follows the first.
    const marker = await personSays({ type: 'text', content: { body: 'marker' } });
    await inbound(marker.wamid);
    assert.equal(inboundOf(receiver, said.wamid), undefined);
    assert.ok(receiver.requests.length > before);
  });
});

test('after a restart, receipts of messages the node never saw are read from the store', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-restart-'));
  const env = { PARLEY_DATA_DIR: dataDir };
  const first = await startTestServer({ env });
  const tenant = await createGraphTenant(first.parley, { name: 'Restart Shop' });
  const receiver = await startWebhookReceiver({ secret: tenant.appSecret });
  try {
    await first.parley.platform.setWebhook(tenant.appId, {
      callbackUrl: receiver.url,
      verifyToken: 'verify',
      fields: ['messages'],
    });
    const { client, phone: e164 } = await signUp(first.url, { name: 'Away Customer' });
    await client.connect();
    await client.sendText((await client.openDirectChat(tenant.accountId)).id, 'Back later');
    client.disconnect();
    const reply = await call(first.url, 'POST', `/v23.0/${tenant.phoneNumberId}/messages`, {
      token: tenant.token,
      body: { messaging_product: 'whatsapp', to: e164, text: { body: 'Your order shipped' } },
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    const wamid = reply.body.messages[0].id as string;
    await eventually(() => statusesOf(receiver, wamid).length === 1, 5000, 'the sent status');
    // Any later write purges that send's outbox row, so the next start does not replay it.
    const other = await signUp(first.url, { name: 'Someone Else' });
    await other.client.connect();
    await other.client.sendText((await other.client.openDirectChat(client.session.accountId)).id, 'hi');
    other.client.disconnect();
    await first.close();
    assert.deepEqual(
      statusesOf(receiver, wamid).map((s) => s.status),
      ['sent'],
      'the customer was away: nothing delivered yet',
    );

    // A new node: its memory of unread messages is empty, so the device's ack must find the message in the store.
    const second = await startTestServer({ env });
    try {
      const again = new ParleyClient({ baseUrl: second.url, socket: wsFactory });
      again.resumeSession(client.session);
      await again.connect();
      await eventually(
        () => statusesOf(receiver, wamid).some((s) => s.status === 'delivered'),
        10_000,
        'the delivered status from the second node',
      );
      again.disconnect();
    } finally {
      await second.close();
    }
  } finally {
    await receiver.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
