import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { GraphSendMessageBody } from '@parley/contracts';
import sharp from 'sharp';
import { parse } from 'yaml';
import { ConfigError, loadConfig } from '../../../config.js';
import { call, ManualClock, phone, type Reply } from '../../../test-support/accounts-api.js';
import { signIn, type Session } from '../../../test-support/catalog-api.js';
import { eventually, signUp } from '../../../test-support/clients.js';
import { assertGraphError, createGraphTenant, type GraphTenant } from '../../../test-support/graph-tenant.js';
import {
  assertMetaResponse,
  assertMetaWebhook,
  META_OPENAPI_PATH,
} from '../../../test-support/meta-openapi.js';
import { validatorCompiler } from '../../validators.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { fromWamid, toWamid } from '../wamid.js';

const HOUR = 60 * 60 * 1000;
const META_PATH = '/{Version}/{Phone-Number-ID}/messages';

test('every example of Meta’s OpenAPI for the types Parley sends passes the body schema', () => {
  const document = parse(readFileSync(META_OPENAPI_PATH, 'utf8')) as {
    paths: Record<string, { post: { requestBody: { content: Record<string, { examples: object }> } } }>;
  };
  const examples = document.paths[META_PATH]!.post.requestBody.content['application/json']!.examples;
  const validate = validatorCompiler({
    schema: GraphSendMessageBody,
    httpPart: 'body',
    method: 'POST',
    url: '/',
  });
  let checked = 0;
  for (const [name, { value }] of Object.entries(examples) as [
    string,
    { value: Record<string, unknown> },
  ][]) {
    const kind = (value.interactive as { type?: string } | undefined)?.type;
    if (kind !== undefined && !['button', 'list', 'cta_url'].includes(kind)) continue;
    const result = validate(value) as boolean | { error?: unknown };
    assert.ok(
      result === true || (typeof result === 'object' && result.error === undefined),
      `${name}: ${JSON.stringify((validate as { errors?: unknown }).errors)}`,
    );
    checked += 1;
  }
  assert.ok(checked >= 35, `only ${checked} examples checked`);
});

describe('Graph POST /{PNID}/messages', () => {
  const clock = new ManualClock();
  let server: TestServer;
  let acme: GraphTenant;
  let other: GraphTenant;
  let person: Session;
  let chatId: string;
  let receiver: Server | undefined;

  const graphPost = (path: string, body: unknown, token = acme.token): Promise<Reply> =>
    call(server.url, 'POST', path, { token, body });
  const send = (body: Record<string, unknown>, token = acme.token, pnid = acme.phoneNumberId) =>
    graphPost(`/v23.0/${pnid}/messages`, { messaging_product: 'whatsapp', ...body }, token);
  const toPerson = (body: Record<string, unknown>) => send({ to: phone(1), ...body });
  /** A person on Parley who writes to the number first, opening the window. */
  async function writingPerson(n: number): Promise<{ session: Session; chatId: string; lastId: string }> {
    const session = await signIn(server.url, n);
    const chat = await call(server.url, 'POST', '/v1/chats/direct', {
      token: session.token,
      body: { accountId: acme.accountId },
    });
    const said = await call(server.url, 'POST', `/v1/chats/${chat.body.id}/messages`, {
      token: session.token,
      body: { type: 'text', content: { body: 'Hello shop' } },
    });
    assert.equal(said.status, 201, JSON.stringify(said.body));
    return { session, chatId: chat.body.id, lastId: said.body.id };
  }
  async function historyOf(session: Session, id: string) {
    const reply = await call(server.url, 'GET', `/v1/chats/${id}/messages?limit=50`, {
      token: session.token,
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body.messages as { id: string; type: string; content: unknown; replyToId: string | null }[];
  }
  /** Sends, checks the Cloud API's answer, and returns the stored message as the person reads it. */
  async function sentAndStored(body: Record<string, unknown>) {
    const reply = await toPerson(body);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assertMetaResponse({ method: 'post', path: META_PATH, status: 200, body: reply.body });
    assert.deepEqual(reply.body.contacts, [{ input: phone(1), wa_id: phone(1).slice(1) }]);
    assert.equal(reply.body.messages[0].message_status, 'accepted');
    const id = fromWamid(reply.body.messages[0].id);
    assert.ok(id !== undefined, reply.body.messages[0].id);
    const stored = (await historyOf(person, chatId)).find((m) => m.id === id);
    assert.ok(stored !== undefined, 'the person sees the message');
    return stored;
  }
  async function graphUpload(bytes: Buffer, type: string, filename: string): Promise<string> {
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('type', type);
    form.set('file', new Blob([new Uint8Array(bytes)], { type }), filename);
    const reply = await fetch(`${server.url}/v23.0/${acme.phoneNumberId}/media`, {
      method: 'POST',
      headers: { authorization: `Bearer ${acme.token}` },
      body: form,
    });
    const body = (await reply.json()) as { id: string };
    assert.equal(reply.status, 200, JSON.stringify(body));
    return body.id;
  }

  before(async () => {
    server = await startTestServer({ clock });
    acme = await createGraphTenant(server.parley, { name: 'Acme Shop' });
    other = await createGraphTenant(server.parley, { name: 'Other Shop' });
    const first = await writingPerson(1);
    person = first.session;
    chatId = first.chatId;
  });
  after(async () => {
    await server.close();
    receiver?.close();
  });

  test('text, location, contacts and a quoted reply arrive as the person reads them', async () => {
    const text = await sentAndStored({
      type: 'text',
      text: { body: 'Your order shipped', preview_url: true },
    });
    assert.deepEqual([text.type, text.content], ['text', { body: 'Your order shipped' }]);
    // Without `type`, the one message object given names it (as in Meta's own examples).
    const untyped = await sentAndStored({ text: { body: 'No type given' } });
    assert.deepEqual(untyped.content, { body: 'No type given' });
    const untypedLocation = await sentAndStored({ location: { latitude: 1.5, longitude: 2.5 } });
    assert.deepEqual(
      [untypedLocation.type, untypedLocation.content],
      ['location', { latitude: 1.5, longitude: 2.5 }],
    );
    const location = await sentAndStored({
      type: 'location',
      location: { latitude: 37.758056, longitude: -122.425332, name: 'META HQ', address: '1 Hacker Way' },
    });
    assert.deepEqual(location.content, {
      latitude: 37.758056,
      longitude: -122.425332,
      name: 'META HQ',
      address: '1 Hacker Way',
    });
    const contacts = await sentAndStored({
      type: 'contacts',
      contacts: [
        {
          name: { formatted_name: 'John Smith', first_name: 'John' },
          phones: [{ phone: '+1 (650) 555-1234', type: 'WORK', wa_id: '16505551234' }],
          emails: [{ email: 'john@example.com', type: 'WORK' }],
          org: { company: 'Acme' },
          birthday: '2012-08-18',
        },
      ],
    });
    assert.deepEqual(contacts.content, {
      contacts: [
        {
          name: { formatted_name: 'John Smith', first_name: 'John' },
          phones: [{ phone: '+1 (650) 555-1234', type: 'WORK', wa_id: '16505551234' }],
          emails: [{ email: 'john@example.com', type: 'WORK' }],
        },
      ],
    });
    const reply = await sentAndStored({
      text: { body: 'Quoting you' },
      context: { message_id: toWamid(text.id) },
    });
    assert.equal(reply.replyToId, text.id);
  });

  test('media by Graph id: image with caption, document with file name, sticker', async () => {
    const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#3a7' } })
      .png()
      .toBuffer();
    const imageId = await graphUpload(png, 'image/png', 'photo.png');
    const image = await sentAndStored({ type: 'image', image: { id: imageId, caption: 'Your receipt' } });
    assert.equal(image.type, 'image');
    const imageContent = image.content as { mediaId: string; caption: string };
    assert.equal(imageContent.caption, 'Your receipt');
    const download = await fetch(`${server.url}/v1/media/${imageContent.mediaId}`, {
      headers: { authorization: `Bearer ${person.token}` },
    });
    assert.equal(download.status, 200, 'the person can open the image');

    const webp = await sharp({ create: { width: 512, height: 512, channels: 4, background: '#f00f' } })
      .webp()
      .toBuffer();
    const stickerId = await graphUpload(webp, 'image/webp', 'sticker.webp');
    const sticker = await sentAndStored({ type: 'sticker', sticker: { id: stickerId } });
    assert.equal(sticker.type, 'sticker');

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const pdfId = await graphUpload(pdf, 'application/pdf', 'invoice.pdf');
    const document = await sentAndStored({
      type: 'document',
      document: { id: pdfId, caption: 'Invoice', filename: 'invoice-42.pdf' },
    });
    assert.deepEqual(
      [document.type, (document.content as { filename: string }).filename],
      ['document', 'invoice-42.pdf'],
    );
    // An id of another WABA is not a value this sender can use.
    const foreign = await send({ to: phone(1), type: 'image', image: { id: '7000000000000000' } });
    assertGraphError(foreign, 400, 131009);
    assertGraphError(await toPerson({ type: 'image', image: {} }), 400, 131008);
  });

  test('interactive buttons, list and link button are stored as the people side shows them', async () => {
    const buttons = await sentAndStored({
      type: 'interactive',
      interactive: {
        type: 'button',
        header: { type: 'text', text: 'Delivery' },
        body: { text: 'Did your parcel arrive?' },
        footer: { text: 'Parcel Co' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'yes', title: 'Yes' } },
            { type: 'reply', reply: { id: 'no', title: 'Not yet' } },
          ],
        },
      },
    });
    assert.deepEqual(buttons.content, {
      kind: 'button',
      header: { type: 'text', text: 'Delivery' },
      body: 'Did your parcel arrive?',
      footer: 'Parcel Co',
      buttons: [
        { id: 'yes', title: 'Yes' },
        { id: 'no', title: 'Not yet' },
      ],
    });
    const list = await sentAndStored({
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
    assert.deepEqual(list.content, {
      kind: 'list',
      body: 'When should we come?',
      list: {
        button: 'Pick a slot',
        sections: [{ title: 'Morning', rows: [{ id: 'am-9', title: '9:00', description: 'Before work' }] }],
      },
    });
    const cta = await sentAndStored({
      type: 'interactive',
      interactive: {
        type: 'cta_url',
        body: { text: 'Track your parcel' },
        action: { name: 'cta_url', parameters: { display_text: 'Track', url: 'https://example.com/t/1' } },
      },
    });
    assert.deepEqual(cta.content, {
      kind: 'cta_url',
      body: 'Track your parcel',
      cta: { displayText: 'Track', url: 'https://example.com/t/1' },
    });
    // The person answers with a button; the quoted answer is a message to the number like any other.
    const answer = await call(server.url, 'POST', `/v1/chats/${chatId}/messages`, {
      token: person.token,
      body: { type: 'interactive_reply', content: { targetId: buttons.id, optionId: 'no' } },
    });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    // Duplicate titles are a bad value (the people side's own check), flows are not supported.
    const duplicate = await toPerson({
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Pick' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'a', title: 'Same' } },
            { type: 'reply', reply: { id: 'b', title: 'Same' } },
          ],
        },
      },
    });
    assertGraphError(duplicate, 400, 131009);
    const flow = await toPerson({
      type: 'interactive',
      interactive: { type: 'flow', body: { text: 'x' }, action: {} },
    });
    assertGraphError(flow, 400, 131009);
    assertGraphError(
      await toPerson({
        type: 'interactive',
        interactive: { type: 'button', body: { text: 'x' }, action: {} },
      }),
      400,
      131008,
    );
  });

  test('a reaction lands on its target, an empty emoji removes it, unknown targets are 131009', async () => {
    const target = await sentAndStored({ text: { body: 'React to me' } });
    const wamid = toWamid(target.id);
    await sentAndStored({ type: 'reaction', reaction: { message_id: wamid, emoji: '👍' } });
    const withReaction = await call(server.url, 'GET', `/v1/chats/${chatId}/messages?limit=50`, {
      token: person.token,
    });
    assert.ok(
      withReaction.body.reactions.some(
        (r: { messageId: string; emoji: string }) => r.messageId === target.id && r.emoji === '👍',
      ),
      JSON.stringify(withReaction.body.reactions),
    );
    await sentAndStored({ type: 'reaction', reaction: { message_id: wamid, emoji: '' } });
    const removed = await call(server.url, 'GET', `/v1/chats/${chatId}/messages?limit=50`, {
      token: person.token,
    });
    assert.ok(!removed.body.reactions.some((r: { messageId: string }) => r.messageId === target.id));
    for (const message_id of ['wamid.nope', toWamid('NoSuchMessage123')]) {
      assertGraphError(
        await toPerson({ type: 'reaction', reaction: { message_id, emoji: '👍' } }),
        400,
        131009,
      );
    }
  });

  test('a number not on Parley gets 200, then a failed status with 131026 and the callback data', async () => {
    const received: unknown[] = [];
    const hooks = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(JSON.parse(body));
        response.end('ok');
      });
    });
    receiver = hooks;
    await new Promise<void>((resolve) => hooks.listen(0, '127.0.0.1', resolve));
    {
      const port = (hooks.address() as AddressInfo).port;
      await server.parley.platform.setWebhook(acme.appId, {
        callbackUrl: `http://127.0.0.1:${port}/hook`,
        verifyToken: 'verify',
        fields: ['messages'],
      });
      const nobody = phone(9999);
      const reply = await send({
        to: nobody,
        text: { body: 'Hello?' },
        biz_opaque_callback_data: 'order-77',
      });
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assertMetaResponse({ method: 'post', path: META_PATH, status: 200, body: reply.body });
      const wamid = reply.body.messages[0].id;
      const statusOf = () =>
        received
          .flatMap((p) => (p as { entry: { changes: { value: { statuses?: unknown[] } }[] }[] }).entry)
          .flatMap((e) => e.changes)
          .flatMap((c) => c.value.statuses ?? [])
          .find((s) => (s as { id: string }).id === wamid) as Record<string, unknown> | undefined;
      await eventually(() => statusOf() !== undefined, 5000, 'the failed status webhook');
      const status = statusOf()!;
      assert.equal(status.status, 'failed');
      assert.equal(status.recipient_id, nobody.slice(1));
      assert.equal(status.biz_opaque_callback_data, 'order-77');
      assert.equal((status.errors as { code: number }[])[0]!.code, 131026);
      for (const payload of received) assertMetaWebhook(payload);
    }
  });

  test('callback data is kept for the status webhooks of a delivered message', async () => {
    const reply = await toPerson({ text: { body: 'Tracked' }, biz_opaque_callback_data: 'campaign=7' });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    const id = fromWamid(reply.body.messages[0].id)!;
    assert.equal(await server.parley.platformMessaging.callbackDataOf(id), 'campaign=7');
    const plain = await toPerson({ text: { body: 'Untracked' } });
    assert.equal(
      await server.parley.platformMessaging.callbackDataOf(fromWamid(plain.body.messages[0].id)!),
      undefined,
    );
    assertGraphError(
      await toPerson({ text: { body: 'x' }, biz_opaque_callback_data: 'x'.repeat(513) }),
      400,
      131009,
    );
  });

  test('mark read (POST and the historic PUT) moves the number’s read watermark; typing shows', async () => {
    const reader = await signUp(server.url, { phone: phone(4) });
    const chat = await reader.client.openDirectChat(acme.accountId);
    const typing: unknown[] = [];
    reader.client.realtime.on('typing', (frame) => typing.push(frame));
    await reader.client.connect();
    try {
      const first = await reader.client.send({ chatId: chat.id, type: 'text', content: { body: 'one' } });
      const second = await reader.client.send({ chatId: chat.id, type: 'text', content: { body: 'two' } });
      const read = await send({
        status: 'read',
        message_id: toWamid(first.id),
        typing_indicator: { type: 'text' },
      });
      assert.equal(read.status, 200, JSON.stringify(read.body));
      assert.deepEqual(read.body, { success: true });
      const info = async (id: string) =>
        (
          await call(server.url, 'GET', `/v1/chats/${chat.id}/messages/${id}/info`, {
            token: reader.client.session.token,
          })
        ).body.receipts as { accountId: string; status: string }[];
      assert.ok((await info(first.id)).some((r) => r.accountId === acme.accountId && r.status === 'read'));
      assert.ok(!(await info(second.id)).some((r) => r.status === 'read'));
      await eventually(() => typing.length > 0, 5000, 'the typing indicator');
      assert.deepEqual(typing[0], {
        type: 'typing',
        chatId: chat.id,
        accountId: acme.accountId,
        state: 'composing',
      });

      const put = await call(server.url, 'PUT', `/v17.0/${acme.phoneNumberId}/messages`, {
        token: acme.token,
        body: { messaging_product: 'whatsapp', status: 'read', message_id: toWamid(second.id) },
      });
      assert.deepEqual([put.status, put.body], [200, { success: true }]);
      assert.ok((await info(second.id)).some((r) => r.accountId === acme.accountId && r.status === 'read'));
      assertGraphError(await send({ status: 'read', message_id: 'wamid.bogus' }), 400, 100, 33);
    } finally {
      reader.client.disconnect();
    }
  });

  test('every bad input gets its Cloud API code', async () => {
    const body = (extra: Record<string, unknown>) => ({
      to: phone(1),
      type: 'text',
      text: { body: 'x' },
      ...extra,
    });
    assertGraphError(await send({ type: 'text', text: { body: 'x' } }), 400, 131008);
    const noBody = await toPerson({ type: 'text', text: {} });
    assertGraphError(noBody, 400, 131008);
    assert.match(noBody.body.error.error_data.details, /text\.body/);
    assertGraphError(await toPerson({ type: 'image' }), 400, 131008);
    const nothing = await toPerson({});
    assertGraphError(nothing, 400, 131008);
    assert.match(nothing.body.error.error_data.details, /text/);
    assertGraphError(await graphPost(`/v23.0/${acme.phoneNumberId}/messages`, body({})), 400, 131008);
    assertGraphError(await send(body({ surprise: 1 })), 400, 100);
    assertGraphError(await send(body({ text: { body: 'x', bold: true } })), 400, 100);
    const long = await send(body({ text: { body: 'x'.repeat(4097) } }));
    assertGraphError(long, 400, 131009);
    assert.match(long.body.error.error_data.details, /text\.body/);
    assertGraphError(await send(body({ text: { body: 42 } })), 400, 131009);
    assertGraphError(await send(body({ type: 'pin' })), 400, 131009);
    assertGraphError(await send(body({ to: 'not a phone' })), 400, 131009);
    assertGraphError(await send(body({ context: { message_id: 'wamid.!!' } })), 400, 131009);
    assertGraphError(await send(body({ context: { message_id: toWamid('Unknown1') } })), 400, 131009);
    assertGraphError(await send(body({ to: acme.phone })), 400, 131021);
    assertGraphError(await send(body({}), acme.token, other.phoneNumberId), 400, 100, 33);
    assertGraphError(await send(body({}), acme.token, '3999999999999999'), 400, 100, 33);
    assertGraphError(await send(body({}), 'EAAnope'), 401, 190);

    const user = await server.parley.platform.createSystemUser(acme.portfolioId, 'managers');
    const { token: management } = await server.parley.platform.issueToken(user, {
      permissions: ['whatsapp_business_management'],
      wabaIds: [acme.wabaId],
    });
    assertGraphError(await send(body({}), management), 403, 200);
    const { token: messaging } = await server.parley.platform.issueToken(user, {
      permissions: ['whatsapp_business_messaging'],
      wabaIds: [acme.wabaId],
    });
    assert.equal((await send(body({}), messaging)).status, 200);

    const unregistered = await server.parley.platform.addNumber(acme.wabaId, '+12025550199', 'Acme Two');
    assertGraphError(await send(body({}), acme.token, unregistered.id), 400, 133010);
  });

  test('phone formats: + - ( ) and spaces, wa_ids, and the number’s country code when + is missing', async () => {
    const formats = ['+1 (415) 555-0001', '14155550001', '(415) 555-0001', '415 555 0001'];
    for (const to of formats) {
      const reply = await send({ to, text: { body: `to ${to}` } });
      assert.equal(reply.status, 200, `${to}: ${JSON.stringify(reply.body)}`);
      assert.deepEqual(reply.body.contacts, [{ input: to, wa_id: '14155550001' }]);
    }
    const texts = (await historyOf(person, chatId)).map((m) => (m.content as { body?: string }).body);
    for (const to of formats) assert.ok(texts.includes(`to ${to}`), to);
  });
  test('the 24 h window: never wrote → 131047; 23 h ago → sent; 25 h ago → 131047; writing reopens it', async () => {
    const stranger = await signIn(server.url, 2);
    const silent = await send({ to: phone(2), text: { body: 'Hi' } });
    assertGraphError(silent, 400, 131047);
    assert.match(silent.body.error.error_data.details, /more than 24 hours/);
    // A template may always start the conversation.
    const { templates } = server.parley;
    const created = await templates.create(acme.wabaId, {
      name: 'order_update',
      language: 'en_US',
      category: 'UTILITY',
      components: [
        { type: 'BODY', text: 'Hello {{1}}, your order shipped', example: { body_text: [['Ann']] } },
      ],
    } as Parameters<typeof templates.create>[1]);
    if (created.status === 'PENDING') await templates.decide(acme.wabaId, created.id, { action: 'approve' });
    const template = await send({
      to: phone(2),
      type: 'template',
      template: {
        name: 'order_update',
        language: { code: 'en_US' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ann' }] }],
      },
    });
    assert.equal(template.status, 200, JSON.stringify(template.body));
    const strangerChat = await call(server.url, 'POST', '/v1/chats/direct', {
      token: stranger.token,
      body: { accountId: acme.accountId },
    });
    const stored = (await historyOf(stranger, strangerChat.body.id)).find((m) => m.type === 'template');
    assert.equal((stored?.content as { body: string }).body, 'Hello Ann, your order shipped');
    assertGraphError(
      await send({
        to: phone(2),
        type: 'template',
        template: { name: 'no_such', language: { code: 'en_US' } },
      }),
      404,
      132001,
    );

    const { session, chatId: chat } = await writingPerson(3);
    clock.advance(23 * HOUR);
    assert.equal((await send({ to: phone(3), text: { body: 'Within the day' } })).status, 200);
    clock.advance(2 * HOUR);
    assertGraphError(await send({ to: phone(3), text: { body: 'Too late' } }), 400, 131047);
    const again = await call(server.url, 'POST', `/v1/chats/${chat}/messages`, {
      token: session.token,
      body: { type: 'text', content: { body: 'Still there?' } },
    });
    assert.equal(again.status, 201, JSON.stringify(again.body));
    await eventually(async () => (await send({ to: phone(3), text: { body: 'Yes!' } })).status === 200);
  });

  test('throttles: 131056 after a burst of 45 to one person, 130429 past 80 a second, each with Retry-After', async () => {
    // A number of its own, so the buckets start full whatever the other tests sent.
    const shop = await createGraphTenant(server.parley, { name: 'Busy Shop' });
    const sendTo = async (to: string) => {
      const response = await fetch(`${server.url}/v23.0/${shop.phoneNumberId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${shop.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ messaging_product: 'whatsapp', to, type: 'text', text: { body: 'Sale!' } }),
      });
      return {
        status: response.status,
        body: await response.json(),
        retryAfter: response.headers.get('retry-after'),
      };
    };
    for (let i = 0; i < 45; i++) assert.equal((await sendTo(phone(9100))).status, 200);
    const pair = await sendTo(phone(9100));
    assertGraphError(pair, 400, 131056);
    assert.equal(pair.retryAfter, '6');
    for (let i = 0; i < 35; i++) assert.equal((await sendTo(phone(9200 + i))).status, 200);
    const busy = await sendTo(phone(9300));
    assertGraphError(busy, 400, 130429);
    assert.equal(busy.retryAfter, '1');
    clock.advance(1_000);
    assert.equal((await sendTo(phone(9300))).status, 200);
  });
});

test('PARLEY_THROUGHPUT_LIMITS is on unless set off, and nothing else', () => {
  assert.equal(loadConfig({ PARLEY_ENV: 'test' }).throughputLimits, true);
  assert.equal(loadConfig({ PARLEY_ENV: 'test', PARLEY_THROUGHPUT_LIMITS: 'off' }).throughputLimits, false);
  assert.throws(() => loadConfig({ PARLEY_ENV: 'test', PARLEY_THROUGHPUT_LIMITS: 'no' }), ConfigError);
});
