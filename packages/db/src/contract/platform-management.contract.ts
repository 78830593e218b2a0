import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { groupCursor, type PlatformGroup } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlPlatformManagementRepository } from '../repositories/platform-management-repository.js';
import type { Database } from '../schema.js';

export function platformManagementContract(getDb: () => Kysely<Database>): void {
  describe('SqlPlatformManagementRepository', () => {
    const repo = () => new SqlPlatformManagementRepository(getDb());
    const numberId = () => `3${randomUUID().replace(/\D/g, '').padEnd(15, '0').slice(0, 15)}`;

    test('counts a number’s registration calls since a time', async () => {
      const id = numberId();
      for (const at of [1_000, 2_000, 3_000]) await repo().recordRegistrationCall(id, at);
      await repo().recordRegistrationCall(numberId(), 3_000);
      assert.equal(await repo().countRegistrationCalls(id, 0), 3);
      assert.equal(await repo().countRegistrationCalls(id, 2_000), 2);
      assert.equal(await repo().countRegistrationCalls(id, 3_001), 0);
    });

    test('keeps one pending display name per number, replaced by the next request', async () => {
      const id = numberId();
      assert.equal(await repo().pendingDisplayName(id), undefined);
      await repo().requestDisplayName({ numberId: id, name: 'Acme', requestedAt: 1 });
      await repo().requestDisplayName({ numberId: id, name: 'Acme Shop', requestedAt: 2 });
      assert.deepEqual(await repo().pendingDisplayName(id), {
        numberId: id,
        name: 'Acme Shop',
        requestedAt: 2,
      });
      await repo().clearDisplayName(id);
      assert.equal(await repo().pendingDisplayName(id), undefined);
    });

    test('lists a number’s live groups in creation order, paging after a cursor', async () => {
      const id = numberId();
      const group = (createdAt: number, chatId: string = randomUUID()): PlatformGroup => ({
        chatId,
        numberId: id,
        joinApprovalMode: 'auto_approve',
        requestId: randomUUID(),
        createdAt,
        deletedAt: null,
      });
      const groups = [group(10, 'b'), group(10, 'a'), group(20), group(30)].map((g) => ({
        ...g,
        chatId: `${id}-${g.chatId}`,
      }));
      for (const g of groups) await repo().createGroup(g);
      await repo().markGroupDeleted(groups[3]!.chatId, 40);
      assert.equal(await repo().countGroups(id), 3);
      const first = await repo().listGroups(id, { limit: 2 });
      assert.deepEqual(
        first.map((g) => g.chatId),
        [groups[1]!.chatId, groups[0]!.chatId, groups[2]!.chatId],
      );
      const rest = await repo().listGroups(id, { limit: 2, after: groupCursor(first[1]!) });
      assert.deepEqual(
        rest.map((g) => g.chatId),
        [groups[2]!.chatId],
      );
      assert.deepEqual(await repo().getGroup(groups[3]!.chatId), { ...groups[3], deletedAt: 40 });
      assert.deepEqual(await repo().listGroups(id, { limit: 2, after: 'junk' }), []);
    });
  });
}
