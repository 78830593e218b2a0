import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MessageView } from '@parley/sdk';
import type { TimelineEntry } from '../store/chat-timeline';
import { deliveryStatus } from './delivery-status';

const entry = (seq: number, overrides: Partial<TimelineEntry> = {}): TimelineEntry => ({
  message: { seq, senderOnly: false } as MessageView,
  pending: false,
  failed: false,
  reactions: new Map(),
  ...overrides,
});
const marks = (entries: Record<string, [delivered: number, read: number]>) =>
  new Map(Object.entries(entries).map(([id, [deliveredSeq, readSeq]]) => [id, { deliveredSeq, readSeq }]));

test('direct chat: sent, delivered, read by the other member', () => {
  assert.equal(deliveryStatus(entry(5), ['bob'], undefined), 'sent');
  assert.equal(deliveryStatus(entry(5), ['bob'], marks({ bob: [4, 4] })), 'sent');
  assert.equal(deliveryStatus(entry(5), ['bob'], marks({ bob: [5, 3] })), 'delivered');
  assert.equal(deliveryStatus(entry(5), ['bob'], marks({ bob: [7, 6] })), 'read');
});

test('group: read only when every other member read, delivered when every one received', () => {
  const others = ['bob', 'carol'];
  assert.equal(deliveryStatus(entry(5), others, marks({ bob: [9, 9], carol: [5, 2] })), 'delivered');
  assert.equal(deliveryStatus(entry(5), others, marks({ bob: [9, 9] })), 'sent');
  assert.equal(deliveryStatus(entry(5), others, marks({ bob: [9, 9], carol: [9, 5] })), 'read');
});

test('pending sends show a clock; a message kept for the sender alone stays sent', () => {
  assert.equal(deliveryStatus(entry(0, { pending: true }), ['bob'], undefined), 'pending');
  const senderOnly = entry(5, { message: { seq: 5, senderOnly: true } as MessageView });
  assert.equal(deliveryStatus(senderOnly, ['bob'], marks({ bob: [9, 9] })), 'sent');
});
