import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { describe, test } from 'node:test';
import type { TestPhone } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlAccountRepository } from '../repositories/account-repository.js';
import { SqlPlatformRepository } from '../repositories/platform-repository.js';
import { SqlTestPhoneRepository } from '../repositories/test-phone-repository.js';
import type { Database } from '../schema.js';
import { anAccount, uniqueId } from './fixtures.js';

export function testPhonesContract(getDb: () => Kysely<Database>): void {
  describe('SqlTestPhoneRepository', () => {
    const repo = () => new SqlTestPhoneRepository(getDb());

    async function aPortfolio() {
      const portfolio = {
        id: `1${randomInt(1e7, 1e8)}${randomInt(1e7, 1e8)}`,
        name: 'Sandbox',
        createdAt: 1_000,
      };
      await new SqlPlatformRepository(getDb()).createPortfolio(portfolio);
      return portfolio.id;
    }

    async function aTestPhone(portfolioId: string, name: string, createdAt: number): Promise<TestPhone> {
      const account = anAccount({ name });
      await new SqlAccountRepository(getDb()).create(account);
      const testPhone: TestPhone = {
        accountId: account.id,
        portfolioId,
        name,
        phone: account.phone,
        loginTokenHash: uniqueId(),
        createdAt,
      };
      await repo().create(testPhone);
      return testPhone;
    }

    test('lists a portfolio’s test phones oldest first, and no other portfolio’s', async () => {
      const portfolioId = await aPortfolio();
      const second = await aTestPhone(portfolioId, 'Test Phone 2', 2_000);
      const first = await aTestPhone(portfolioId, 'Test Phone 1', 1_000);
      await aTestPhone(await aPortfolio(), 'Test Phone 1', 1_000);
      assert.deepEqual(await repo().list(portfolioId), [first, second]);
    });

    test('a new login token hash replaces the old one', async () => {
      const portfolioId = await aPortfolio();
      const phone = await aTestPhone(portfolioId, 'Test Phone 1', 1_000);
      assert.deepEqual(await repo().findByLoginTokenHash(phone.loginTokenHash), phone);
      const next = uniqueId();
      await repo().setLoginTokenHash(phone.accountId, next);
      assert.equal(await repo().findByLoginTokenHash(phone.loginTokenHash), undefined);
      assert.deepEqual(await repo().findByLoginTokenHash(next), { ...phone, loginTokenHash: next });
    });
  });
}
