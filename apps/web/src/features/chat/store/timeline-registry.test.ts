import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MessageView, Outgoing, SentAck } from '@parley/sdk';
import type { HistoryPage } from './chat-timeline';
import { TimelineRegistry } from './timeline-registry';

const view = (seq: number, chatId = 'c1'): MessageView => ({
  id: `m${seq}`,
  chatId,
  seq,
  senderId: 'bob',
  senderDeviceId: null,
  type: 'text',
  content: { body: `text ${seq}` },
  replyToId: null,
  forwarded: false,
  senderOnly: false,
  createdAt: seq,
  editedAt: null,
  deletedAt: null,
});

/** A fake connection and REST client: sends wait until the test settles them. */
function setUp() {
  let onMessage: (message: MessageView) => void = () => undefined;
  const sends: { message: Outgoing; settle: (ack: SentAck | Error) => void }[] = [];
  const requests: { before?: number; limit?: number }[] = [];
  const connection = {
    on: ((_event: 'message', listener: (message: MessageView) => void) => {
      onMessage = listener;
      return () => undefined;
    }) as never,
    send: (message: Outgoing) =>
      new Promise<SentAck>((resolve, reject) =>
        sends.push({ message, settle: (ack) => (ack instanceof Error ? reject(ack) : resolve(ack)) }),
      ),
  };
  const client = {
    request: async <T>() => undefined as T,
    history: async (_chatId: string, options: { before?: number; limit?: number }): Promise<HistoryPage> => {
      requests.push(options);
      const top = (options.before ?? 101) - 1;
      return { messages: [top, top - 1].filter((seq) => seq > 0).map((seq) => view(seq)), reactions: [] };
    },
  };
  const registry = new TimelineRegistry(client, connection, { accountId: 'me', deviceId: 'd' });
  return { registry, sends, requests, live: (message: MessageView) => onMessage(message) };
}

test('the newest page loads once; older pages page back from the oldest seq', async () => {
  const { registry, requests } = setUp();
  await Promise.all([registry.loadNewest('c1', 80), registry.loadNewest('c1')]);
  await registry.loadOlder('c1');
  assert.deepEqual(requests, [{ limit: 80 }, { before: 99, limit: 50 }]);
  assert.equal(registry.timeline('c1').getSnapshot().entries.length, 4);
});

test('more unread messages than one page holds are loaded in several pages', async () => {
  const { registry, requests } = setUp();
  await registry.loadNewest('c1', 450);
  assert.deepEqual(requests, [{ limit: 200 }, { before: 99, limit: 200 }, { before: 97, limit: 50 }]);
});

test('live messages reach chats that are open and no others', () => {
  const { registry, live } = setUp();
  registry.timeline('c1');
  live(view(5));
  live(view(6, 'c2'));
  assert.equal(registry.timeline('c1').getSnapshot().entries.length, 1);
  assert.equal(registry.timeline('c2').getSnapshot().entries.length, 0);
});

test('a send shows pending with my reply, then committed; a refused one is marked failed', async () => {
  const { registry, sends } = setUp();
  const sent = registry.send('c1', { type: 'text', content: { body: 'hi' } }, { replyToId: 'm1' });
  const [pending] = registry.timeline('c1').getSnapshot().entries;
  assert.equal(pending?.pending, true);
  assert.equal(pending?.message.replyToId, 'm1');
  assert.equal(sends[0]?.message.id, pending?.message.id);
  sends[0]!.settle({ id: pending!.message.id, chatId: 'c1', seq: 7, createdAt: 70 });
  await sent;
  const [committed] = registry.timeline('c1').getSnapshot().entries;
  assert.deepEqual([committed?.pending, committed?.message.seq], [false, 7]);

  const refused = registry.send('c1', { type: 'text', content: { body: 'no' } });
  sends[1]!.settle(new Error('forbidden'));
  await assert.rejects(refused);
  assert.equal(registry.timeline('c1').getSnapshot().entries.at(-1)?.failed, true);
});

test('reactions are not shown as pending rows', () => {
  const { registry } = setUp();
  void registry.send('c1', { type: 'reaction', content: { targetId: 'm1', emoji: '👍' } });
  assert.equal(registry.timeline('c1').getSnapshot().entries.length, 0);
});
