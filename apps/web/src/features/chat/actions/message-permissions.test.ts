import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MessageView } from '@parley/sdk';
import {
  canEdit,
  canReact,
  canRevoke,
  copyableText,
  EDIT_WINDOW_MS,
  REVOKE_WINDOW_MS,
} from './message-permissions';

const sentAt = 1_000_000;
const message = (overrides: Partial<MessageView> = {}): MessageView =>
  ({
    seq: 3,
    senderId: 'me',
    type: 'text',
    content: { body: 'hi' },
    createdAt: sentAt,
    deletedAt: null,
    ...overrides,
  }) as MessageView;

test('own text can be edited for 15 minutes; others’ messages and media never', () => {
  assert.equal(canEdit(message(), 'me', sentAt + EDIT_WINDOW_MS), true);
  assert.equal(canEdit(message(), 'me', sentAt + EDIT_WINDOW_MS + 1), false);
  assert.equal(canEdit(message({ senderId: 'bob' }), 'me', sentAt), false);
  assert.equal(canEdit(message({ type: 'image', content: { mediaId: 'x' } }), 'me', sentAt), false);
  assert.equal(canEdit(message({ seq: 0 }), 'me', sentAt), false);
});

test('own messages can be deleted for everyone for two days, once', () => {
  assert.equal(canRevoke(message(), 'me', sentAt + REVOKE_WINDOW_MS), true);
  assert.equal(canRevoke(message(), 'me', sentAt + REVOKE_WINDOW_MS + 1), false);
  assert.equal(canRevoke(message({ deletedAt: sentAt }), 'me', sentAt), false);
  assert.equal(canRevoke(message({ senderId: 'bob' }), 'me', sentAt), false);
});

test('system and deleted messages take no reactions and have nothing to copy', () => {
  assert.equal(canReact(message(), sentAt), true);
  assert.equal(canReact(message({ type: 'system' }), sentAt), false);
  assert.equal(copyableText(message({ deletedAt: 1, content: null })), undefined);
  assert.equal(copyableText(message()), 'hi');
  assert.equal(copyableText(message({ type: 'image', content: { mediaId: 'x', caption: 'cap' } })), 'cap');
});
