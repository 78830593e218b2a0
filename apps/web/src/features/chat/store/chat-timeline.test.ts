import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MessageView } from '@parley/sdk';
import { ChatTimeline } from './chat-timeline';

function message(seq: number, overrides: Partial<MessageView> = {}): MessageView {
  return {
    id: `m${seq}`,
    chatId: 'c1',
    seq,
    senderId: 'alice',
    senderDeviceId: 'd1',
    type: 'text',
    content: { body: `hello ${seq}` },
    replyToId: null,
    forwarded: false,
    senderOnly: false,
    createdAt: 1000 + seq,
    editedAt: null,
    deletedAt: null,
    ...overrides,
  };
}

const reaction = (seq: number, targetId: string, emoji: string, senderId = 'bob') =>
  message(seq, { id: `r${seq}`, type: 'reaction', senderId, content: { targetId, emoji } });
const ids = (timeline: ChatTimeline) => timeline.getSnapshot().entries.map((entry) => entry.message.id);
const entry = (timeline: ChatTimeline, id: string) =>
  timeline.getSnapshot().entries.find((candidate) => candidate.message.id === id);

test('pages and live messages merge by seq, each message once', () => {
  const timeline = new ChatTimeline();
  timeline.applyLive(message(6));
  timeline.addPage({ messages: [message(6), message(5), message(4)], reactions: [] });
  timeline.addPage({ messages: [message(3), message(2)], reactions: [] });
  timeline.applyLive(message(7));
  timeline.applyLive(message(7));
  assert.deepEqual(ids(timeline), ['m2', 'm3', 'm4', 'm5', 'm6', 'm7']);
  assert.equal(timeline.olderCursor, 2);
  assert.equal(timeline.getSnapshot().hasOlder, true);
});

test('history ends at seq 1 or at an empty page', () => {
  const first = new ChatTimeline();
  first.addPage({ messages: [message(2), message(1)], reactions: [] });
  assert.equal(first.getSnapshot().hasOlder, false);
  const joinedLate = new ChatTimeline();
  joinedLate.addPage({ messages: [message(9)], reactions: [] });
  assert.equal(joinedLate.getSnapshot().hasOlder, true);
  joinedLate.addPage({ messages: [], reactions: [] });
  assert.equal(joinedLate.getSnapshot().hasOlder, false);
});

test('reactions: one per account, replaced by a newer one, removed by an empty emoji; never rows', () => {
  const timeline = new ChatTimeline();
  timeline.addPage({
    messages: [message(1)],
    reactions: [{ messageId: 'm1', accountId: 'carol', emoji: '😂' }],
  });
  timeline.applyLive(reaction(2, 'm1', '👍'));
  timeline.applyLive(reaction(3, 'm1', '❤️'));
  assert.deepEqual(
    [...entry(timeline, 'm1')!.reactions],
    [
      ['carol', '😂'],
      ['bob', '❤️'],
    ],
  );
  timeline.applyLive(reaction(4, 'm1', ''));
  assert.deepEqual([...entry(timeline, 'm1')!.reactions], [['carol', '😂']]);
  assert.deepEqual(ids(timeline), ['m1']);
});

test('a page states its targets as they are now: older modifiers in it do not apply again', () => {
  const timeline = new ChatTimeline();
  // Bob reacted 👍 (seq 2) then removed it (seq 3): the page's reactions list is already empty.
  timeline.addPage({
    messages: [reaction(3, 'm1', ''), reaction(2, 'm1', '👍'), message(1)],
    reactions: [],
  });
  assert.equal(entry(timeline, 'm1')!.reactions.size, 0);
  timeline.applyLive(reaction(2, 'm1', '👍'));
  assert.equal(entry(timeline, 'm1')!.reactions.size, 0);
});

test('edits change the body or caption and mark it edited; an older edit never wins', () => {
  const timeline = new ChatTimeline();
  timeline.addPage({
    messages: [message(2, { type: 'image', content: { mediaId: 'x', caption: 'old' } }), message(1)],
    reactions: [],
  });
  const edit = (seq: number, targetId: string, body: string) =>
    message(seq, { id: `e${seq}`, type: 'edit', content: { targetId, body }, createdAt: 5000 + seq });
  timeline.applyLive(edit(4, 'm1', 'second'));
  timeline.applyLive(edit(3, 'm1', 'first'));
  timeline.applyLive(edit(5, 'm2', 'new caption'));
  assert.deepEqual(entry(timeline, 'm1')!.message.content, { body: 'second' });
  assert.equal(entry(timeline, 'm1')!.message.editedAt, 5004);
  assert.deepEqual(entry(timeline, 'm2')!.message.content, { mediaId: 'x', caption: 'new caption' });
  assert.deepEqual(ids(timeline), ['m1', 'm2']);
});

test('a revoke empties the target and keeps it as "deleted"; later edits and reactions do nothing', () => {
  const timeline = new ChatTimeline();
  timeline.addPage({
    messages: [message(1)],
    reactions: [{ messageId: 'm1', accountId: 'bob', emoji: '👍' }],
  });
  timeline.applyLive(message(2, { id: 'x2', type: 'revoke', content: { targetId: 'm1' }, createdAt: 9000 }));
  timeline.applyLive(message(3, { id: 'x3', type: 'edit', content: { targetId: 'm1', body: 'zombie' } }));
  const revoked = entry(timeline, 'm1')!;
  assert.equal(revoked.message.content, null);
  assert.equal(revoked.message.deletedAt, 9000);
  assert.equal(revoked.reactions.size, 0);
  assert.deepEqual(ids(timeline), ['m1']);
});

test('a pending send shows last, then becomes the committed message with the same id', () => {
  const timeline = new ChatTimeline();
  timeline.addPage({ messages: [message(1)], reactions: [] });
  const { seq: _seq, ...draft } = message(0, { id: 'mine', senderId: 'me' });
  timeline.addPending(draft);
  timeline.applyLive(message(2));
  assert.deepEqual(ids(timeline), ['m1', 'm2', 'mine']);
  assert.equal(entry(timeline, 'mine')!.pending, true);
  timeline.applyLive(message(3, { id: 'mine', senderId: 'me' }));
  assert.deepEqual(ids(timeline), ['m1', 'm2', 'mine']);
  assert.equal(entry(timeline, 'mine')!.pending, false);
  assert.equal(entry(timeline, 'mine')!.message.seq, 3);
});

test('a refused send stays, marked failed', () => {
  const timeline = new ChatTimeline();
  const { seq: _seq, ...draft } = message(0, { id: 'mine' });
  timeline.addPending(draft);
  timeline.markFailed('mine');
  assert.equal(entry(timeline, 'mine')!.failed, true);
});

test('deleting for me removes the rows, and subscribers hear of every change', () => {
  const timeline = new ChatTimeline();
  let heard = 0;
  const stop = timeline.subscribe(() => (heard += 1));
  timeline.addPage({ messages: [message(2), message(1)], reactions: [] });
  const before = timeline.getSnapshot();
  timeline.remove(['m1']);
  assert.deepEqual(ids(timeline), ['m2']);
  assert.notEqual(timeline.getSnapshot(), before);
  assert.equal(heard, 2);
  stop();
});

test('history also ends when catch-up brought the chat from its first message', () => {
  const timeline = new ChatTimeline();
  timeline.addPage({ messages: [message(3)], reactions: [] });
  timeline.applyLive(message(2));
  assert.equal(timeline.olderCursor, 2);
  timeline.applyLive(message(1));
  assert.equal(timeline.getSnapshot().hasOlder, false);
});
