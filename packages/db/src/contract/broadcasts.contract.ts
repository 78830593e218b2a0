import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Broadcast, BroadcastList, EventBus, MessageDraft } from '@parley/core';
import type { Kysely } from 'kysely';
import { Outbox } from '../outbox.js';
import { SqlActivityReader } from '../repositories/activity-reader.js';
import { SqlBroadcastListRepository } from '../repositories/broadcast-list-repository.js';
import { SqlBroadcastRepository } from '../repositories/broadcast-repository.js';
import { SqlChatRepository } from '../repositories/chat-repository.js';
import { SqlContactRepository } from '../repositories/contact-repository.js';
import { MessageStore } from '../repositories/message-store.js';
import { SqlReceiptStore } from '../repositories/receipt-store.js';
import type { Database } from '../schema.js';
import { uniqueId, uniquePhone } from './fixtures.js';

const clock = { now: () => 5_000 };
const quietBus: EventBus = { publish: async () => undefined, subscribe: () => () => undefined };
const QUARTER = 15 * 60_000;

const aRecipient = () => ({ accountId: uniqueId(), phone: uniquePhone() });

function aList(businessId: string, overrides: Partial<BroadcastList> = {}): BroadcastList {
  return {
    id: uniqueId(),
    businessId,
    name: 'Regulars',
    recipients: [aRecipient(), aRecipient()],
    createdAt: 1_000,
    updatedAt: 1_000,
    ...overrides,
  };
}

const aMessage = (
  chatId: string,
  senderId: string,
  createdAt: number,
  overrides: Partial<MessageDraft> = {},
): MessageDraft =>
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
    ...overrides,
  }) as MessageDraft;

/** A direct chat between a business and a customer, with the given messages appended in order. */
async function directChat(
  db: Kysely<Database>,
  businessId: string,
  customerId: string,
  drafts: MessageDraft[],
) {
  const outbox = new Outbox(db, quietBus);
  const chats = new SqlChatRepository(db, outbox, clock);
  const chatId = drafts[0]?.chatId ?? uniqueId();
  await chats.commit(chatId, {
    create: {
      id: chatId,
      kind: 'direct',
      directKey: [businessId, customerId].sort().join(':'),
      subject: null,
      description: null,
      photoMediaId: null,
      createdBy: businessId,
      createdAt: 1_000,
      lastSeq: 0,
      inviteCode: null,
    },
    addMembers: [
      { accountId: businessId, role: 'member' },
      { accountId: customerId, role: 'member' },
    ],
  });
  const messages = new MessageStore(db, outbox, clock);
  const stored = [];
  for (const draft of drafts) stored.push(await messages.append(draft));
  return { chatId, stored, receipts: new SqlReceiptStore(db, outbox, clock) };
}

export function broadcastsContract(getDb: () => Kysely<Database>): void {
  describe('broadcast lists', () => {
    const repo = () => new SqlBroadcastListRepository(getDb());

    test('stores a list with its recipients in order, and lists the most recently changed first', async () => {
      const business = uniqueId();
      const older = aList(business, { name: 'Older' });
      const newer = aList(business, { name: 'Newer', createdAt: 2_000, updatedAt: 2_000, recipients: [] });
      await repo().create(business, older);
      await repo().create(business, newer);
      assert.deepEqual(await repo().get(business, older.id), older);
      assert.deepEqual(await repo().list(business), [newer, older]);
      assert.equal(await repo().count(business), 2);
    });

    test('updates the name and replaces the recipients, keeping the new order', async () => {
      const business = uniqueId();
      const list = aList(business);
      await repo().create(business, list);
      const recipients = [aRecipient(), list.recipients[1]!, aRecipient()];
      const renamed = await repo().update(business, list.id, { name: 'VIP', updatedAt: 3_000 });
      assert.deepEqual(renamed, { ...list, name: 'VIP', updatedAt: 3_000 });
      const replaced = await repo().update(business, list.id, { recipients, updatedAt: 4_000 });
      assert.deepEqual(replaced, { ...list, name: 'VIP', recipients, updatedAt: 4_000 });
    });

    test('deletes a list with its recipients', async () => {
      const business = uniqueId();
      const list = aList(business);
      await repo().create(business, list);
      assert.equal(await repo().delete(business, list.id), true);
      assert.equal(await repo().delete(business, list.id), false);
      assert.equal(await repo().get(business, list.id), undefined);
      const left = await getDb()
        .selectFrom('broadcast_list_recipients')
        .select('account_id')
        .where('list_id', '=', list.id)
        .execute();
      assert.deepEqual(left, []);
    });

    test('one business never reads, changes or deletes another’s list', async () => {
      const business = uniqueId();
      const other = uniqueId();
      const list = aList(business);
      await repo().create(business, list);
      assert.equal(await repo().get(other, list.id), undefined);
      assert.equal(await repo().update(other, list.id, { name: 'Mine', updatedAt: 9_000 }), undefined);
      assert.equal(await repo().delete(other, list.id), false);
      assert.deepEqual(await repo().list(other), []);
      assert.equal(await repo().count(other), 0);
      assert.deepEqual(await repo().get(business, list.id), list);
    });
  });

  describe('broadcasts', () => {
    const repo = () => new SqlBroadcastRepository(getDb());

    test('reads each delivery with the receipts of its chat as they move', async () => {
      const business = uniqueId();
      const customer = uniqueId();
      const { chatId, stored, receipts } = await directChat(getDb(), business, customer, [
        aMessage(uniqueId(), business, 4_000),
      ]);
      const message = stored[0]!;
      const absent = aRecipient();
      const broadcast: Broadcast = {
        id: uniqueId(),
        businessId: business,
        listId: uniqueId(),
        listName: 'Regulars',
        contentType: 'text',
        preview: 'hello',
        createdAt: 4_000,
        deliveries: [
          { accountId: customer, phone: uniquePhone(), outcome: 'sent', chatId, messageId: message.id },
          { ...absent, outcome: 'not_saved', chatId: null, messageId: null },
        ],
      };
      await repo().create(business, broadcast);
      const { deliveries, ...rest } = broadcast;
      const sent = { ...deliveries[0]!, seq: message.seq, senderOnly: false, deliveredSeq: 0, readSeq: 0 };
      const notSaved = { ...deliveries[1]!, seq: null, senderOnly: false, deliveredSeq: 0, readSeq: 0 };
      assert.deepEqual(await repo().get(business, broadcast.id), { ...rest, deliveries: [sent, notSaved] });

      await receipts.advance(chatId, customer, 'read', message.seq, 6_000);
      const after = await repo().get(business, broadcast.id);
      assert.deepEqual(after?.deliveries[0], { ...sent, deliveredSeq: message.seq, readSeq: message.seq });
      assert.equal(await repo().get(uniqueId(), broadcast.id), undefined);
    });

    test('lists a business’s broadcasts newest first, a page at a time', async () => {
      const business = uniqueId();
      const ids: string[] = [];
      for (const createdAt of [1_000, 3_000, 2_000, 3_000]) {
        const id = uniqueId();
        ids.push(id);
        await repo().create(business, {
          id,
          businessId: business,
          listId: 'list',
          listName: 'List',
          contentType: 'text',
          preview: '',
          createdAt,
          deliveries: [],
        });
      }
      await repo().create(uniqueId(), {
        id: uniqueId(),
        businessId: 'someone else',
        listId: 'list',
        listName: 'List',
        contentType: 'text',
        preview: '',
        createdAt: 9_000,
        deliveries: [],
      });
      const all = (await repo().list(business, { limit: 10 })).map((b) => b.createdAt);
      assert.deepEqual(all, [3_000, 3_000, 2_000, 1_000]);
      const first = await repo().list(business, { limit: 2 });
      const rest = await repo().list(business, { limit: 10, before: first[1]!.id });
      assert.deepEqual([...first, ...rest].map((b) => b.id).sort(), [...ids].sort());
      assert.deepEqual(await repo().list(business, { limit: 10, before: uniqueId() }), []);
    });
  });

  describe('saved numbers and activity', () => {
    test('tells which accounts saved a number', async () => {
      const contacts = new SqlContactRepository(getDb());
      const phone = uniquePhone();
      const [saver, other, unrelated] = [uniqueId(), uniqueId(), uniqueId()];
      await contacts.save(saver, { phone, name: 'Bakery', createdAt: 1_000 });
      await contacts.save(other, { phone: uniquePhone(), name: 'Someone', createdAt: 1_000 });
      assert.deepEqual(await contacts.ownersWhoSaved(phone, [saver, other, unrelated]), new Set([saver]));
      assert.deepEqual(await contacts.ownersWhoSaved(phone, []), new Set());
    });

    test('counts a business’s sent, delivered, read and received messages per quarter hour', async () => {
      const db = getDb();
      const business = uniqueId();
      const customer = uniqueId();
      const t0 = 100 * QUARTER;
      const chatId = uniqueId();
      const { receipts } = await directChat(db, business, customer, [
        aMessage(chatId, business, t0 + 1_000),
        aMessage(chatId, business, t0 + 2_000),
        aMessage(chatId, customer, t0 + 3_000),
        aMessage(chatId, business, t0 + 4_000, {
          type: 'system',
          content: { event: 'group_created', actorId: business },
        } as Partial<MessageDraft>),
        aMessage(chatId, business, t0 + QUARTER, { senderOnly: true }),
        aMessage(chatId, business, t0 + QUARTER + 5),
        aMessage(chatId, customer, t0 + 3 * QUARTER, { senderOnly: true }),
      ]);
      await receipts.advance(chatId, customer, 'read', 1, 9_000);
      await receipts.advance(chatId, customer, 'delivered', 6, 9_000);
      // A message of another business in the same quarter stays out of this one's counts.
      await directChat(db, uniqueId(), customer, [aMessage(uniqueId(), customer, t0 + 10)]);

      const reader = new SqlActivityReader(db);
      const buckets = await reader.activity(business, t0, t0 + 4 * QUARTER);
      assert.deepEqual(
        [...buckets].sort((a, b) => a.start - b.start),
        [
          { start: t0, sent: 2, delivered: 2, read: 1, received: 1 },
          { start: t0 + QUARTER, sent: 2, delivered: 1, read: 0, received: 0 },
        ],
      );
      assert.deepEqual(await reader.activity(business, t0 + 4 * QUARTER, t0 + 8 * QUARTER), []);
      assert.deepEqual(await reader.activity(uniqueId(), t0, t0 + 4 * QUARTER), []);
    });
  });
}
