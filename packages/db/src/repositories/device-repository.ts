import type { Device, DeviceKind, DeviceRepository } from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, DevicesTable } from '../schema.js';

function deviceFromRow(row: Selectable<DevicesTable>): Device {
  return {
    id: row.id,
    accountId: row.account_id,
    kind: row.kind as DeviceKind,
    name: row.name,
    platform: row.platform,
    createdAt: row.created_at,
    lastActiveAt: row.last_active_at,
  };
}

/** Revoked devices keep their row (and token hash), so a revoked token stays known and refused. */
export class SqlDeviceRepository implements DeviceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findActiveByTokenHash(tokenHash: string): Promise<Device | undefined> {
    const row = await this.db
      .selectFrom('devices')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row === undefined ? undefined : deviceFromRow(row);
  }

  async get(accountId: string, deviceId: string): Promise<Device | undefined> {
    const row = await this.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', deviceId)
      .where('account_id', '=', accountId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row === undefined ? undefined : deviceFromRow(row);
  }

  async listActive(accountId: string): Promise<Device[]> {
    const rows = await this.db
      .selectFrom('devices')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(deviceFromRow);
  }

  async replacePrimary(
    device: Device,
    tokenHash: string,
    at: number,
  ): Promise<{ revokedDeviceIds: string[] }> {
    return this.db.transaction().execute(async (trx) => {
      const revoked = await trx
        .updateTable('devices')
        .set({ revoked_at: at })
        .where('account_id', '=', device.accountId)
        .where('revoked_at', 'is', null)
        .returning('id')
        .execute();
      await trx.insertInto('devices').values(this.row(device, tokenHash)).execute();
      return { revokedDeviceIds: revoked.map((r) => r.id) };
    });
  }

  async addLinked(device: Device, tokenHash: string): Promise<void> {
    await this.db.insertInto('devices').values(this.row(device, tokenHash)).execute();
  }

  async revoke(accountId: string, deviceId: string, at: number): Promise<boolean> {
    const result = await this.db
      .updateTable('devices')
      .set({ revoked_at: at })
      .where('id', '=', deviceId)
      .where('account_id', '=', accountId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async touch(accountId: string, deviceId: string, at: number): Promise<void> {
    await this.db
      .updateTable('devices')
      .set({ last_active_at: at })
      .where('id', '=', deviceId)
      .where('account_id', '=', accountId)
      .execute();
  }

  private row(device: Device, tokenHash: string) {
    return {
      id: device.id,
      account_id: device.accountId,
      kind: device.kind,
      name: device.name,
      platform: device.platform,
      token_hash: tokenHash,
      created_at: device.createdAt,
      last_active_at: device.lastActiveAt,
      revoked_at: null,
    };
  }
}
