import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OtpChallenge } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlOtpRepository } from '../repositories/otp-repository.js';
import type { Database } from '../schema.js';
import { uniquePhone } from './fixtures.js';

const aChallenge = (overrides: Partial<OtpChallenge> = {}): OtpChallenge => ({
  phone: uniquePhone(),
  codeHash: 'hash-1',
  expiresAt: 1_700_000_600_000,
  failedAttempts: 0,
  lockedUntil: null,
  sends: { windowStartedAt: 1_700_000_000_000, count: 1 },
  lastSentAt: 1_700_000_000_000,
  ...overrides,
});

export function otpContract(getDb: () => Kysely<Database>): void {
  describe('SqlOtpRepository', () => {
    const repo = () => new SqlOtpRepository(getDb());

    test('stores a first challenge once', async () => {
      const first = aChallenge();
      assert.equal(await repo().get(first.phone), undefined);
      assert.equal(await repo().replace(undefined, first), true);
      assert.deepEqual(await repo().get(first.phone), first);
      assert.equal(await repo().replace(undefined, { ...first, codeHash: 'other' }), false);
      assert.deepEqual(await repo().get(first.phone), first);
    });

    test('replaces the state only when it is still the one read', async () => {
      const first = aChallenge();
      await repo().replace(undefined, first);
      const wrong = { ...first, failedAttempts: 1 };
      assert.equal(await repo().replace(first, wrong), true);
      // A parallel guess that read `first` too loses.
      assert.equal(await repo().replace(first, { ...first, failedAttempts: 1 }), false);
      const locked = { ...wrong, codeHash: null, failedAttempts: 5, lockedUntil: 1_700_000_900_000 };
      assert.equal(await repo().replace(wrong, locked), true);
      assert.deepEqual(await repo().get(first.phone), locked);
      const resent = aChallenge({
        phone: first.phone,
        codeHash: 'hash-2',
        lastSentAt: 1_700_001_000_000,
        sends: { windowStartedAt: 1_700_000_000_000, count: 2 },
      });
      assert.equal(await repo().replace(wrong, resent), false);
      assert.equal(await repo().replace(locked, resent), true);
      assert.deepEqual(await repo().get(first.phone), resent);
    });
  });
}
