import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Content } from '../messages/index.js';
import {
  accountUpdateValue,
  banUpdateChange,
  inboundMessageChange,
  inboundMessageValue,
  statusesForAdvance,
  statusValue,
  templateStatusValue,
  type InboundMessageInput,
} from './webhook-payloads.js';

const number = { displayPhoneNumber: '+15550783881', phoneNumberId: '3106540352242922' };
const AT = 1_749_416_383_456;
// sha256 of the empty string, hex as stored and base64 as webhooks carry it.
const SHA_HEX = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SHA_B64 = '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

const inbound = (message: Content, extra: Partial<InboundMessageInput> = {}): InboundMessageInput => ({
  number,
  from: { waId: '16505551234', name: 'Sheena Nelson' },
  id: 'wamid.QUJD',
  timestamp: AT,
  message,
  ...extra,
});

/** The one message of a `messages` value. */
const onlyMessage = (input: InboundMessageInput) =>
  (inboundMessageValue(input).messages as Record<string, unknown>[])[0];

test('a text message has the contract 5.3 envelope: metadata in digits, contacts, string timestamp', () => {
  assert.deepEqual(inboundMessageValue(inbound({ type: 'text', content: { body: 'Hi äöå' } })), {
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550783881', phone_number_id: '3106540352242922' },
    contacts: [{ profile: { name: 'Sheena Nelson' }, wa_id: '16505551234' }],
    messages: [
      {
        from: '16505551234',
        id: 'wamid.QUJD',
        timestamp: '1749416383',
        type: 'text',
        text: { body: 'Hi äöå' },
      },
    ],
  });
});

test('the change for an inbound message names the WABA, the number and the messages field', () => {
  const change = inboundMessageChange('2000000000000001', inbound({ type: 'text', content: { body: 'x' } }));
  assert.equal(change.wabaId, '2000000000000001');
  assert.equal(change.phoneNumberId, '3106540352242922');
  assert.equal(change.field, 'messages');
});

test('media carry id, mime_type, base64 sha256 and their own extras', () => {
  const media = { id: '7000000000000001', mimeType: 'image/jpeg', sha256: SHA_HEX };
  assert.deepEqual(
    onlyMessage(inbound({ type: 'image', content: { mediaId: 'm', caption: 'Look' } }, { media })),
    {
      from: '16505551234',
      id: 'wamid.QUJD',
      timestamp: '1749416383',
      type: 'image',
      image: { caption: 'Look', mime_type: 'image/jpeg', sha256: SHA_B64, id: '7000000000000001' },
    },
  );
  const document = onlyMessage(
    inbound(
      { type: 'document', content: { mediaId: 'm', filename: 'a.pdf' } },
      { media: { ...media, mimeType: 'application/pdf' } },
    ),
  );
  assert.deepEqual(document?.document, {
    filename: 'a.pdf',
    mime_type: 'application/pdf',
    sha256: SHA_B64,
    id: '7000000000000001',
  });
  const voice = onlyMessage(inbound({ type: 'audio', content: { mediaId: 'm', voice: true } }, { media }));
  assert.equal((voice?.audio as { voice: boolean }).voice, true);
  const audio = onlyMessage(inbound({ type: 'audio', content: { mediaId: 'm' } }, { media }));
  assert.equal((audio?.audio as { voice: boolean }).voice, false);
  const sticker = onlyMessage(
    inbound({ type: 'sticker', content: { mediaId: 'm' } }, { media: { ...media, animated: true } }),
  );
  assert.equal((sticker?.sticker as { animated: boolean }).animated, true);
});

test('a media message whose file is gone is unsupported rather than half a payload', () => {
  const message = onlyMessage(inbound({ type: 'video', content: { mediaId: 'gone' } }));
  assert.equal(message?.type, 'unsupported');
});

test('location, contacts and reactions (a removed reaction has no emoji)', () => {
  assert.deepEqual(
    onlyMessage(inbound({ type: 'location', content: { latitude: 1.5, longitude: -2, name: 'HQ' } }))
      ?.location,
    {
      latitude: 1.5,
      longitude: -2,
      name: 'HQ',
    },
  );
  const card = {
    name: { formatted_name: 'Ann Lee', first_name: 'Ann' },
    phones: [{ phone: '+1 555', type: 'CELL' }],
  };
  assert.deepEqual(onlyMessage(inbound({ type: 'contacts', content: { contacts: [card] } }))?.contacts, [
    card,
  ]);
  const reaction = (emoji: string) =>
    onlyMessage(
      inbound({ type: 'reaction', content: { targetId: 'internal', emoji } }, { reactionTo: 'wamid.T' }),
    );
  assert.deepEqual(reaction('👍')?.reaction, { message_id: 'wamid.T', emoji: '👍' });
  assert.deepEqual(reaction('')?.reaction, { message_id: 'wamid.T' });
});

test('an order lists product_items with prices in major units', () => {
  const order = onlyMessage(
    inbound(
      {
        type: 'order',
        content: {
          businessId: 'b',
          currency: 'EUR',
          total: 2550,
          note: 'Gift wrap',
          items: [{ productId: 'sku-1', name: 'Mug', quantity: 2, unitPrice: 1275 }],
        },
      },
      { catalogId: '9000000000000001' },
    ),
  );
  assert.deepEqual(order?.order, {
    catalog_id: '9000000000000001',
    text: 'Gift wrap',
    product_items: [{ product_retailer_id: 'sku-1', quantity: 2, item_price: 12.75, currency: 'EUR' }],
  });
});

test('replies: button_reply and list_reply are interactive, a template quick reply is button, all with context', () => {
  const context = { from: '15550783881', id: 'wamid.TARGET' };
  const reply = (content: Extract<Content, { type: 'interactive_reply' }>['content']) =>
    onlyMessage(inbound({ type: 'interactive_reply', content }, { context }));
  const button = reply({ targetId: 't', kind: 'button_reply', id: 'yes', title: 'Yes' });
  assert.deepEqual(button?.context, context);
  assert.equal(button?.type, 'interactive');
  assert.deepEqual(button?.interactive, { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } });
  const row = reply({ targetId: 't', kind: 'list_reply', id: 'r1', title: 'Red', description: 'Warm' });
  assert.deepEqual(row?.interactive, {
    type: 'list_reply',
    list_reply: { id: 'r1', title: 'Red', description: 'Warm' },
  });
  const quick = reply({ targetId: 't', kind: 'button', id: '0', title: 'Stop', payload: 'STOP_PROMO' });
  assert.equal(quick?.type, 'button');
  assert.deepEqual(quick?.button, { payload: 'STOP_PROMO', text: 'Stop' });
});

test('quotes carry context {from, id}; forwards carry {forwarded: true}', () => {
  const quoted = onlyMessage(
    inbound({ type: 'text', content: { body: 'x' } }, { context: { from: '15550783881', id: 'wamid.Q' } }),
  );
  assert.deepEqual(quoted?.context, { from: '15550783881', id: 'wamid.Q' });
  const forwarded = onlyMessage(inbound({ type: 'text', content: { body: 'x' } }, { forwarded: true }));
  assert.deepEqual(forwarded?.context, { forwarded: true });
});

test('a deleted message is unsupported with error 131051 and no content object', () => {
  assert.deepEqual(onlyMessage(inbound({ type: 'revoke', content: { targetId: 'x' } })), {
    from: '16505551234',
    id: 'wamid.QUJD',
    timestamp: '1749416383',
    type: 'unsupported',
    errors: [
      {
        code: 131051,
        title: 'Unsupported message type',
        message: 'Unsupported message type',
        error_data: { details: 'Message type is currently not supported.' },
      },
    ],
  });
});

test('statuses: pricing as contract 7 spells it, biz_opaque_callback_data, errors with href', () => {
  const value = statusValue(number, [
    {
      id: 'wamid.S',
      status: 'sent',
      timestamp: 1_750_030_073_000,
      recipientId: '16505551234',
      bizOpaqueCallbackData: 'order-17',
      pricing: { type: 'regular', category: 'marketing' },
    },
    {
      id: 'wamid.F',
      status: 'failed',
      timestamp: 1_750_030_074_000,
      recipientId: '16505551234',
      errors: [{ code: 131049, title: 'Message not delivered to maintain healthy ecosystem engagement.' }],
    },
  ]);
  assert.deepEqual(value, {
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550783881', phone_number_id: '3106540352242922' },
    statuses: [
      {
        id: 'wamid.S',
        status: 'sent',
        timestamp: '1750030073',
        recipient_id: '16505551234',
        biz_opaque_callback_data: 'order-17',
        pricing: { billable: true, pricing_model: 'PMP', type: 'regular', category: 'marketing' },
      },
      {
        id: 'wamid.F',
        status: 'failed',
        timestamp: '1750030074',
        recipient_id: '16505551234',
        errors: [
          {
            code: 131049,
            title: 'Message not delivered to maintain healthy ecosystem engagement.',
            message: 'Message not delivered to maintain healthy ecosystem engagement.',
            error_data: { details: 'Message not delivered to maintain healthy ecosystem engagement.' },
            href: '/documentation/business-messaging/whatsapp/support/error-codes',
          },
        ],
      },
    ],
  });
  const free = statusValue(number, [
    {
      id: 'w',
      status: 'delivered',
      timestamp: 0,
      recipientId: '1',
      pricing: { type: 'free_customer_service', category: 'service' },
    },
  ]).statuses as { pricing: unknown }[];
  assert.deepEqual(free[0]?.pricing, {
    billable: false,
    pricing_model: 'PMP',
    type: 'free_customer_service',
    category: 'service',
  });
});

test('pricing goes on sent and on one later status; delivered and read at once report only read', () => {
  assert.deepEqual(statusesForAdvance('sent', 'delivered'), [{ status: 'delivered', priced: true }]);
  assert.deepEqual(statusesForAdvance('delivered', 'read'), [{ status: 'read', priced: false }]);
  assert.deepEqual(statusesForAdvance('sent', 'read'), [{ status: 'read', priced: true }]);
  assert.deepEqual(statusesForAdvance('read', 'read'), []);
  assert.deepEqual(statusesForAdvance('read', 'delivered'), []);
});

test('message_template_status_update matches contract 4.4, the template id a JSON number', () => {
  assert.deepEqual(
    templateStatusValue({
      event: 'REJECTED',
      templateId: '1689556908129835',
      name: 'abandoned_cart',
      language: 'en',
      reason: 'INVALID_FORMAT',
      category: 'MARKETING',
      rejectionInfo: { reason: 'Bad', recommendation: 'Fix it' },
    }),
    {
      event: 'REJECTED',
      message_template_id: 1689556908129835,
      message_template_name: 'abandoned_cart',
      message_template_language: 'en',
      reason: 'INVALID_FORMAT',
      message_template_category: 'MARKETING',
      rejection_info: { reason: 'Bad', recommendation: 'Fix it' },
    },
  );
  const approved = templateStatusValue({
    event: 'APPROVED',
    templateId: '6000000000000001',
    name: 'hi',
    language: 'en_US',
  });
  assert.equal(approved.reason, 'NONE');
  assert.equal(approved.message_template_id, 6000000000000001);
});

test('account_update names the number in digits and keeps the event details', () => {
  assert.deepEqual(
    accountUpdateValue({
      event: 'ACCOUNT_RESTRICTION',
      phoneNumber: '+15550783881',
      details: {
        restriction_info: [{ restriction_type: 'RESTRICTED_ADD_PHONE_NUMBER_ACTION', expiration: 1 }],
      },
    }),
    {
      phone_number: '15550783881',
      event: 'ACCOUNT_RESTRICTION',
      restriction_info: [{ restriction_type: 'RESTRICTED_ADD_PHONE_NUMBER_ACTION', expiration: 1 }],
    },
  );
});

test('a disabled or reinstated WABA is a DISABLED_UPDATE with its ban state and date', () => {
  const at = Date.UTC(2026, 11, 7, 23, 59);
  assert.deepEqual(banUpdateChange('2000000000000001', true, at), {
    wabaId: '2000000000000001',
    field: 'account_update',
    value: { event: 'DISABLED_UPDATE', ban_info: { waba_ban_state: 'DISABLE', waba_ban_date: '2026-12-07' } },
    time: at,
  });
  assert.deepEqual(banUpdateChange('2000000000000001', false, at).value, {
    event: 'DISABLED_UPDATE',
    ban_info: { waba_ban_state: 'REINSTATE', waba_ban_date: '2026-12-07' },
  });
});
