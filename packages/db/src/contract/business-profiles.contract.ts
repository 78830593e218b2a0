import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { emptyBusinessProfile, type BusinessProfile } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlAccountRepository } from '../repositories/account-repository.js';
import { SqlBusinessProfileRepository } from '../repositories/business-profile-repository.js';
import type { Database } from '../schema.js';
import { anAccount } from './fixtures.js';

export function businessProfilesContract(getDb: () => Kysely<Database>): void {
  describe('business profiles', () => {
    const repo = () => new SqlBusinessProfileRepository(getDb());

    test('stores, reads back and replaces a profile', async () => {
      const account = anAccount({ kind: 'business' });
      await new SqlAccountRepository(getDb()).create(account);
      assert.equal(await repo().get(account.id), undefined);
      const profile: BusinessProfile = {
        ...emptyBusinessProfile(account.id, 1_000),
        category: 'RESTAURANT',
        description: 'Noodles, hand-pulled',
        address: 'Kastanienallee 1, Berlin',
        location: { latitude: 52.54, longitude: 13.41 },
        email: 'hello@example.com',
        websites: ['https://example.com', 'http://example.org/menu'],
        hours: {
          timeZone: 'Europe/Berlin',
          days: {
            mon: { mode: 'closed' },
            tue: {
              mode: 'hours',
              ranges: [
                { open: '11:00', close: '15:00' },
                { open: '18:00', close: '01:00' },
              ],
            },
            wed: { mode: 'open_24h' },
            thu: { mode: 'appointment_only' },
            fri: { mode: 'closed' },
            sat: { mode: 'closed' },
            sun: { mode: 'closed' },
          },
        },
        defaultLinkMessage: 'Hi! I would like a table',
      };
      await repo().put(profile);
      assert.deepEqual(await repo().get(account.id), profile);
      const cleared = { ...profile, location: null, hours: null, websites: [], updatedAt: 2_000 };
      await repo().put(cleared);
      assert.deepEqual(await repo().get(account.id), cleared);
    });
  });
}
