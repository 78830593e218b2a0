import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { WhatsAppAPI } from 'whatsapp-api-js';
import { Image, Text } from 'whatsapp-api-js/messages';
import {
  ActionButtons,
  ActionList,
  Body,
  Button,
  Footer,
  Header,
  Interactive,
  ListSection,
  Row,
} from 'whatsapp-api-js/messages/interactive';
import {
  BodyComponent,
  BodyParameter,
  PayloadComponent,
  Template,
  URLComponent,
} from 'whatsapp-api-js/messages/template';
import type { OnMessageArgs, OnStatusArgs } from 'whatsapp-api-js/emitters';
import type { GetParams } from 'whatsapp-api-js/types';
import { call } from '../test-support/accounts-api.js';
import { fromWamid } from '../http/graph/wamid.js';
import { changesOf, PERSON_NAME, startCompatWorld, type CompatWorld } from './compat-world.js';

const GRAPH_ORIGIN = 'https://graph.facebook.com';

/**
 * `whatsapp-api-js` (6.2.2, the last release for Node 20), unmodified. It has no base URL option:
 * `https://graph.facebook.com` is written into each call, so its `ponyfill.fetch` is a fetch that
 * sends those calls to Parley instead. It has no template management (templates are made with a
 * plain Graph call here and managed through the other two libraries' tests).
 */
describe('compat: whatsapp-api-js', () => {
  let world: CompatWorld;
  let api: WhatsAppAPI;
  let toParley: typeof fetch;
  /** Every URL the library asked for, before the rewrite. */
  const requested: string[] = [];

  before(async () => {
    world = await startCompatWorld({ name: 'Secreto Shop' });
    toParley = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      requested.push(url);
      return fetch(
        url.startsWith(GRAPH_ORIGIN) ? world.server.url + url.slice(GRAPH_ORIGIN.length) : url,
        init,
      );
    };
    api = new WhatsAppAPI({
      token: world.tenant.token,
      appSecret: world.tenant.appSecret,
      webhookVerifyToken: 'js-verify',
      v: 'v23.0',
      ponyfill: { fetch: toParley },
    });
  });
  after(() => world.close());

  const phoneID = () => world.tenant.phoneNumberId;
  const to = () => world.personPhone.slice(1);

  test('sends text; every call the library makes goes to graph.facebook.com and is sent on to Parley', async () => {
    const sent = await api.sendMessage(phoneID(), to(), new Text('Hello from whatsapp-api-js'));
    assert.ok('messages' in sent, JSON.stringify(sent));
    const stored = await world.received(sent.messages[0].id);
    assert.deepEqual([stored.type, stored.content], ['text', { body: 'Hello from whatsapp-api-js' }]);
    assert.ok(
      requested.every((url) => url.startsWith(GRAPH_ORIGIN)),
      'the library itself still talks to Meta',
    );
  });

  test('uploads with its own helper, retrieves, fetches the bytes, sends by id and by link, deletes', async () => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(world.png)], { type: 'image/png' }), 'photo.png');
    // The library puts messaging_product in the query string and checks the type on its side.
    const uploaded = await api.uploadMedia(phoneID(), form);
    assert.ok('id' in uploaded, JSON.stringify(uploaded));
    const media = await api.retrieveMedia(uploaded.id, phoneID());
    assert.ok('url' in media, JSON.stringify(media));
    assert.equal(media.mime_type, 'image/png');
    const download = await api.fetchMedia(media.url);
    assert.equal(download.status, 200);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), world.png);

    const byId = await api.sendMessage(phoneID(), to(), new Image(uploaded.id, true, 'By id'));
    assert.ok('messages' in byId, JSON.stringify(byId));
    assert.equal((await world.received(byId.messages[0].id)).content.caption, 'By id');
    const byLink = await api.sendMessage(phoneID(), to(), new Image(world.pngLink, false, 'By link'));
    assert.ok('messages' in byLink, JSON.stringify(byLink));
    const stored = await world.received(byLink.messages[0].id);
    assert.deepEqual([stored.type, stored.content.caption], ['image', 'By link']);

    assert.deepEqual(await api.deleteMedia(uploaded.id, phoneID()), { success: true });
  });

  test('interactive buttons and list built with its classes', async () => {
    const buttons = await api.sendMessage(
      phoneID(),
      to(),
      new Interactive(
        new ActionButtons(new Button('red', 'Red'), new Button('blue', 'Blue')),
        new Body('Which colour?'),
        new Header('Paint'),
        new Footer('Paint Co'),
      ),
    );
    assert.ok('messages' in buttons, JSON.stringify(buttons));
    assert.deepEqual((await world.received(buttons.messages[0].id)).content, {
      kind: 'button',
      header: { type: 'text', text: 'Paint' },
      body: 'Which colour?',
      footer: 'Paint Co',
      buttons: [
        { id: 'red', title: 'Red' },
        { id: 'blue', title: 'Blue' },
      ],
    });
    const list = await api.sendMessage(
      phoneID(),
      to(),
      new Interactive(
        new ActionList(
          'Sizes',
          new ListSection('Shirts', new Row('s', 'Small'), new Row('m', 'Medium', 'Fits most')),
        ),
        new Body('Pick a size'),
      ),
    );
    assert.ok('messages' in list, JSON.stringify(list));
    assert.deepEqual((await world.received(list.messages[0].id)).content, {
      kind: 'list',
      body: 'Pick a size',
      list: {
        button: 'Sizes',
        sections: [
          {
            title: 'Shirts',
            rows: [
              { id: 's', title: 'Small' },
              { id: 'm', title: 'Medium', description: 'Fits most' },
            ],
          },
        ],
      },
    });
  });

  test('webhooks: GET handshake, signed messages, button and template replies, statuses, all through post()', async () => {
    // The library has no template management: the template is made with a plain Graph call.
    const created = await call(world.server.url, 'POST', `/v23.0/${world.tenant.wabaId}/message_templates`, {
      token: world.tenant.token,
      body: {
        name: 'appointment',
        language: 'en_US',
        category: 'UTILITY',
        components: [
          { type: 'BODY', text: 'See you on {{1}}.', example: { body_text: [['Monday']] } },
          {
            type: 'BUTTONS',
            buttons: [
              { type: 'QUICK_REPLY', text: 'Confirm' },
              { type: 'URL', text: 'Details', url: 'https://example.com/a/{{1}}', example: ['1'] },
            ],
          },
        ],
      },
    });
    assert.equal(created.status, 200, JSON.stringify(created.body));

    // The handshake is answered by the library's get(), which throws on a wrong token.
    world.developer.onHandshake = async (query) => {
      try {
        return { status: 200, body: api.get(query as unknown as GetParams) };
      } catch {
        return { status: 403, body: '' };
      }
    };
    const subscribed = await call(world.server.url, 'POST', `/v23.0/${world.tenant.appId}/subscriptions`, {
      token: world.tenant.token,
      body: {
        object: 'whatsapp_business_account',
        callback_url: world.developer.webhookUrl,
        verify_token: 'js-verify',
        fields: 'messages',
      },
    });
    assert.equal(subscribed.status, 200, JSON.stringify(subscribed.body));

    const question = await api.sendMessage(
      phoneID(),
      to(),
      new Interactive(new ActionButtons(new Button('y', 'Yes'), new Button('n', 'No')), new Body('Coming?')),
    );
    const reminder = await api.sendMessage(
      phoneID(),
      to(),
      new Template(
        'appointment',
        'en_US',
        new PayloadComponent('CONFIRM-42'),
        new URLComponent('42'),
        new BodyComponent(new BodyParameter('Tuesday')),
      ),
    );
    assert.ok('messages' in question && 'messages' in reminder, JSON.stringify([question, reminder]));
    const storedReminder = await world.received(reminder.messages[0].id);
    assert.equal(storedReminder.content.body, 'See you on Tuesday.');
    assert.deepEqual(storedReminder.content.buttons, [
      { type: 'quick_reply', text: 'Confirm', payload: 'CONFIRM-42' },
      { type: 'url', text: 'Details', url: 'https://example.com/a/42' },
    ]);

    // The person writes (non-ASCII: the library checks the signature over the \u-escaped body),
    // taps the interactive button and the template's quick reply.
    await world.personSends('text', { body: 'Ja, gerne — 😀' });
    await world.personSends('interactive_reply', {
      targetId: (await world.received(question.messages[0].id)).id,
      optionId: 'y',
    });
    await world.personSends('interactive_reply', { targetId: storedReminder.id, optionId: '0' });

    const messages: OnMessageArgs[] = [];
    const statuses: OnStatusArgs[] = [];
    // post() reads only the first change of a POST, and Parley, like Meta, batches changes; so
    // each signed POST goes through the secure post() whole, and each of its changes through
    // post() of an instance without an app secret.
    const split = new WhatsAppAPI({
      token: world.tenant.token,
      secure: false,
      v: 'v23.0',
      ponyfill: { fetch: toParley },
    });
    split.on.message = (args) => void messages.push(args);
    split.on.status = (args) => void statuses.push(args);
    let firstOfPosts = 0;
    api.on.message = () => void (firstOfPosts += 1);
    api.on.status = () => void (firstOfPosts += 1);
    const webhooks = await world.webhooksUntil((bodies) => {
      const changes = changesOf(bodies);
      const sent = changes
        .flatMap((c) => (c.value.statuses as { id: string }[] | undefined) ?? [])
        .map((s) => s.id);
      return (
        changes.filter((c) => c.value.messages !== undefined).length >= 3 &&
        sent.includes(question.messages[0].id) &&
        sent.includes(reminder.messages[0].id)
      );
    }, 'three message webhooks and the sent statuses of both business messages');
    for (const { raw, headers } of webhooks) {
      const body = raw.toString('utf8');
      const signature = headers['x-hub-signature-256'] as string;
      assert.equal(await api.verifyRequestSignature(body, signature), true);
      assert.equal(await api.verifyRequestSignature(body, `sha256=${'0'.repeat(64)}`), false);
      await api.post(JSON.parse(body), body, signature);
      const payload = JSON.parse(body) as { object: string; entry: { id: string; changes: unknown[] }[] };
      for (const entry of payload.entry) {
        for (const change of entry.changes) {
          await split.post({ object: payload.object, entry: [{ id: entry.id, changes: [change] }] } as never);
        }
      }
    }
    assert.equal(firstOfPosts, webhooks.length, 'the secure post() took every signed POST');
    const inbound = messages.map((m) => m.message);
    assert.ok(
      messages.every((m) => m.phoneID === phoneID() && m.from === to()),
      JSON.stringify(messages),
    );
    const text = inbound.find((m) => m.type === 'text');
    assert.equal(text?.type === 'text' ? text.text.body : undefined, 'Ja, gerne — 😀');
    // The handler's own helpers answer through the same rewritten fetch: mark read, then reply.
    const textArgs = messages.find((m) => m.message === text)!;
    assert.deepEqual(await textArgs.received(), { success: true });
    const answer = await textArgs.reply(new Text('Danke!'), true);
    assert.ok('messages' in answer, JSON.stringify(answer));
    assert.equal((await world.received(answer.messages[0].id)).replyToId, fromWamid(text!.id));
    const tapped = inbound.find((m) => m.type === 'interactive');
    assert.deepEqual(tapped?.type === 'interactive' ? tapped.interactive : undefined, {
      type: 'button_reply',
      button_reply: { id: 'y', title: 'Yes' },
    });
    assert.equal(tapped?.context?.id, question.messages[0].id);
    const quickReply = inbound.find((m) => m.type === 'button');
    assert.deepEqual(quickReply?.type === 'button' ? quickReply.button : undefined, {
      text: 'Confirm',
      payload: 'CONFIRM-42',
    });
    assert.equal(quickReply?.context?.id, reminder.messages[0].id);
    for (const wamid of [question.messages[0].id, reminder.messages[0].id]) {
      const sent = statuses.find((s) => s.id === wamid && s.status === 'sent');
      assert.ok(sent !== undefined, JSON.stringify(statuses.map((s) => s.raw)));
      assert.deepEqual([sent.phoneID, sent.phone], [phoneID(), to()]);
    }
    assert.ok(
      messages.every((m) => m.name === PERSON_NAME),
      JSON.stringify(messages.map((m) => m.name)),
    );
  });

  test('blocks and unblocks the person with its block helpers', async () => {
    const blocked = await api.blockUser(phoneID(), to());
    assert.ok('block_users' in blocked, JSON.stringify(blocked));
    assert.deepEqual(
      blocked.block_users.added_users.map((u) => u.wa_id),
      [to()],
    );
    const unblocked = await api.unblockUser(phoneID(), to());
    assert.ok('block_users' in unblocked, JSON.stringify(unblocked));
  });
});
