import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MessageView } from '@parley/sdk';
import type { TimelineEntry } from '../store/chat-timeline';
import { buildListItems, findUnreadMarker } from './list-items';

const DAY = 24 * 60 * 60_000;
const noon = new Date(2026, 0, 10, 12).getTime();
const entry = (id: string, senderId: string, createdAt = noon, type = 'text'): TimelineEntry => ({
  message: { id, senderId, createdAt, type, seq: 1 } as MessageView,
  pending: false,
  failed: false,
  reactions: new Map(),
});
const shape = (items: ReturnType<typeof buildListItems>) =>
  items.map((item) => (item.kind === 'message' ? `${item.key}${item.firstOfRun ? '*' : ''}` : item.kind));

test('a divider opens each day; runs from one sender start with a tail', () => {
  const items = buildListItems([
    entry('a1', 'alice', noon - DAY),
    entry('a2', 'alice'),
    entry('a3', 'alice'),
    entry('b1', 'bob'),
    entry('s1', 'bob', noon, 'system'),
    entry('b2', 'bob'),
  ]);
  assert.deepEqual(shape(items), ['day', 'a1*', 'day', 'a2*', 'a3', 'b1*', 's1*', 'b2*']);
});

test('the unread divider goes before the first unread message, counting only others’ messages', () => {
  const entries = [entry('a1', 'alice'), entry('b1', 'bob'), entry('m1', 'me'), entry('b2', 'bob')];
  const marker = findUnreadMarker(entries, 'me', 2);
  assert.deepEqual(marker, { messageId: 'b1', count: 2 });
  assert.deepEqual(shape(buildListItems(entries, marker)), ['day', 'a1*', 'unread', 'b1*', 'm1*', 'b2*']);
  assert.equal(findUnreadMarker(entries, 'me', 0), undefined);
  assert.equal(findUnreadMarker(entries, 'me', 9), undefined);
});
