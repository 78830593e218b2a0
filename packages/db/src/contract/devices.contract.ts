import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { SqlAccountRepository } from '../repositories/account-repository.js';
import { SqlDeviceRepository } from '../repositories/device-repository.js';
import type { Database } from '../schema.js';
import { aDevice, anAccount, uniqueId } from './fixtures.js';

export function devicesContract(getDb: () => Kysely<Database>): void {
  describe('SqlDeviceRepository', () => {
    const repo = () => new SqlDeviceRepository(getDb());
    async function account() {
      const created = anAccount();
      await new SqlAccountRepository(getDb()).create(created);
      return created.id;
    }

    test('a primary and linked devices are found by token hash and listed oldest first', async () => {
      const accountId = await account();
      const primary = aDevice(accountId, {
        kind: 'primary',
        name: 'Phone',
        createdAt: 1_000,
        lastActiveAt: 1_000,
      });
      const linked = aDevice(accountId, { createdAt: 2_000 });
      assert.deepEqual(await repo().replacePrimary(primary, `h-${primary.id}`, 1_000), {
        revokedDeviceIds: [],
      });
      await repo().addLinked(linked, `h-${linked.id}`);
      assert.deepEqual(await repo().findActiveByTokenHash(`h-${primary.id}`), primary);
      assert.deepEqual(await repo().findActiveByTokenHash(`h-${linked.id}`), linked);
      assert.equal(await repo().findActiveByTokenHash('h-nothing'), undefined);
      assert.deepEqual(await repo().listActive(accountId), [primary, linked]);
    });

    test('a device is read only within its account', async () => {
      const accountId = await account();
      const other = await account();
      const device = aDevice(accountId);
      await repo().addLinked(device, `h-${device.id}`);
      assert.deepEqual(await repo().get(accountId, device.id), device);
      assert.equal(await repo().get(other, device.id), undefined);
      assert.equal(await repo().revoke(other, device.id, 5_000), false);
      assert.deepEqual(await repo().listActive(other), []);
    });

    test('a revoked device is no longer found, listed or revocable', async () => {
      const accountId = await account();
      const device = aDevice(accountId);
      await repo().addLinked(device, `h-${device.id}`);
      assert.equal(await repo().revoke(accountId, device.id, 5_000), true);
      assert.equal(await repo().revoke(accountId, device.id, 6_000), false);
      assert.equal(await repo().findActiveByTokenHash(`h-${device.id}`), undefined);
      assert.equal(await repo().get(accountId, device.id), undefined);
      assert.deepEqual(await repo().listActive(accountId), []);
    });

    test('a new primary revokes every active device of the account, and only of it', async () => {
      const accountId = await account();
      const other = await account();
      const old = aDevice(accountId, { kind: 'primary' });
      const linked = aDevice(accountId);
      const stranger = aDevice(other);
      await repo().replacePrimary(old, `h-${old.id}`, 1_000);
      await repo().addLinked(linked, `h-${linked.id}`);
      await repo().addLinked(stranger, `h-${stranger.id}`);
      const next = aDevice(accountId, { kind: 'primary', createdAt: 9_000 });
      const { revokedDeviceIds } = await repo().replacePrimary(next, `h-${next.id}`, 9_000);
      assert.deepEqual([...revokedDeviceIds].sort(), [old.id, linked.id].sort());
      assert.deepEqual(await repo().listActive(accountId), [next]);
      assert.deepEqual(await repo().listActive(other), [stranger]);
    });

    test('touch records the last activity', async () => {
      const accountId = await account();
      const device = aDevice(accountId);
      await repo().addLinked(device, `h-${device.id}`);
      await repo().touch(accountId, device.id, 1_700_000_000_000);
      assert.equal((await repo().get(accountId, device.id))?.lastActiveAt, 1_700_000_000_000);
      await repo().touch(uniqueId(), device.id, 1);
      assert.equal((await repo().get(accountId, device.id))?.lastActiveAt, 1_700_000_000_000);
    });
  });
}
