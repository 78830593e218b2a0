import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LinkRequest } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlLinkRequestRepository } from '../repositories/link-request-repository.js';
import type { Database } from '../schema.js';
import { uniqueId } from './fixtures.js';

const aRequest = (overrides: Partial<LinkRequest> = {}): LinkRequest => ({
  id: uniqueId(),
  code: uniqueId().slice(0, 8).toUpperCase(),
  secretHash: 'secret-hash',
  deviceName: 'Firefox',
  platform: 'web',
  expiresAt: 1_700_000_120_000,
  approvedAccountId: null,
  claimedAt: null,
  createdAt: 1_700_000_000_000,
  ...overrides,
});

export function linkRequestsContract(getDb: () => Kysely<Database>): void {
  describe('SqlLinkRequestRepository', () => {
    const repo = () => new SqlLinkRequestRepository(getDb());

    test('finds a request by id and by code', async () => {
      const request = aRequest();
      await repo().create(request);
      assert.deepEqual(await repo().get(request.id), request);
      assert.deepEqual(await repo().findByCode(request.code), request);
      assert.equal(await repo().get(uniqueId()), undefined);
      assert.equal(await repo().findByCode('NOSUCHCO'), undefined);
    });

    test('a request is approved once and claimed once, after approval', async () => {
      const request = aRequest();
      await repo().create(request);
      assert.equal(await repo().claim(request.id, 1), false);
      assert.equal(await repo().approve(request.id, 'acc-1'), true);
      assert.equal(await repo().approve(request.id, 'acc-2'), false);
      assert.equal(await repo().claim(request.id, 1_700_000_010_000), true);
      assert.equal(await repo().claim(request.id, 1_700_000_020_000), false);
      assert.deepEqual(await repo().get(request.id), {
        ...request,
        approvedAccountId: 'acc-1',
        claimedAt: 1_700_000_010_000,
      });
    });

    test('counts the approved, unclaimed, live requests of one account', async () => {
      const accountId = uniqueId();
      const live = [aRequest(), aRequest(), aRequest(), aRequest({ expiresAt: 1_000 })];
      for (const r of [...live, aRequest()]) await repo().create(r);
      for (const r of live) await repo().approve(r.id, accountId);
      await repo().claim(live[0]!.id, 5);
      assert.equal(await repo().countUnclaimed(accountId, 2_000), 2);
      assert.equal(await repo().countUnclaimed(uniqueId(), 2_000), 0);
    });

    test('forgets expired requests', async () => {
      const old = aRequest({ expiresAt: 1_000 });
      const fresh = aRequest({ expiresAt: 10_000_000_000_000 });
      await repo().create(old);
      await repo().create(fresh);
      await repo().deleteExpired(2_000);
      assert.equal(await repo().get(old.id), undefined);
      assert.deepEqual(await repo().get(fresh.id), fresh);
    });
  });
}
