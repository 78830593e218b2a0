import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError, type Chat, type DomainEvent, type EventBus, type MessageDraft } from '@parley/core';
import type { Kysely } from 'kysely';
import { Outbox } from '../outbox.js';
import { SqlChatRepository } from '../repositories/chat-repository.js';
import { MessageStore } from '../repositories/message-store.js';
import { SqlReceiptStore } from '../repositories/receipt-store.js';
import { SqlBlockRepository } from '../repositories/safety-repositories.js';
import type { Database } from '../schema.js';
import { uniqueId } from './fixtures.js';

const clock = { now: () => 5_000 };

function recordingBus(): EventBus & { events: DomainEvent[] } {
  const events: DomainEvent[] = [];
  return { events, publish: async (batch) => void events.push(...batch), subscribe: () => () => undefined };
}

function setup(db: Kysely<Database>) {
  const bus = recordingBus();
  const outbox = new Outbox(db, bus);
  return {
    bus,
    outbox,
    chats: new SqlChatRepository(db, outbox, clock),
    messages: new MessageStore(db, outbox, clock),
    receipts: new SqlReceiptStore(db, outbox, clock),
  };
}

const aChat = (overrides: Partial<Chat> = {}): Chat => ({
  id: uniqueId(),
  kind: 'group',
  directKey: null,
  subject: 'Team',
  description: null,
  photoMediaId: null,
  createdBy: 'creator',
  createdAt: 1_000,
  lastSeq: 0,
  inviteCode: null,
  ...overrides,
});

const aText = (
  chatId: string,
  senderId: string,
  body: string,
  overrides: Partial<MessageDraft> = {},
): MessageDraft =>
  ({
    id: uniqueId(),
    chatId,
    senderId,
    senderDeviceId: 'device',
    type: 'text',
    content: { body },
    replyToId: null,
    forwarded: false,
    senderOnly: false,
    createdAt: 4_000,
    effect: null,
    ...overrides,
  }) as MessageDraft;

async function groupWith(db: Kysely<Database>, accountIds: string[]) {
  const repos = setup(db);
  const chat = aChat({ createdBy: accountIds[0]! });
  await repos.chats.commit(chat.id, {
    create: chat,
    addMembers: accountIds.map((accountId, i) => ({
      accountId,
      role: i === 0 ? ('admin' as const) : ('member' as const),
    })),
  });
  return { ...repos, chat };
}

export function messagingContract(getDb: () => Kysely<Database>): void {
  describe('chats, messages and receipts', () => {
    test('appends concurrent messages with gap-free per-chat sequence numbers', async () => {
      const { chat, messages } = await groupWith(getDb(), ['a', 'b']);
      const other = await groupWith(getDb(), ['a', 'c']);
      const stored = await Promise.all([
        ...Array.from({ length: 25 }, (_, i) => messages.append(aText(chat.id, 'a', `m${i}`))),
        ...Array.from({ length: 5 }, (_, i) => messages.append(aText(other.chat.id, 'a', `o${i}`))),
      ]);
      assert.deepEqual(
        stored.slice(0, 25).map((m) => m.seq),
        Array.from({ length: 25 }, (_, i) => i + 1),
      );
      assert.deepEqual(
        stored.slice(25).map((m) => m.seq),
        [1, 2, 3, 4, 5],
      );
      assert.equal(
        (
          await getDb()
            .selectFrom('chats')
            .select('last_seq')
            .where('id', '=', chat.id)
            .executeTakeFirstOrThrow()
        ).last_seq,
        25,
      );
    });

    test('a resent id returns the stored message; another sender’s reuse is a conflict', async () => {
      const { chat, messages } = await groupWith(getDb(), ['a', 'b']);
      const draft = aText(chat.id, 'a', 'once');
      const first = await messages.append(draft);
      const [again, sameBatch] = await Promise.all([messages.append(draft), messages.append(draft)]);
      assert.deepEqual(again, first);
      assert.deepEqual(sameBatch, first);
      await assert.rejects(
        messages.append({ ...draft, senderId: 'b' }),
        (error: unknown) => error instanceof DomainError && error.code === 'conflict',
      );
      assert.equal(
        (await messages.after(chat.id, { accountId: 'a', afterSeq: 0, untilSeq: null }, 0, 10)).length,
        1,
      );
    });

    test('writes each committed message to the outbox; a restart republishes what was not purged', async () => {
      const { chat, messages, bus } = await groupWith(getDb(), ['a', 'b']);
      const stored = await messages.append(aText(chat.id, 'a', 'evented'));
      assert.ok(bus.events.some((e) => e.type === 'message.appended' && e.message.id === stored.id));
      // Published rows are purged by the writer's next transaction: until then a crash would
      // leave this one behind, and the outbox of the next start republishes it.
      const afterRestart = recordingBus();
      await new Outbox(getDb(), afterRestart).replay();
      assert.ok(afterRestart.events.some((e) => e.type === 'message.appended' && e.message.id === stored.id));
      const again = recordingBus();
      await new Outbox(getDb(), again).replay();
      assert.equal(
        again.events.some((e) => e.type === 'message.appended' && e.message.id === stored.id),
        false,
      );
    });

    test('events a subscriber failed to persist stay in the outbox until the next start', async () => {
      const failing: EventBus = {
        publish: () => Promise.reject(new Error('the webhook queue is down')),
        subscribe: () => () => undefined,
      };
      const outbox = new Outbox(getDb(), failing);
      const chats = new SqlChatRepository(getDb(), outbox, clock);
      const messages = new MessageStore(getDb(), outbox, clock);
      const chat = aChat();
      await chats.commit(chat.id, { create: chat, addMembers: [{ accountId: 'a', role: 'admin' }] });
      const lost = await messages.append(aText(chat.id, 'a', 'not persisted downstream'));
      // A later transaction purges what was handled; this row must survive it.
      await messages.append(aText(chat.id, 'a', 'a later message'));
      const afterRestart = recordingBus();
      await new Outbox(getDb(), afterRestart).replay();
      assert.ok(afterRestart.events.some((e) => e.type === 'message.appended' && e.message.id === lost.id));
    });

    test('history respects membership windows and sender-only messages', async () => {
      const { chat, chats, messages } = await groupWith(getDb(), ['a', 'b']);
      await messages.append(aText(chat.id, 'a', 'before c'));
      await chats.commit(chat.id, { addMembers: [{ accountId: 'c', role: 'member' }] });
      await messages.append(aText(chat.id, 'a', 'after c'));
      await messages.append(aText(chat.id, 'a', 'only a', { senderOnly: true }));
      const member = (await chats.member(chat.id, 'c'))!;
      const seen = await messages.after(
        chat.id,
        { accountId: 'c', afterSeq: member.joinedSeq, untilSeq: null },
        0,
        50,
      );
      assert.deepEqual(
        seen.map((m) => (m.content as { body: string }).body),
        ['after c'],
      );
      const own = await messages.before(chat.id, { accountId: 'a', afterSeq: 0, untilSeq: null }, 1000, 50);
      assert.deepEqual(
        own.map((m) => (m.content as { body: string }).body),
        ['only a', 'after c', 'before c'],
      );
    });

    test('removing a member freezes what they see at their removal', async () => {
      const { chat, chats, messages } = await groupWith(getDb(), ['a', 'b']);
      await messages.append(aText(chat.id, 'a', 'one'));
      const [removal] = await chats.commit(chat.id, {
        removeMembers: ['b'],
        messages: [
          {
            ...aText(chat.id, 'a', ''),
            type: 'system',
            content: { event: 'member_removed', actorId: 'a', accountIds: ['b'] },
          } as MessageDraft,
        ],
      });
      await messages.append(aText(chat.id, 'a', 'after'));
      const b = (await chats.member(chat.id, 'b'))!;
      assert.equal(b.leftSeq, removal!.seq);
      const seen = await messages.after(
        chat.id,
        { accountId: 'b', afterSeq: b.joinedSeq, untilSeq: b.leftSeq },
        0,
        50,
      );
      assert.deepEqual(
        seen.map((m) => m.type),
        ['text', 'system'],
      );
    });

    test('edits, revokes and reactions change their target in the same transaction', async () => {
      const { chat, messages } = await groupWith(getDb(), ['a', 'b']);
      const target = await messages.append(aText(chat.id, 'a', 'helo'));
      await messages.append({
        ...aText(chat.id, 'a', ''),
        type: 'edit',
        content: { targetId: target.id, body: 'hello' },
        effect: { kind: 'edit', targetId: target.id, content: { type: 'text', content: { body: 'hello' } } },
      } as MessageDraft);
      await messages.append({
        ...aText(chat.id, 'b', ''),
        type: 'reaction',
        content: { targetId: target.id, emoji: '🎉' },
        effect: { kind: 'react', targetId: target.id, emoji: '🎉' },
      } as MessageDraft);
      const edited = await messages.get(chat.id, target.id);
      assert.deepEqual(edited?.content, { body: 'hello' });
      assert.equal(edited?.editedAt, clock.now());
      assert.deepEqual(await messages.reactions([target.id]), [
        { messageId: target.id, accountId: 'b', emoji: '🎉' },
      ]);
      await messages.append({
        ...aText(chat.id, 'a', ''),
        type: 'revoke',
        content: { targetId: target.id },
        effect: { kind: 'revoke', targetId: target.id },
      } as MessageDraft);
      const revoked = await messages.get(chat.id, target.id);
      assert.equal(revoked?.content, null);
      assert.equal(revoked?.deletedAt, clock.now());
      assert.deepEqual(await messages.reactions([target.id]), []);
    });

    test('receipt watermarks only move forward, are capped at the chat, and are logged', async () => {
      const { chat, messages, receipts, bus } = await groupWith(getDb(), ['a', 'b']);
      for (let i = 0; i < 5; i++) await messages.append(aText(chat.id, 'a', `m${i}`));
      assert.deepEqual(await receipts.advance(chat.id, 'b', 'delivered', 3, 10), {
        chatId: chat.id,
        accountId: 'b',
        deliveredSeq: 3,
        readSeq: 0,
      });
      assert.equal(await receipts.advance(chat.id, 'b', 'delivered', 2, 11), undefined);
      assert.deepEqual(await receipts.advance(chat.id, 'b', 'read', 99, 12), {
        chatId: chat.id,
        accountId: 'b',
        deliveredSeq: 5,
        readSeq: 5,
      });
      const event = bus.events.findLast((e) => e.type === 'receipt.advanced');
      assert.deepEqual(event && event.type === 'receipt.advanced' && event.previous, {
        deliveredSeq: 3,
        readSeq: 0,
      });
      const info = await receipts.history(chat.id, 2);
      const b = info.find((r) => r.accountId === 'b');
      assert.deepEqual(b, { accountId: 'b', status: 'read', at: 12 });
      assert.equal(await receipts.advance(chat.id, 'stranger', 'read', 1, 13), undefined);
    });

    test('one direct chat per pair, found by its key', async () => {
      const { chats } = setup(getDb());
      const key = `${uniqueId()}:${uniqueId()}`;
      const first = aChat({ kind: 'direct', directKey: key, subject: null });
      await chats.commit(first.id, { create: first, addMembers: [{ accountId: 'x', role: 'member' }] });
      const racer = aChat({ kind: 'direct', directKey: key, subject: null });
      await chats.commit(racer.id, { create: racer, addMembers: [{ accountId: 'x', role: 'member' }] });
      assert.equal((await chats.findDirect(key))?.id, first.id);
      assert.equal(await chats.get(racer.id), undefined);
    });

    test('chat list shows unread counts, last message and settings', async () => {
      const account = uniqueId();
      const { chat, chats, messages, receipts } = await groupWith(getDb(), [uniqueId(), account]);
      const sender = chat.createdBy;
      for (let i = 0; i < 3; i++) await messages.append(aText(chat.id, sender, `m${i}`));
      await receipts.advance(chat.id, account, 'read', 1, 20);
      await chats.saveSettings(chat.id, account, { mutedUntil: 99, archived: true, pinnedAt: 7 });
      const [summary] = await chats.listFor(account);
      assert.equal(summary?.unreadCount, 2);
      assert.deepEqual(summary?.lastMessage?.content, { body: 'm2' });
      assert.deepEqual(summary?.settings, { mutedUntil: 99, archived: true, pinnedAt: 7 });
      assert.equal(await chats.countPinned(account), 1);
    });

    test('blocks are remembered per blocker', async () => {
      const blocks = new SqlBlockRepository(getDb());
      const [a, b] = [uniqueId(), uniqueId()];
      await blocks.block(a, b, 1);
      await blocks.block(a, b, 2);
      assert.equal(await new SqlBlockRepository(getDb()).isBlocked(a, b), true);
      assert.equal(await blocks.isBlocked(b, a), false);
      await blocks.unblock(a, b);
      assert.deepEqual(await new SqlBlockRepository(getDb()).list(a), []);
    });
  });
}
