import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { SqlContactRepository } from '../repositories/contact-repository.js';
import type { Database } from '../schema.js';
import { uniqueId, uniquePhone } from './fixtures.js';

export function contactsContract(getDb: () => Kysely<Database>): void {
  describe('SqlContactRepository', () => {
    const repo = () => new SqlContactRepository(getDb());

    test('saves, lists, counts and deletes an owner’s contacts', async () => {
      const owner = uniqueId();
      const ada = { phone: uniquePhone(), name: 'Ada', createdAt: 1_000 };
      const bob = { phone: uniquePhone(), name: 'Bob', createdAt: 2_000 };
      assert.deepEqual(await repo().save(owner, ada), ada);
      await repo().save(owner, bob);
      const listed = await repo().list(owner);
      assert.deepEqual(
        [...listed].sort((a, b) => a.name.localeCompare(b.name)),
        [ada, bob],
      );
      assert.equal(await repo().count(owner), 2);
      assert.deepEqual(await repo().get(owner, ada.phone), ada);
      assert.equal(await repo().delete(owner, ada.phone), true);
      assert.equal(await repo().delete(owner, ada.phone), false);
      assert.deepEqual(await repo().list(owner), [bob]);
    });

    test('saving a saved number renames it and keeps when it was added', async () => {
      const owner = uniqueId();
      const phone = uniquePhone();
      await repo().save(owner, { phone, name: 'Ada', createdAt: 1_000 });
      const renamed = await repo().save(owner, { phone, name: 'Ada L.', createdAt: 9_000 });
      assert.deepEqual(renamed, { phone, name: 'Ada L.', createdAt: 1_000 });
      assert.equal(await repo().count(owner), 1);
    });

    test('one owner never sees or changes another’s contacts', async () => {
      const owner = uniqueId();
      const other = uniqueId();
      const phone = uniquePhone();
      await repo().save(owner, { phone, name: 'Ada', createdAt: 1_000 });
      await repo().save(other, { phone, name: 'Mum', createdAt: 1_000 });
      assert.equal((await repo().get(owner, phone))?.name, 'Ada');
      assert.equal(await repo().delete(uniqueId(), phone), false);
      assert.equal(await repo().count(owner), 1);
      assert.deepEqual(await repo().list(uniqueId()), []);
    });
  });
}
