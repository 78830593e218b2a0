import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, MessageType } from '@great-detail/whatsapp';
import { changesOf, startCompatWorld, type CompatWorld } from './compat-world.js';

/**
 * `@great-detail/whatsapp` (8.4.0, the last release for Node 20), unmodified, pointed at Parley
 * with its `prefixUrl` option. It has no builders for interactive messages: its `createMessage`
 * takes the Graph object as given, which is what it is driven with here.
 */
describe('compat: @great-detail/whatsapp', () => {
  let world: CompatWorld;
  let sdk: Client;
  const auth = () => ({ Authorization: `Bearer ${world.tenant.token}` });

  before(async () => {
    world = await startCompatWorld({ name: 'Great Detail Shop' });
    // `retry: 0` so that a refusal fails at once instead of after ky's three retries.
    sdk = new Client({
      prefixUrl: world.server.url,
      graphVersion: 'v23.0',
      request: { headers: auth(), retry: 0 },
    });
  });
  after(() => world.close());

  const phoneNumberID = () => world.tenant.phoneNumberId;

  test('sends text and reads the Cloud API answer', async () => {
    const sent = await sdk.message
      .createMessage({
        phoneNumberID: phoneNumberID(),
        to: world.personPhone,
        type: MessageType.Text,
        text: { body: 'Hello from Great Detail', preview_url: false },
      })
      .json();
    assert.equal(sent.messaging_product, 'whatsapp');
    assert.equal(sent.contacts[0]!.wa_id, world.personPhone.slice(1));
    const stored = await world.received(sent.messages[0]!.id);
    assert.deepEqual([stored.type, stored.content], ['text', { body: 'Hello from Great Detail' }]);
  });

  test('uploads media, gets its URL, downloads it with the library, sends it by id and by link', async () => {
    const uploaded = await sdk.media
      .upload({
        phoneNumberID: phoneNumberID(),
        file: new Blob([new Uint8Array(world.png)], { type: 'image/png' }),
        filename: 'photo.png',
        mimeType: 'image/png',
      })
      .json();
    assert.match(uploaded.id, /^\d+$/);
    const media = await sdk.media.getURL({ mediaID: uploaded.id, phoneNumberID: phoneNumberID() }).json();
    assert.equal(media.mime_type, 'image/png');
    assert.equal(String(media.file_size), String(world.png.length));
    assert.match(media.sha256, /^[0-9a-f]{64}$/);
    // The download needs the token, as Meta's does; the library leaves the headers to the caller.
    const download = await sdk.media.download({ mediaURL: media.url, request: { headers: auth() } });
    assert.equal(download.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), world.png);
    // Without the token the URL is a 404, which ky throws.
    await assert.rejects(
      sdk.media.download({ mediaURL: media.url, request: { retry: 0 } }),
      (error: unknown) => isHttpError(error, 404),
    );

    const byId = await sdk.message
      .createMessage({
        phoneNumberID: phoneNumberID(),
        to: world.personPhone,
        type: MessageType.Image,
        image: { id: uploaded.id, caption: 'By id' },
      })
      .json();
    assert.equal((await world.received(byId.messages[0]!.id)).content.caption, 'By id');
    const byLink = await sdk.message
      .createMessage({
        phoneNumberID: phoneNumberID(),
        to: world.personPhone,
        type: MessageType.Image,
        image: { link: world.pngLink, caption: 'By link' },
      })
      .json();
    const stored = await world.received(byLink.messages[0]!.id);
    assert.deepEqual([stored.type, stored.content.caption], ['image', 'By link']);

    assert.deepEqual(
      await sdk.media.delete({ mediaID: uploaded.id, phoneNumberID: phoneNumberID() }).json(),
      {
        success: true,
      },
    );
  });

  test('interactive buttons and list, given as Graph objects', async () => {
    const buttons = await sdk.message
      .createMessage({
        phoneNumberID: phoneNumberID(),
        to: world.personPhone,
        type: MessageType.Interactive,
        interactive: {
          type: 'button',
          body: { text: 'Keep the booking?' },
          action: {
            buttons: [
              { type: 'reply', reply: { id: 'keep', title: 'Keep' } },
              { type: 'reply', reply: { id: 'cancel', title: 'Cancel' } },
            ],
          },
        },
      })
      .json();
    assert.deepEqual((await world.received(buttons.messages[0]!.id)).content, {
      kind: 'button',
      body: 'Keep the booking?',
      buttons: [
        { id: 'keep', title: 'Keep' },
        { id: 'cancel', title: 'Cancel' },
      ],
    });
    const list = await sdk.message
      .createMessage({
        phoneNumberID: phoneNumberID(),
        to: world.personPhone,
        type: MessageType.Interactive,
        interactive: {
          type: 'list',
          header: { type: 'text', text: 'Menu' },
          body: { text: 'What would you like?' },
          footer: { text: 'Cafe' },
          action: {
            button: 'Choose',
            sections: [
              { title: 'Drinks', rows: [{ id: 'tea', title: 'Tea' }] },
              { title: 'Food', rows: [{ id: 'cake', title: 'Cake', description: 'Lemon' }] },
            ],
          },
        },
      })
      .json();
    assert.deepEqual((await world.received(list.messages[0]!.id)).content, {
      kind: 'list',
      header: { type: 'text', text: 'Menu' },
      body: 'What would you like?',
      footer: 'Cafe',
      list: {
        button: 'Choose',
        sections: [
          { title: 'Drinks', rows: [{ id: 'tea', title: 'Tea' }] },
          { title: 'Food', rows: [{ id: 'cake', title: 'Cake', description: 'Lemon' }] },
        ],
      },
    });
  });

  test('templates: create, list, send with parameters, tap its quick reply, delete', async () => {
    const wabaId = world.tenant.wabaId;
    const created = await sdk.template
      .create(wabaId, {
        name: 'order_ready',
        language: 'en_US',
        category: 'UTILITY',
        parameter_format: 'POSITIONAL',
        components: [
          { type: 'HEADER', format: 'TEXT', text: 'Order update' },
          {
            type: 'BODY',
            text: 'Hi {{1}}, your order {{2}} is ready.',
            // Meta's OpenAPI nests body_text (one list per example); the library types it flat.
            example: { body_text: [['Ann', 'A-1']] as unknown as string[] },
          },
          { type: 'FOOTER', text: 'Parcel Co' },
          {
            type: 'BUTTONS',
            buttons: [
              { type: 'QUICK_REPLY', text: 'Thanks' },
              { type: 'URL', text: 'Track', url: 'https://example.com/t/{{1}}', example: ['A-1'] },
            ],
          },
        ],
      })
      .json();
    assert.match(created.id, /^\d+$/);
    assert.equal(created.category, 'UTILITY');
    assert.equal(created.status, 'APPROVED');

    const listed = await sdk.template
      .list(wabaId, { name_or_content: 'order_ready', fields: ['name', 'status', 'language'] })
      .json();
    assert.deepEqual(
      listed.data.map((t) => [t.id, t.name, t.status, t.language]),
      [[created.id, 'order_ready', 'APPROVED', 'en_US']],
    );
    const got = await sdk.template.get(created.id, { fields: ['name', 'components'] }).json();
    assert.equal(got.name, 'order_ready');

    const sent = await sdk.message
      .createMessage({
        phoneNumberID: phoneNumberID(),
        to: world.personPhone,
        type: MessageType.Template,
        template: {
          name: 'order_ready',
          language: { code: 'en_US' },
          components: [
            {
              type: 'body',
              parameters: [
                { type: 'text', text: 'Bo' },
                { type: 'text', text: 'B-7' },
              ],
            },
            {
              type: 'button',
              sub_type: 'quick_reply',
              index: '0',
              parameters: [{ type: 'payload', payload: 'THANKS-B7' }],
            },
            { type: 'button', sub_type: 'url', index: '1', parameters: [{ type: 'text', text: 'B-7' }] },
          ],
        },
      })
      .json();
    const stored = await world.received(sent.messages[0]!.id);
    assert.equal(stored.type, 'template');
    assert.equal(stored.content.name, 'order_ready');
    assert.equal(stored.content.body, 'Hi Bo, your order B-7 is ready.');
    assert.deepEqual(stored.content.header, { type: 'text', text: 'Order update' });
    assert.deepEqual(stored.content.buttons, [
      { type: 'quick_reply', text: 'Thanks', payload: 'THANKS-B7' },
      { type: 'url', text: 'Track', url: 'https://example.com/t/B-7' },
    ]);

    // The webhook arrives at a WABA override URL set with the library's subscribed_apps helper,
    // after the GET handshake answered by the library's registration helper.
    world.developer.onHandshake = async (query) => {
      const registration = await sdk.webhook.register({ method: 'GET', query, headers: {} });
      return registration.verifyToken === 'gd-verify'
        ? { status: 200, body: registration.accept() }
        : { status: 403, body: '' };
    };
    const subscribed = await sdk.subscribedApps
      .createSubscription({
        businessAccountID: wabaId,
        override_callback_uri: world.developer.webhookUrl,
        verify_token: 'gd-verify',
      })
      .json();
    assert.equal(subscribed.success, true);
    const apps = await sdk.subscribedApps.listSubscriptions({ businessAccountID: wabaId }).json();
    assert.deepEqual(
      apps.data.map((a) => a.whatsapp_business_api_data.id),
      [world.tenant.appId],
    );

    await world.personSends('interactive_reply', { targetId: stored.id, optionId: '0' });
    const webhooks = await world.webhooksUntil(
      (bodies) =>
        changesOf(bodies).some((c) =>
          (c.value.messages as { type: string }[] | undefined)?.some((m) => m.type === 'button'),
        ),
      'the quick reply webhook',
    );
    const tapped = [];
    for (const { raw, headers } of webhooks) {
      const event = await sdk.webhook.eventNotification({
        method: 'POST',
        query: {},
        body: raw.toString('utf8'),
        headers: headers as Record<string, string>,
      });
      await event.verifySignature(world.tenant.appSecret);
      assert.equal(await event.checkSignature('not-the-secret'), false);
      for (const entry of event.eventNotification.entry) {
        assert.equal(entry.id, wabaId);
        for (const change of entry.changes) {
          if (
            change.field !== 'messages' ||
            !('messages' in change.value) ||
            change.value.messages === undefined
          )
            continue;
          tapped.push(...change.value.messages.filter((m) => m.type === 'button'));
        }
      }
    }
    assert.equal(tapped.length, 1, JSON.stringify(tapped));
    const button = tapped[0] as unknown as {
      button: { text: string; payload: string };
      context: { id: string; from: string };
    };
    assert.deepEqual(button.button, { text: 'Thanks', payload: 'THANKS-B7' });
    assert.equal(button.context.id, sent.messages[0]!.id);

    assert.deepEqual(await sdk.template.delete(wabaId, { name: 'order_ready' }).json(), { success: true });
    const after = await sdk.template.list(wabaId, { name_or_content: 'order_ready' }).json();
    assert.deepEqual(after.data, []);
  });

  test('management: the WABA, its phone numbers and the business profile through the library', async () => {
    const wabaId = world.tenant.wabaId;
    const waba = await sdk.whatsappBusinessAccount.get(wabaId, { fields: ['id', 'name'] }).json();
    assert.equal(waba.id, wabaId);
    const numbers = await sdk.phoneNumbers
      .listPhoneNumbers({
        businessAccountID: wabaId,
        fields: ['id', 'display_phone_number', 'verified_name'],
      })
      .json();
    assert.deepEqual(
      numbers.data.map((n) => n.id),
      [phoneNumberID()],
    );
    const number = await sdk.phoneNumbers
      .getPhoneNumber({
        phoneNumberID: phoneNumberID(),
        fields: ['id', 'verified_name', 'quality_rating', 'status'],
      })
      .json();
    assert.equal(number.id, phoneNumberID());
    assert.equal(number.verified_name, 'Great Detail Shop');

    const updated = await sdk.businessProfile
      .updateBusinessProfile({
        phoneNumberID: phoneNumberID(),
        about: 'Fine goods',
        email: 'shop@example.com',
        websites: ['https://example.com'],
        vertical: 'RETAIL',
      })
      .json();
    assert.equal(updated.success, true);
    const profile = await sdk.businessProfile
      .getBusinessProfile({
        phoneNumberID: phoneNumberID(),
        fields: ['about', 'email', 'websites', 'vertical'],
      })
      .json();
    assert.equal(profile.data[0].about, 'Fine goods');
    assert.equal(profile.data[0].email, 'shop@example.com');
    assert.deepEqual(profile.data[0].websites, ['https://example.com']);
    assert.equal(profile.data[0].vertical, 'RETAIL');
  });

  test('a Graph error is a ky HTTPError whose body is the Graph envelope', async () => {
    const error = await sdk.message
      .createMessage({
        phoneNumberID: phoneNumberID(),
        to: world.personPhone,
        type: MessageType.Text,
        text: { body: '' },
      })
      .then(
        () => assert.fail('an empty text was accepted'),
        (e: unknown) => e,
      );
    assert.ok(isHttpError(error, 400), String(error));
    const body = (await error.response.json()) as { error: { code: number; fbtrace_id: string } };
    assert.equal(body.error.code, 131009);
    assert.equal(typeof body.error.fbtrace_id, 'string');
  });
});

/** ky's HTTPError (ky is the library's own dependency, not one of Parley's). */
function isHttpError(error: unknown, status: number): error is Error & { response: Response } {
  return (
    error instanceof Error &&
    error.name === 'HTTPError' &&
    (error as { response?: Response }).response?.status === status
  );
}
