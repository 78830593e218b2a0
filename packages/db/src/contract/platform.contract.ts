import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { describe, test } from 'node:test';
import { numberCursor, type PlatformNumber } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlAccountRepository } from '../repositories/account-repository.js';
import { SqlPlatformRepository } from '../repositories/platform-repository.js';
import type { Database } from '../schema.js';
import { anAccount } from './fixtures.js';

const graphId = (prefix: string) => `${prefix}${String(randomInt(1e7, 1e8))}${String(randomInt(1e7, 1e8))}`;

export function platformContract(getDb: () => Kysely<Database>): void {
  describe('SqlPlatformRepository', () => {
    const repo = () => new SqlPlatformRepository(getDb());

    async function aWaba() {
      const portfolio = { id: graphId('1'), name: `Portfolio ${graphId('1')}`, createdAt: 1_000 };
      await repo().createPortfolio(portfolio);
      const waba = {
        id: graphId('2'),
        portfolioId: portfolio.id,
        name: 'Main',
        timezoneId: 'UTC',
        namespace: 'ns',
        createdAt: 1_000,
        disabledAt: null,
      };
      await repo().createWaba(waba);
      return { portfolio, waba };
    }

    async function aNumber(wabaId: string, portfolioId: string, createdAt: number): Promise<PlatformNumber> {
      const account = anAccount({ kind: 'platform' });
      await new SqlAccountRepository(getDb()).create(account);
      const number: PlatformNumber = {
        id: graphId('3'),
        wabaId,
        portfolioId,
        accountId: account.id,
        phone: account.phone,
        verifiedName: 'Acme',
        nameStatus: 'APPROVED',
        qualityRating: 'GREEN',
        messagingLimit: 'TIER_250',
        throughputLevel: 'STANDARD',
        status: 'CONNECTED',
        registeredAt: null,
        pinHash: null,
        createdAt,
      };
      await repo().createNumber(number);
      return number;
    }

    test('stores portfolios and WABAs and finds them again', async () => {
      const { portfolio, waba } = await aWaba();
      assert.deepEqual(await repo().getPortfolio(portfolio.id), portfolio);
      assert.deepEqual(await repo().findPortfolioByName(portfolio.name), portfolio);
      assert.deepEqual(await repo().getWaba(waba.id), waba);
      assert.deepEqual(await repo().listWabas(portfolio.id), [waba]);
      assert.equal(await repo().getWaba(graphId('2')), undefined);
    });

    test('a WABA is disabled and reinstated', async () => {
      const { waba } = await aWaba();
      await repo().setWabaDisabledAt(waba.id, 9_000);
      assert.equal((await repo().getWaba(waba.id))?.disabledAt, 9_000);
      await repo().setWabaDisabledAt(waba.id, null);
      assert.equal((await repo().getWaba(waba.id))?.disabledAt, null);
    });

    test('numbers page in creation order, by account, and take changes', async () => {
      const { portfolio, waba } = await aWaba();
      const first = await aNumber(waba.id, portfolio.id, 5_000);
      const second = await aNumber(waba.id, portfolio.id, 5_000);
      const third = await aNumber(waba.id, portfolio.id, 6_000);
      assert.equal(await repo().countNumbers(waba.id), 3);
      const all = await repo().listNumbers(waba.id, { limit: 10 });
      const sameTime = [first, second].sort((a, b) => (a.id < b.id ? -1 : 1));
      assert.deepEqual(all, [...sameTime, third]);
      const page = await repo().listNumbers(waba.id, { limit: 1, after: numberCursor(sameTime[0]!) });
      assert.deepEqual(page, [sameTime[1], third], 'limit + 1 rows tell whether more follow');
      assert.deepEqual(await repo().numberOfAccount(third.accountId), third);
      const changed = await repo().updateNumber(first.id, {
        registeredAt: 7_000,
        pinHash: 'h',
        status: 'PENDING',
      });
      assert.deepEqual(changed, { ...first, registeredAt: 7_000, pinHash: 'h', status: 'PENDING' });
      assert.equal(await repo().updateNumber(graphId('3'), { status: 'CONNECTED' }), undefined);
    });

    test('apps, system users, tokens and subscriptions', async () => {
      const { portfolio, waba } = await aWaba();
      const app = {
        id: graphId('4'),
        portfolioId: portfolio.id,
        name: 'Shop',
        secret: 's3cret',
        callbackUrl: null,
        verifyToken: null,
        fields: [],
        createdAt: 1_000,
      };
      await repo().createApp(app);
      assert.deepEqual(await repo().findAppByName(portfolio.id, 'Shop'), app);
      const hooked = await repo().updateApp(app.id, {
        callbackUrl: 'https://example.com/hook',
        verifyToken: 'v',
        fields: ['messages'],
      });
      assert.deepEqual(hooked, {
        ...app,
        callbackUrl: 'https://example.com/hook',
        verifyToken: 'v',
        fields: ['messages'],
      });

      const user = { id: graphId('5'), portfolioId: portfolio.id, name: 'ci', createdAt: 1_000 };
      await repo().createSystemUser(user);
      assert.deepEqual(await repo().findSystemUserByName(portfolio.id, 'ci'), user);
      const token = {
        id: graphId('8'),
        systemUserId: user.id,
        portfolioId: portfolio.id,
        tokenHash: `hash-${graphId('8')}`,
        permissions: ['whatsapp_business_messaging' as const],
        wabaIds: [waba.id],
        createdAt: 1_000,
        expiresAt: null,
        revokedAt: null,
      };
      await repo().createToken(token);
      assert.deepEqual(await repo().tokenByHash(token.tokenHash), token);
      assert.equal(await repo().revokeToken('another portfolio', token.id, 2_000), false);
      assert.equal(await repo().revokeToken(portfolio.id, token.id, 2_000), true);
      assert.equal(await repo().revokeToken(portfolio.id, token.id, 3_000), false, 'revoked once');
      assert.deepEqual(await repo().listTokens(portfolio.id, user.id), [{ ...token, revokedAt: 2_000 }]);

      await repo().subscribe({ wabaId: waba.id, appId: app.id, overrideCallbackUri: null, createdAt: 1_000 });
      await repo().subscribe({
        wabaId: waba.id,
        appId: app.id,
        overrideCallbackUri: 'https://o.example',
        createdAt: 2_000,
      });
      assert.deepEqual(await repo().subscriptions(waba.id), [
        { wabaId: waba.id, appId: app.id, overrideCallbackUri: 'https://o.example', createdAt: 1_000 },
      ]);
      assert.equal(await repo().unsubscribe(waba.id, app.id), true);
      assert.deepEqual(await repo().subscriptions(waba.id), []);
    });
  });
}
