import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eventually, Inbox, signUp } from './test-support/clients.js';
import { postgresAvailable } from '@parley/db/testing';
import { startTestServer, type TestServer } from './test-support/test-server.js';

const postgres = await postgresAvailable();

/** Two new accounts with a direct chat, both connected, each with an inbox attached. */
async function connectedPair(url: string) {
  const [alice, bob] = await Promise.all([signUp(url), signUp(url)]);
  const chat = await alice.client.openDirectChat(bob.accountId);
  const aliceInbox = new Inbox(alice.client);
  const bobInbox = new Inbox(bob.client);
  await Promise.all([alice.client.connect(), bob.client.connect()]);
  return { alice, bob, chat, aliceInbox, bobInbox };
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(
    `messaging through the SDK on ${dialect}`,
    { skip: dialect === 'postgres' && !postgres && 'PostgreSQL is not reachable' },
    () => {
      let server: TestServer;
      before(async () => {
        server = await startTestServer({ postgres: dialect === 'postgres' });
      });
      after(async () => {
        await server.close();
      });

      test('two accounts sign up by code and chat 1:1 with receipts turning read', async () => {
        const { alice, bob, chat, aliceInbox, bobInbox } = await connectedPair(server.url);

        const sent = await alice.client.sendText(chat.id, 'hello bob');
        assert.equal(sent.seq, 1);
        await eventually(() => bobInbox.texts(chat.id).includes('hello bob'), 5000, 'bob receives');
        await eventually(
          () => aliceInbox.watermark(chat.id, bob.accountId).deliveredSeq >= 1,
          5000,
          'delivered tick',
        );
        assert.equal(aliceInbox.watermark(chat.id, bob.accountId).readSeq, 0);

        bob.client.realtime.markRead(chat.id, sent.seq);
        await eventually(() => aliceInbox.watermark(chat.id, bob.accountId).readSeq >= 1, 5000, 'read tick');

        await bob.client.sendText(chat.id, 'hi alice', { replyToId: sent.id });
        await eventually(
          () => aliceInbox.texts(chat.id).includes('hi alice'),
          5000,
          'alice receives the reply',
        );
        const reply = aliceInbox.messages.find((m) => m.replyToId === sent.id);
        assert.equal(reply?.senderId, bob.accountId);
        alice.client.disconnect();
        bob.client.disconnect();
      });

      test('a group delivers to every member and keeps per-member receipts', async () => {
        const [owner, m1, m2] = await Promise.all([
          signUp(server.url),
          signUp(server.url),
          signUp(server.url),
        ]);
        const group = await owner.client.createGroup('Team', [m1.accountId, m2.accountId]);
        const inboxes = [owner, m1, m2].map((p) => new Inbox(p.client));
        await Promise.all([owner, m1, m2].map((p) => p.client.connect()));

        const sent = await owner.client.sendText(group.id, 'welcome all');
        for (const inbox of inboxes.slice(1)) {
          await eventually(() => inbox.texts(group.id).includes('welcome all'), 5000, 'member receives');
        }
        // The group's creation is itself a message members see.
        assert.ok(inboxes[1]!.messages.some((m) => m.chatId === group.id && m.type === 'system'));

        m1.client.realtime.markRead(group.id, sent.seq);
        await eventually(
          () => inboxes[0]!.watermark(group.id, m1.accountId).readSeq >= sent.seq,
          5000,
          'm1 read',
        );
        await eventually(
          () => inboxes[0]!.watermark(group.id, m2.accountId).deliveredSeq >= sent.seq,
          5000,
          'm2 delivered',
        );
        assert.ok(inboxes[0]!.watermark(group.id, m2.accountId).readSeq < sent.seq, 'm2 has not read');

        const info = await owner.client.request<{ receipts: { accountId: string; status: string }[] }>(
          'GET',
          `/v1/chats/${group.id}/messages/${sent.id}/info`,
        );
        const statusOf = new Map(info.receipts.map((r) => [r.accountId, r.status]));
        assert.equal(statusOf.get(m1.accountId), 'read');
        assert.equal(statusOf.get(m2.accountId), 'delivered');
        assert.equal(statusOf.has(owner.accountId), false);
        for (const p of [owner, m1, m2]) p.client.disconnect();
      });

      test('an offline device catches up on everything it missed, in order, once', async () => {
        const { alice, bob, chat, bobInbox } = await connectedPair(server.url);
        await alice.client.sendText(chat.id, 'before');
        await eventually(() => bobInbox.texts(chat.id).length === 1, 5000, 'first message');

        bob.client.realtime.close();
        const texts = Array.from({ length: 30 }, (_, i) => `missed ${i}`);
        for (const text of texts) await alice.client.sendText(chat.id, text);

        await bob.client.realtime.connect();
        await eventually(() => bobInbox.texts(chat.id).length === 31, 5000, 'catch-up');
        assert.deepEqual(bobInbox.texts(chat.id), ['before', ...texts]);
        const seqs = bobInbox.messages.filter((m) => m.chatId === chat.id).map((m) => m.seq);
        assert.deepEqual(
          seqs,
          [...seqs].sort((a, b) => a - b),
        );
        alice.client.disconnect();
        bob.client.disconnect();
      });

      test('closing mid-connect and connecting again, as a remounting UI does, keeps the listeners', async () => {
        const { alice, bob, chat, bobInbox } = await connectedPair(server.url);
        bob.client.disconnect();
        const abandoned = assert.rejects(bob.client.connect());
        bob.client.disconnect();
        await bob.client.connect();
        await abandoned;
        await alice.client.sendText(chat.id, 'after the remount');
        await eventually(() => bobInbox.texts(chat.id).length === 1, 5000, 'live message');
        assert.deepEqual(bobInbox.texts(chat.id), ['after the remount']);
        alice.client.disconnect();
        bob.client.disconnect();
      });

      test('a blocked account’s messages are not delivered, and the sender is told nothing', async () => {
        const pair = await connectedPair(server.url);
        const { alice, bob: mallory, chat, aliceInbox, bobInbox: malloryInbox } = pair;

        await mallory.client.sendText(chat.id, 'first');
        await eventually(() => aliceInbox.texts(chat.id).includes('first'), 5000, 'before the block');

        await alice.client.request('PUT', `/v1/blocks/${mallory.accountId}`);
        const blocked = await mallory.client.sendText(chat.id, 'you cannot see this');
        await mallory.client.sendText(chat.id, 'nor this');
        await eventually(
          () => malloryInbox.texts(chat.id).includes('nor this'),
          5000,
          'sender sees own message',
        );
        await alice.client.realtime.ping();
        assert.deepEqual(aliceInbox.texts(chat.id), ['first']);

        // Not in her history either, and it stays at one tick for the sender.
        const history = await alice.client.history(chat.id);
        assert.deepEqual(
          history.messages.map((m) => (m.content as { body: string }).body),
          ['first'],
        );
        assert.ok(malloryInbox.watermark(chat.id, alice.accountId).deliveredSeq < blocked.seq);

        // Alice cannot write to someone she blocked until she unblocks them.
        await assert.rejects(
          alice.client.sendText(chat.id, 'hi'),
          (error: Error & { code?: string }) => error.code === 'forbidden',
        );
        alice.client.disconnect();
        mallory.client.disconnect();
      });

      test('edit, react, delete for everyone and delete for me change the stored history', async () => {
        const { alice, bob, chat, bobInbox } = await connectedPair(server.url);

        const first = await alice.client.sendText(chat.id, 'helo');
        const second = await alice.client.sendText(chat.id, 'oops');
        const third = await alice.client.sendText(chat.id, 'keep me');
        await alice.client.send({
          chatId: chat.id,
          type: 'edit',
          content: { targetId: first.id, body: 'hello' },
        });
        await bob.client.send({
          chatId: chat.id,
          type: 'reaction',
          content: { targetId: first.id, emoji: '👍' },
        });
        await alice.client.send({ chatId: chat.id, type: 'revoke', content: { targetId: second.id } });
        await bob.client.request('POST', `/v1/chats/${chat.id}/messages/hide`, { messageIds: [third.id] });
        await eventually(
          () => bobInbox.messages.some((m) => m.type === 'revoke'),
          5000,
          'revoke reaches bob',
        );

        const aliceView = await alice.client.history(chat.id);
        const byId = new Map(aliceView.messages.map((m) => [m.id, m]));
        assert.deepEqual(byId.get(first.id)?.content, { body: 'hello' });
        assert.ok(byId.get(first.id)?.editedAt);
        assert.equal(byId.get(second.id)?.content, null);
        assert.ok(byId.get(second.id)?.deletedAt);
        assert.deepEqual(aliceView.reactions, [
          { messageId: first.id, accountId: bob.accountId, emoji: '👍' },
        ]);
        assert.ok(byId.has(third.id), 'hidden only for bob');
        const bobView = await bob.client.history(chat.id);
        assert.equal(
          bobView.messages.some((m) => m.id === third.id),
          false,
        );

        await assert.rejects(
          bob.client.send({
            chatId: chat.id,
            type: 'edit',
            content: { targetId: first.id, body: 'mine now' },
          }),
          (error: Error & { code?: string }) => error.code === 'forbidden',
        );
        alice.client.disconnect();
        bob.client.disconnect();
      });

      test('a resend with the same id is stored once', async () => {
        const { alice, bob, chat } = await connectedPair(server.url);
        const once = await alice.client.send({
          chatId: chat.id,
          id: 'FIXEDID0001',
          type: 'text',
          content: { body: 'one' },
        });
        const twice = await alice.client.send({
          chatId: chat.id,
          id: 'FIXEDID0001',
          type: 'text',
          content: { body: 'one' },
        });
        assert.deepEqual(twice, once);
        const history = await alice.client.history(chat.id);
        assert.equal(history.messages.length, 1);
        alice.client.disconnect();
        bob.client.disconnect();
      });
      test('typing and presence reach the other side, and blocks hide them', async () => {
        const [alice, bob, eve] = await Promise.all([
          signUp(server.url),
          signUp(server.url),
          signUp(server.url),
        ]);
        const chat = await alice.client.openDirectChat(bob.accountId);
        const eveChat = await eve.client.openDirectChat(alice.accountId);
        const seen: { from: string; kind: string; state: string; lastSeenAt?: number | null }[] = [];
        alice.client.realtime.on('typing', (t) =>
          seen.push({ from: t.accountId, kind: 'typing', state: t.state }),
        );
        alice.client.realtime.on('presence', (p) =>
          seen.push({ from: p.accountId, kind: 'presence', state: p.state, lastSeenAt: p.lastSeenAt }),
        );
        await alice.client.connect();
        await alice.client.request('PUT', `/v1/blocks/${eve.accountId}`);
        alice.client.realtime.subscribePresence([bob.accountId, eve.accountId]);
        await eventually(
          () => seen.some((e) => e.from === bob.accountId && e.state === 'unavailable'),
          5000,
          'bob offline',
        );

        await bob.client.connect();
        await eve.client.connect();
        await eventually(
          () => seen.some((e) => e.from === bob.accountId && e.state === 'available'),
          5000,
          'bob online',
        );
        bob.client.realtime.typing(chat.id, 'composing');
        eve.client.realtime.typing(eveChat.id, 'composing');
        await eventually(
          () => seen.some((e) => e.from === bob.accountId && e.kind === 'typing'),
          5000,
          'bob typing',
        );

        const leftAfter = Date.now();
        bob.client.disconnect();
        await eventually(
          () => seen.filter((e) => e.from === bob.accountId && e.state === 'unavailable').length === 2,
          5000,
          'bob offline again',
        );
        // Going offline tells watchers when the account was last seen.
        const offline = seen.filter((e) => e.from === bob.accountId && e.state === 'unavailable').at(-1);
        assert.ok((offline?.lastSeenAt ?? 0) >= leftAfter, 'last seen is the moment bob left');
        await alice.client.realtime.ping();
        assert.equal(
          seen.some((e) => e.from === eve.accountId),
          false,
          'nothing from a blocked account',
        );
        alice.client.disconnect();
        eve.client.disconnect();
      });
    },
  );
}
