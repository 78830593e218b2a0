import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError, type Product } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlAccountRepository } from '../repositories/account-repository.js';
import { SqlCollectionRepository } from '../repositories/collection-repository.js';
import { SqlProductRepository } from '../repositories/product-repository.js';
import type { Database } from '../schema.js';
import { anAccount, uniqueId } from './fixtures.js';

export function aProduct(businessId: string, overrides: Partial<Product> = {}): Product {
  return {
    id: uniqueId(),
    businessId,
    kind: 'product',
    name: 'Sourdough loaf',
    description: '',
    imageMediaIds: [],
    price: 450,
    salePrice: null,
    currency: 'EUR',
    link: null,
    sku: null,
    availability: 'in_stock',
    hidden: false,
    createdAt: 1_000,
    updatedAt: 1_000,
    ...overrides,
  };
}

export async function aBusiness(db: Kysely<Database>): Promise<string> {
  const account = anAccount({ kind: 'business' });
  await new SqlAccountRepository(db).create(account);
  return account.id;
}

export function productsContract(getDb: () => Kysely<Database>): void {
  describe('products', () => {
    const repo = () => new SqlProductRepository(getDb());

    test('stores every field and reads it back within its business only', async () => {
      const shop = await aBusiness(getDb());
      const other = await aBusiness(getDb());
      const product = aProduct(shop, {
        kind: 'service',
        description: 'Cut and dry',
        imageMediaIds: ['m2', 'm1'],
        price: 10_000_000_000,
        salePrice: 9_999_999_999,
        currency: 'JPY',
        link: 'https://example.com/cut',
        sku: 'CUT-1',
        availability: 'out_of_stock',
        hidden: true,
      });
      await repo().create(product);
      assert.deepEqual(await repo().get(shop, product.id), product);
      assert.equal(await repo().get(other, product.id), undefined);
      assert.deepEqual(await repo().getMany(other, [product.id]), []);
      assert.deepEqual(await repo().findBySku(shop, 'CUT-1'), product);
      assert.equal(await repo().findBySku(other, 'CUT-1'), undefined);
    });

    test('lists oldest first, counts, and fetches several at once', async () => {
      const shop = await aBusiness(getDb());
      const later = aProduct(shop, { createdAt: 2_000 });
      const earlier = aProduct(shop, { createdAt: 1_000 });
      await repo().create(later);
      await repo().create(earlier);
      assert.deepEqual(
        (await repo().list(shop)).map((p) => p.id),
        [earlier.id, later.id],
      );
      assert.equal(await repo().count(shop), 2);
      const many = await repo().getMany(shop, [later.id, 'unknown']);
      assert.deepEqual(
        many.map((p) => p.id),
        [later.id],
      );
      assert.deepEqual(await repo().getMany(shop, []), []);
    });

    test('a SKU is unique per business, and many products may have none', async () => {
      const shop = await aBusiness(getDb());
      const other = await aBusiness(getDb());
      await repo().create(aProduct(shop, { sku: 'A-1' }));
      await repo().create(aProduct(other, { sku: 'A-1' }));
      await repo().create(aProduct(shop));
      await repo().create(aProduct(shop));
      await assert.rejects(
        repo().create(aProduct(shop, { sku: 'A-1' })),
        (error: unknown) => error instanceof DomainError && error.code === 'conflict',
      );
      const second = aProduct(shop, { sku: 'B-2' });
      await repo().create(second);
      await assert.rejects(
        repo().update({ ...second, sku: 'A-1' }),
        (error: unknown) => error instanceof DomainError && error.code === 'conflict',
      );
    });

    test('updates replace the fields; another business cannot update it', async () => {
      const shop = await aBusiness(getDb());
      const other = await aBusiness(getDb());
      const product = aProduct(shop);
      await repo().create(product);
      const changed = { ...product, name: 'Rye loaf', salePrice: 400, hidden: true, updatedAt: 5_000 };
      await repo().update(changed);
      assert.deepEqual(await repo().get(shop, product.id), changed);
      await repo().update({ ...changed, businessId: other, name: 'Stolen' });
      assert.equal((await repo().get(shop, product.id))?.name, 'Rye loaf');
    });

    test('deleting a product drops it from its collections', async () => {
      const shop = await aBusiness(getDb());
      const [a, b] = [aProduct(shop), aProduct(shop)];
      await repo().create(a);
      await repo().create(b);
      const collections = new SqlCollectionRepository(getDb());
      const collection = {
        id: uniqueId(),
        businessId: shop,
        name: 'Bread',
        productIds: [a.id, b.id],
        hidden: false,
        createdAt: 1_000,
        updatedAt: 1_000,
      };
      await collections.put(collection);
      assert.equal(await repo().delete(await aBusiness(getDb()), a.id), false);
      assert.equal(await repo().delete(shop, a.id), true);
      assert.equal(await repo().delete(shop, a.id), false);
      assert.equal(await repo().get(shop, a.id), undefined);
      assert.deepEqual((await collections.get(shop, collection.id))?.productIds, [b.id]);
    });
  });
}
