import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import type { Message } from './message.js';
import {
  advanceWatermark,
  assertCanEdit,
  assertCanReact,
  assertCanRevoke,
  EDIT_WINDOW_MS,
  REVOKE_WINDOW_MS,
  receiptStatusOf,
} from './message-policy.js';

const sentAt = 1_000_000;
const message = (overrides: Partial<Message> = {}): Message =>
  ({
    id: 'm1',
    chatId: 'c1',
    seq: 5,
    senderId: 'alice',
    senderDeviceId: 'd1',
    type: 'text',
    content: { body: 'hi' },
    replyToId: null,
    forwarded: false,
    senderOnly: false,
    createdAt: sentAt,
    editedAt: null,
    deletedAt: null,
    ...overrides,
  }) as Message;

const refusedWith = (code: string) => (error: unknown) => error instanceof DomainError && error.code === code;

test('a message can be edited by its sender for 15 minutes, not a moment longer', () => {
  assertCanEdit(message(), 'alice', sentAt + EDIT_WINDOW_MS);
  assert.throws(
    () => assertCanEdit(message(), 'alice', sentAt + EDIT_WINDOW_MS + 1),
    refusedWith('too_late'),
  );
  assert.throws(() => assertCanEdit(message(), 'bob', sentAt), refusedWith('forbidden'));
  assert.throws(
    () => assertCanEdit(message({ deletedAt: sentAt }), 'alice', sentAt),
    refusedWith('conflict'),
  );
});

test('delete for everyone is allowed to the sender for 2 days', () => {
  assertCanRevoke(message(), 'alice', sentAt + REVOKE_WINDOW_MS);
  assert.throws(
    () => assertCanRevoke(message(), 'alice', sentAt + REVOKE_WINDOW_MS + 1),
    refusedWith('too_late'),
  );
  assert.throws(() => assertCanRevoke(message(), 'bob', sentAt), refusedWith('forbidden'));
});

test('reactions need a live, non-reaction target', () => {
  assertCanReact(message(), sentAt);
  assert.throws(
    () => assertCanReact(message({ type: 'reaction' } as Partial<Message>), sentAt),
    refusedWith('invalid_argument'),
  );
  assert.throws(() => assertCanReact(message({ deletedAt: 1 }), sentAt), refusedWith('conflict'));
});

test('watermarks only move forward, and reading implies delivery', () => {
  assert.deepEqual(advanceWatermark({ deliveredSeq: 3, readSeq: 1 }, 'delivered', 5), {
    deliveredSeq: 5,
    readSeq: 1,
  });
  assert.equal(advanceWatermark({ deliveredSeq: 5, readSeq: 1 }, 'delivered', 4), undefined);
  assert.deepEqual(advanceWatermark({ deliveredSeq: 2, readSeq: 1 }, 'read', 7), {
    deliveredSeq: 7,
    readSeq: 7,
  });
  assert.equal(advanceWatermark({ deliveredSeq: 7, readSeq: 7 }, 'read', 3), undefined);
});

test('a receipt status derives from the watermarks', () => {
  const watermark = { deliveredSeq: 6, readSeq: 4 };
  assert.equal(receiptStatusOf(4, watermark), 'read');
  assert.equal(receiptStatusOf(5, watermark), 'delivered');
  assert.equal(receiptStatusOf(7, watermark), 'sent');
});
