import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { directKeyOf, type GreetingSettings, type MessageDraft } from '@parley/core';
import type { Kysely } from 'kysely';
import { Outbox } from '../outbox.js';
import { SqlAccountRepository } from '../repositories/account-repository.js';
import { SqlAutoReplyRepository } from '../repositories/auto-reply-repository.js';
import { SqlChatRepository } from '../repositories/chat-repository.js';
import { MessageStore } from '../repositories/message-store.js';
import type { Database } from '../schema.js';
import { anAccount, uniqueId } from './fixtures.js';

const clock = { now: () => 5_000 };
const silentBus = { publish: async () => undefined, subscribe: () => () => undefined };

const greeting: GreetingSettings = {
  enabled: true,
  text: 'Welcome to the bakery!',
  audience: { mode: 'everyone_except', phones: ['+14155550100'] },
};

export function autoRepliesContract(getDb: () => Kysely<Database>): void {
  describe('auto replies', () => {
    const repo = () => new SqlAutoReplyRepository(getDb());

    async function twoAccounts() {
      const accounts = new SqlAccountRepository(getDb());
      const business = anAccount({ kind: 'business' });
      const customer = anAccount();
      await accounts.create(business);
      await accounts.create(customer);
      return { business: business.id, customer: customer.id };
    }

    test('greeting and away settings are saved apart and read back', async () => {
      const { business, customer } = await twoAccounts();
      assert.deepEqual(await repo().settings(business), {});
      await repo().saveGreeting(business, greeting, 1_000);
      assert.deepEqual(await repo().settings(business), { greeting });
      const away = {
        enabled: false,
        text: 'Back at nine',
        schedule: { custom: { start: 10, end: 20 } },
        audience: { mode: 'only' as const, phones: ['+14155550101'] },
      };
      await repo().saveAway(business, away, 2_000);
      const changed = { ...greeting, enabled: false };
      await repo().saveGreeting(business, changed, 3_000);
      assert.deepEqual(await repo().settings(business), { greeting: changed, away });
      assert.deepEqual(await repo().settings(customer), {});
    });

    test('the last away message time only moves forward, per business and customer', async () => {
      const { business, customer } = await twoAccounts();
      const other = await twoAccounts();
      assert.equal(await repo().lastAwayAt(business, customer), null);
      await repo().recordAway(business, customer, 100_000);
      await repo().recordAway(business, customer, 50_000);
      assert.equal(await repo().lastAwayAt(business, customer), 100_000);
      await repo().recordAway(business, customer, 200_000);
      assert.equal(await repo().lastAwayAt(business, customer), 200_000);
      assert.equal(await repo().lastAwayAt(other.business, customer), null);
    });

    test('the history before a message: the last activity, and whether the customer wrote', async () => {
      const { business, customer } = await twoAccounts();
      const outbox = new Outbox(getDb(), silentBus);
      const chats = new SqlChatRepository(getDb(), outbox, clock);
      const store = new MessageStore(getDb(), outbox, clock);
      const chatId = uniqueId();
      await chats.commit(chatId, {
        create: {
          id: chatId,
          kind: 'direct',
          directKey: directKeyOf(business, customer),
          subject: null,
          description: null,
          photoMediaId: null,
          createdBy: business,
          createdAt: 500,
          lastSeq: 0,
          inviteCode: null,
        },
        addMembers: [
          { accountId: business, role: 'member' },
          { accountId: customer, role: 'member' },
        ],
      });
      const draft = (senderId: string, createdAt: number, extra: Partial<MessageDraft> = {}) =>
        ({
          id: uniqueId(),
          chatId,
          senderId,
          senderDeviceId: 'device',
          type: 'text',
          content: { body: 'hello' },
          replyToId: null,
          forwarded: false,
          senderOnly: false,
          createdAt,
          effect: null,
          ...extra,
        }) as MessageDraft;

      const first = await store.append(draft(business, 1_000));
      assert.deepEqual(await repo().historyBefore(business, chatId, customer, first.seq), {
        lastActivityAt: null,
        customerWroteBefore: false,
      });
      await store.append(
        draft(customer, 2_000, { type: 'reaction', content: { targetId: first.id, emoji: '👍' } }),
      );
      const automated = await store.append(draft(customer, 3_000, { automated: true }));
      const typed = await store.append(draft(customer, 4_000));
      assert.deepEqual(await repo().historyBefore(business, chatId, customer, typed.seq), {
        lastActivityAt: 3_000,
        customerWroteBefore: false,
      });
      assert.deepEqual(await repo().historyBefore(business, chatId, customer, typed.seq + 1), {
        lastActivityAt: 4_000,
        customerWroteBefore: true,
      });
      const stranger = await twoAccounts();
      assert.deepEqual(await repo().historyBefore(stranger.business, chatId, customer, typed.seq + 1), {
        lastActivityAt: null,
        customerWroteBefore: false,
      });

      assert.equal((await store.get(chatId, automated.id))?.automated, true);
      assert.equal('automated' in ((await store.get(chatId, typed.id)) ?? {}), false);
    });
  });
}
