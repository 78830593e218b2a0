import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Chat, DomainEvent, EventBus, MessageDraft } from '@parley/core';
import type { Kysely } from 'kysely';
import { Outbox } from '../outbox.js';
import { SqlChatRepository } from '../repositories/chat-repository.js';
import { MessageStore } from '../repositories/message-store.js';
import { SqlPlatformMessagingRepository } from '../repositories/platform-messaging-repository.js';
import type { Database } from '../schema.js';
import { uniqueId } from './fixtures.js';

const silentBus: EventBus = {
  publish: async (_events: readonly DomainEvent[]) => undefined,
  subscribe: () => () => undefined,
};

async function directChat(db: Kysely<Database>, business: string, person: string) {
  const outbox = new Outbox(db, silentBus);
  const clock = { now: () => 5_000 };
  const chats = new SqlChatRepository(db, outbox, clock);
  const chat: Chat = {
    id: uniqueId(),
    kind: 'direct',
    directKey: `${business}:${person}:${uniqueId()}`,
    subject: null,
    description: null,
    photoMediaId: null,
    createdBy: business,
    createdAt: 1_000,
    lastSeq: 0,
    inviteCode: null,
  };
  await chats.commit(chat.id, {
    create: chat,
    addMembers: [
      { accountId: business, role: 'member' },
      { accountId: person, role: 'member' },
    ],
  });
  const messages = new MessageStore(db, outbox, clock);
  const say = (senderId: string, createdAt: number) =>
    messages.append({
      id: uniqueId(),
      chatId: chat.id,
      senderId,
      senderDeviceId: null,
      type: 'text',
      content: { body: 'hi' },
      replyToId: null,
      forwarded: false,
      senderOnly: false,
      createdAt,
      effect: null,
    } as MessageDraft);
  return { chat, say };
}

export function platformMessagingContract(getDb: () => Kysely<Database>): void {
  describe('SqlPlatformMessagingRepository', () => {
    const repo = () => new SqlPlatformMessagingRepository(getDb());

    test('keeps callback data by message id; a resend replaces it', async () => {
      const id = uniqueId();
      assert.equal(await repo().callbackDataOf(id), undefined);
      await repo().saveCallbackData(id, 'order=1 ✓', 10);
      assert.equal(await repo().callbackDataOf(id), 'order=1 ✓');
      await repo().saveCallbackData(id, 'order=2', 11);
      assert.equal(await repo().callbackDataOf(id), 'order=2');
    });

    test('finds a message by id alone, and a sender’s last message in a chat', async () => {
      const business = uniqueId();
      const person = uniqueId();
      const { chat, say } = await directChat(getDb(), business, person);
      assert.equal(await repo().lastMessageAt(chat.id, person), undefined);
      const first = await say(person, 2_000);
      await say(person, 3_000);
      await say(business, 4_000);
      assert.equal(await repo().lastMessageAt(chat.id, person), 3_000);
      assert.equal(await repo().lastMessageAt(chat.id, business), 4_000);
      assert.deepEqual(await repo().messageRef(first.id), {
        id: first.id,
        chatId: chat.id,
        seq: 1,
        senderId: person,
        createdAt: 2_000,
      });
      assert.equal(await repo().messageRef(uniqueId()), undefined);
    });
  });
}
