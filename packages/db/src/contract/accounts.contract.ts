import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlAccountRepository } from '../repositories/account-repository.js';
import type { Database } from '../schema.js';
import { anAccount, uniqueId, uniquePhone } from './fixtures.js';

export function accountsContract(getDb: () => Kysely<Database>): void {
  describe('SqlAccountRepository', () => {
    const repo = () => new SqlAccountRepository(getDb());

    test('creates and finds an account by id and by phone', async () => {
      const account = anAccount({ name: 'Ada', photoMediaId: 'm1', createdAt: 1_700_000_000_123 });
      await repo().create(account);
      assert.deepEqual(await repo().get(account.id), account);
      assert.deepEqual(await repo().findByPhone(account.phone), account);
      assert.equal(await repo().get(uniqueId()), undefined);
      assert.equal(await repo().findByPhone(uniquePhone()), undefined);
    });

    test('refuses a second account on one phone', async () => {
      const account = anAccount();
      await repo().create(account);
      await assert.rejects(
        repo().create(anAccount({ phone: account.phone })),
        (error: unknown) => error instanceof DomainError && error.code === 'conflict',
      );
    });

    test('finds the accounts among many phones', async () => {
      const a = anAccount();
      const b = anAccount();
      await repo().create(a);
      await repo().create(b);
      const phones = [a.phone, uniquePhone(), b.phone, ...Array.from({ length: 600 }, uniquePhone)];
      const found = await repo().findByPhones(phones);
      assert.deepEqual(found.map((x) => x.id).sort(), [a.id, b.id].sort());
      assert.deepEqual(await repo().findByPhones([]), []);
    });

    test('updates only the profile fields given', async () => {
      const account = anAccount({ name: 'Ada', about: 'Hi', photoMediaId: 'm1' });
      await repo().create(account);
      const renamed = await repo().update(account.id, { name: 'Grace' });
      assert.deepEqual(renamed, { ...account, name: 'Grace' });
      const cleared = await repo().update(account.id, { photoMediaId: null, about: '' });
      assert.deepEqual(cleared, { ...account, name: 'Grace', about: '', photoMediaId: null });
      assert.deepEqual(await repo().update(account.id, {}), cleared);
      assert.equal(await repo().update(uniqueId(), { name: 'x' }), undefined);
    });

    test('changes kind, verification and premium', async () => {
      const account = anAccount();
      await repo().create(account);
      const changed = await repo().update(account.id, {
        kind: 'business',
        verification: 'official',
        premium: true,
      });
      assert.deepEqual(changed, { ...account, kind: 'business', verification: 'official', premium: true });
      assert.deepEqual(await repo().get(account.id), changed);
    });

    test('remembers when the account was last seen', async () => {
      const account = anAccount();
      await repo().create(account);
      await repo().markSeen(account.id, 1_700_000_000_999);
      assert.equal((await repo().get(account.id))?.lastSeenAt, 1_700_000_000_999);
    });
  });
}
