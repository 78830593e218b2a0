import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultLabels, type Label } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlAccountRepository } from '../repositories/account-repository.js';
import { SqlContactRepository } from '../repositories/contact-repository.js';
import { SqlLabelRepository } from '../repositories/label-repository.js';
import type { Database } from '../schema.js';
import { anAccount, uniqueId, uniquePhone } from './fixtures.js';

export function labelsContract(getDb: () => Kysely<Database>): void {
  describe('SqlLabelRepository', () => {
    const repo = () => new SqlLabelRepository(getDb());
    const aBusiness = async () => {
      const account = anAccount({ kind: 'business' });
      await new SqlAccountRepository(getDb()).create(account);
      return account.id;
    };
    const aLabel = (name: string, createdAt = 3_000): Label => ({
      id: uniqueId(),
      name,
      colour: 7,
      predefined: null,
      createdAt,
    });
    const byId = (a: Label, b: Label) => (a.id < b.id ? -1 : 1);

    test('defaults are seeded once, even when first requests race', async () => {
      const business = await aBusiness();
      const attempts = await Promise.all(
        [1, 2, 3].map(() => repo().seedDefaults(business, defaultLabels(uniqueId, 1_000))),
      );
      assert.deepEqual(
        attempts.filter((seeded) => seeded),
        [true],
      );
      const labels = await repo().list(business);
      assert.equal(labels.length, 5);
      assert.deepEqual(new Set(labels.map((l) => l.predefined)).size, 5);
      // A deleted default stays deleted.
      assert.equal(await repo().delete(business, labels[0]!.id), true);
      assert.equal(await repo().seedDefaults(business, defaultLabels(uniqueId, 2_000)), false);
      assert.equal(await repo().count(business), 4);
    });

    test('creates, reads, renames, recolours and deletes a label', async () => {
      const business = await aBusiness();
      const vip = aLabel('VIP');
      await repo().create(business, vip);
      assert.deepEqual(await repo().get(business, vip.id), vip);
      const renamed = { ...vip, name: 'Very important', colour: 19 };
      await repo().update(business, renamed);
      assert.deepEqual(await repo().list(business), [renamed]);
      assert.equal(await repo().delete(business, vip.id), true);
      assert.equal(await repo().delete(business, vip.id), false);
      assert.equal(await repo().get(business, vip.id), undefined);
    });

    test('labels go on chats and saved contacts, once each, and come off with the label', async () => {
      const business = await aBusiness();
      const [paid, vip] = [aLabel('Paid'), aLabel('VIP')];
      await repo().create(business, paid);
      await repo().create(business, vip);
      const saved = uniquePhone();
      const unsaved = uniquePhone();
      await new SqlContactRepository(getDb()).save(business, { phone: saved, name: 'Ada', createdAt: 1 });
      for (let i = 0; i < 2; i++) {
        await repo().applyToChat(business, paid.id, 'chat-a');
        await repo().applyToContact(business, paid.id, saved);
      }
      await repo().applyToChat(business, vip.id, 'chat-a');
      await repo().applyToContact(business, vip.id, unsaved);
      const assignments = await repo().assignments(business);
      assert.deepEqual(
        [...assignments.chats].sort((a, b) => (a.labelId < b.labelId ? -1 : 1)),
        [
          { labelId: paid.id, chatId: 'chat-a' },
          { labelId: vip.id, chatId: 'chat-a' },
        ].sort((a, b) => (a.labelId < b.labelId ? -1 : 1)),
      );
      // Only numbers in the address book count as labelled contacts.
      assert.deepEqual(assignments.contacts, [{ labelId: paid.id, phone: saved }]);

      await repo().removeFromChat(business, vip.id, 'chat-a');
      await repo().removeFromContact(business, paid.id, saved);
      assert.deepEqual(await repo().assignments(business), {
        chats: [{ labelId: paid.id, chatId: 'chat-a' }],
        contacts: [],
      });
      await repo().delete(business, paid.id);
      assert.deepEqual(await repo().assignments(business), { chats: [], contacts: [] });
    });

    test('one business never sees or changes another’s labels', async () => {
      const [owner, other] = [await aBusiness(), await aBusiness()];
      const label = aLabel('Mine');
      await repo().create(owner, label);
      await repo().applyToChat(owner, label.id, 'chat-b');
      assert.equal(await repo().get(other, label.id), undefined);
      assert.equal(await repo().delete(other, label.id), false);
      await repo().update(other, { ...label, name: 'Stolen' });
      await repo().removeFromChat(other, label.id, 'chat-b');
      assert.deepEqual(await repo().list(other), []);
      assert.deepEqual(await repo().assignments(other), { chats: [], contacts: [] });
      assert.deepEqual([...(await repo().list(owner))].sort(byId), [label]);
      assert.equal((await repo().assignments(owner)).chats.length, 1);
    });
  });
}
