import type { LinkRequest, LinkRequestRepository } from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, LinkRequestsTable } from '../schema.js';

function requestFromRow(row: Selectable<LinkRequestsTable>): LinkRequest {
  return {
    id: row.id,
    code: row.code,
    secretHash: row.secret_hash,
    deviceName: row.device_name,
    platform: row.platform,
    expiresAt: row.expires_at,
    approvedAccountId: row.approved_account_id,
    claimedAt: row.claimed_at,
    createdAt: row.created_at,
  };
}

export class SqlLinkRequestRepository implements LinkRequestRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(request: LinkRequest): Promise<void> {
    await this.db
      .insertInto('link_requests')
      .values({
        id: request.id,
        code: request.code,
        secret_hash: request.secretHash,
        device_name: request.deviceName,
        platform: request.platform,
        expires_at: request.expiresAt,
        approved_account_id: request.approvedAccountId,
        claimed_at: request.claimedAt,
        created_at: request.createdAt,
      })
      .execute();
  }

  async get(id: string): Promise<LinkRequest | undefined> {
    const row = await this.db.selectFrom('link_requests').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : requestFromRow(row);
  }

  async findByCode(code: string): Promise<LinkRequest | undefined> {
    const row = await this.db
      .selectFrom('link_requests')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
    return row === undefined ? undefined : requestFromRow(row);
  }

  async approve(id: string, accountId: string): Promise<boolean> {
    const result = await this.db
      .updateTable('link_requests')
      .set({ approved_account_id: accountId })
      .where('id', '=', id)
      .where('approved_account_id', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  async countUnclaimed(accountId: string, expiringAfter: number): Promise<number> {
    const { n } = await this.db
      .selectFrom('link_requests')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('approved_account_id', '=', accountId)
      .where('claimed_at', 'is', null)
      .where('expires_at', '>', expiringAfter)
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  async deleteExpired(before: number): Promise<void> {
    await this.db.deleteFrom('link_requests').where('expires_at', '<', before).execute();
  }

  async claim(id: string, at: number): Promise<boolean> {
    const result = await this.db
      .updateTable('link_requests')
      .set({ claimed_at: at })
      .where('id', '=', id)
      .where('claimed_at', 'is', null)
      .where('approved_account_id', 'is not', null)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }
}
