import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Collection } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlCollectionRepository } from '../repositories/collection-repository.js';
import type { Database } from '../schema.js';
import { uniqueId } from './fixtures.js';
import { aBusiness } from './products.contract.js';

const aCollection = (businessId: string, overrides: Partial<Collection> = {}): Collection => ({
  id: uniqueId(),
  businessId,
  name: 'Cakes',
  productIds: ['p2', 'p1'],
  hidden: false,
  createdAt: 1_000,
  updatedAt: 1_000,
  ...overrides,
});

export function collectionsContract(getDb: () => Kysely<Database>): void {
  describe('collections', () => {
    const repo = () => new SqlCollectionRepository(getDb());

    test('stores, lists oldest first, counts and replaces', async () => {
      const shop = await aBusiness(getDb());
      const later = aCollection(shop, { createdAt: 3_000, hidden: true });
      const earlier = aCollection(shop, { createdAt: 2_000 });
      await repo().put(later);
      await repo().put(earlier);
      assert.deepEqual(await repo().list(shop), [earlier, later]);
      assert.equal(await repo().count(shop), 2);
      const renamed = { ...earlier, name: 'Pies', productIds: ['p1'], updatedAt: 4_000 };
      await repo().put(renamed);
      assert.deepEqual(await repo().get(shop, earlier.id), renamed);
      assert.equal(await repo().count(shop), 2);
    });

    test("a business neither reads, replaces nor deletes another's collection", async () => {
      const shop = await aBusiness(getDb());
      const other = await aBusiness(getDb());
      const collection = aCollection(shop);
      await repo().put(collection);
      assert.equal(await repo().get(other, collection.id), undefined);
      assert.deepEqual(await repo().list(other), []);
      await assert.rejects(repo().put({ ...collection, businessId: other, name: 'Mine now' }));
      assert.equal((await repo().get(shop, collection.id))?.name, 'Cakes');
      assert.equal(await repo().delete(other, collection.id), false);
      assert.equal(await repo().delete(shop, collection.id), true);
      assert.equal(await repo().get(shop, collection.id), undefined);
    });
  });
}
