import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { QuickReply } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlAccountRepository } from '../repositories/account-repository.js';
import { SqlQuickReplyRepository } from '../repositories/quick-reply-repository.js';
import type { Database } from '../schema.js';
import { anAccount, uniqueId } from './fixtures.js';

export function quickRepliesContract(getDb: () => Kysely<Database>): void {
  describe('SqlQuickReplyRepository', () => {
    const repo = () => new SqlQuickReplyRepository(getDb());
    const aBusiness = async () => {
      const account = anAccount({ kind: 'business' });
      await new SqlAccountRepository(getDb()).create(account);
      return account.id;
    };
    const aReply = (shortcut: string, mediaId: string | null = null): QuickReply => ({
      id: uniqueId(),
      shortcut,
      text: `Text of ${shortcut}\nwith a second line`,
      mediaId,
      createdAt: 1_000,
      updatedAt: 1_000,
    });

    test('creates, lists, counts, changes and deletes replies', async () => {
      const business = await aBusiness();
      const thanks = aReply('thanks');
      const menu = aReply('menu', uniqueId());
      assert.equal(await repo().create(business, thanks), true);
      assert.equal(await repo().create(business, menu), true);
      assert.equal(await repo().count(business), 2);
      assert.deepEqual(await repo().get(business, menu.id), menu);
      const changed = { ...menu, shortcut: 'menu_2', text: 'New menu', mediaId: null, updatedAt: 2_000 };
      assert.equal(await repo().update(business, changed), true);
      assert.deepEqual(
        [...(await repo().list(business))].sort((a, b) => a.shortcut.localeCompare(b.shortcut)),
        [changed, thanks],
      );
      assert.equal(await repo().delete(business, thanks.id), true);
      assert.equal(await repo().delete(business, thanks.id), false);
      assert.equal(await repo().count(business), 1);
    });

    test('a shortcut is one reply’s per business, and taking it stores nothing', async () => {
      const business = await aBusiness();
      const hours = aReply('hours');
      const other = aReply('other');
      await repo().create(business, hours);
      await repo().create(business, other);
      assert.equal(await repo().create(business, aReply('hours')), false);
      assert.equal(await repo().update(business, { ...other, shortcut: 'hours', text: 'lost' }), false);
      assert.deepEqual(await repo().get(business, other.id), other);
      // Keeping its own shortcut is no conflict.
      assert.equal(await repo().update(business, { ...hours, text: 'Nine to five' }), true);
      // Another business has its own namespace.
      assert.equal(await repo().create(await aBusiness(), aReply('hours')), true);
    });

    test('one business never sees or changes another’s replies', async () => {
      const [owner, other] = [await aBusiness(), await aBusiness()];
      const reply = aReply('secret');
      await repo().create(owner, reply);
      assert.equal(await repo().get(other, reply.id), undefined);
      assert.equal(await repo().delete(other, reply.id), false);
      await repo().update(other, { ...reply, text: 'changed' });
      assert.deepEqual(await repo().list(other), []);
      assert.deepEqual(await repo().get(owner, reply.id), reply);
    });
  });
}
