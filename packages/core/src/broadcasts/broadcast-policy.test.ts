import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import type { DeliveryReceipts } from './broadcast.js';
import {
  assertBroadcastable,
  BROADCAST_LIMITS,
  checkListName,
  checkRecipientPhones,
  previewOf,
  recipientStatusOf,
  splitBySavedNumber,
  totalsOf,
} from './broadcast-policy.js';

const BUSINESS = '+14155550100';
const numbers = (count: number) =>
  Array.from({ length: count }, (_, i) => `+1415556${String(i).padStart(4, '0')}`);

const refusal = (run: () => unknown): DomainError => {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return error;
  }
  assert.fail('was accepted');
};

test('a list holds up to 256 recipients; the 257th is refused', () => {
  assert.equal(BROADCAST_LIMITS.recipients, 256);
  assert.equal(checkRecipientPhones(numbers(256), BUSINESS).length, 256);
  const error = refusal(() => checkRecipientPhones(numbers(257), BUSINESS));
  assert.equal(error.code, 'limit_exceeded');
  assert.deepEqual(error.details, { limit: 256, requested: 257 });
});

test('the same number written twice is one recipient, and counts once toward the cap', () => {
  const phones = [...numbers(256), '+1 415 556 0000', '1-415-556-0001'];
  const checked = checkRecipientPhones(phones, BUSINESS);
  assert.equal(checked.length, 256);
  assert.equal(checked[0], '+14155560000');
});

test('invalid numbers and the business’s own number are refused', () => {
  const invalid = refusal(() => checkRecipientPhones(['+14155560000', 'not a number'], BUSINESS));
  assert.equal(invalid.code, 'invalid_argument');
  assert.deepEqual(invalid.details, { invalid: ['not a number'] });
  assert.equal(refusal(() => checkRecipientPhones(['+1 415 555 0100'], BUSINESS)).code, 'invalid_argument');
});

test('only recipients who saved the business’s number receive a broadcast', () => {
  const ada = { accountId: 'ada', phone: '+14155560001' };
  const bob = { accountId: 'bob', phone: '+14155560002' };
  const cy = { accountId: 'cy', phone: '+14155560003' };
  const { receivers, notSaved } = splitBySavedNumber([ada, bob, cy], new Set(['cy', 'ada', 'stranger']));
  assert.deepEqual(receivers, [ada, cy]);
  assert.deepEqual(notSaved, [bob]);
  assert.deepEqual(splitBySavedNumber([ada], new Set()).receivers, []);
});

test('a list name has 1 to 100 characters, trimmed', () => {
  assert.equal(checkListName('  VIP customers '), 'VIP customers');
  assert.equal(checkListName('ё'.repeat(100)), 'ё'.repeat(100));
  assert.equal(refusal(() => checkListName('   ')).code, 'invalid_argument');
  assert.equal(refusal(() => checkListName('x'.repeat(101))).code, 'invalid_argument');
});

test('a broadcast sends an original message, not a reaction, edit or revoke', () => {
  assertBroadcastable({ type: 'text', content: { body: 'Sale today' } });
  for (const content of [
    { type: 'reaction', content: { targetId: 'm1', emoji: '👍' } },
    { type: 'edit', content: { targetId: 'm1', body: 'x' } },
    { type: 'revoke', content: { targetId: 'm1' } },
  ] as const) {
    assert.equal(refusal(() => assertBroadcastable(content)).code, 'invalid_argument');
  }
});

test('the preview is the message’s words, clipped', () => {
  assert.equal(previewOf({ type: 'text', content: { body: ` ${'a'.repeat(150)}` } }), 'a'.repeat(100));
  assert.equal(previewOf({ type: 'image', content: { mediaId: 'm', caption: 'New menu' } }), 'New menu');
  assert.equal(
    previewOf({ type: 'document', content: { mediaId: 'm', filename: 'prices.pdf' } }),
    'prices.pdf',
  );
  assert.equal(previewOf({ type: 'sticker', content: { mediaId: 'm' } }), '');
});

const delivery = (overrides: Partial<DeliveryReceipts>): DeliveryReceipts => ({
  accountId: 'ada',
  phone: '+14155560001',
  outcome: 'sent',
  chatId: 'c1',
  messageId: 'm1',
  seq: 5,
  senderOnly: false,
  deliveredSeq: 0,
  readSeq: 0,
  ...overrides,
});

test('a recipient’s status follows the watermarks of their chat', () => {
  assert.equal(recipientStatusOf(delivery({ deliveredSeq: 4 })), 'sent');
  assert.equal(recipientStatusOf(delivery({ deliveredSeq: 5 })), 'delivered');
  assert.equal(recipientStatusOf(delivery({ deliveredSeq: 9, readSeq: 5 })), 'read');
  assert.equal(
    recipientStatusOf(delivery({ outcome: 'not_saved', chatId: null, messageId: null, seq: null })),
    'not_saved',
  );
});

test('a message kept for the business only (blocked) or refused is not delivered', () => {
  assert.equal(
    recipientStatusOf(delivery({ senderOnly: true, deliveredSeq: 9, readSeq: 9 })),
    'not_delivered',
  );
  assert.equal(
    recipientStatusOf(delivery({ outcome: 'failed', chatId: null, messageId: null, seq: null })),
    'not_delivered',
  );
});

test('totals are cumulative: read counts as delivered and sent', () => {
  assert.deepEqual(totalsOf(['read', 'delivered', 'sent', 'not_saved', 'not_delivered', 'read']), {
    recipients: 6,
    sent: 4,
    delivered: 3,
    read: 2,
    notSaved: 1,
    notDelivered: 1,
  });
});
