import {
  DomainError,
  type Account,
  type AccountChange,
  type AccountKind,
  type AccountRepository,
  type Verification,
} from '@parley/core';
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { AccountsTable, Database } from '../schema.js';

/** Parameters per IN list: well under SQLite's and PostgreSQL's bind limits. */
const CHUNK = 500;

function accountFromRow(row: Selectable<AccountsTable>): Account {
  return {
    id: row.id,
    phone: row.phone,
    kind: row.kind as AccountKind,
    verification: row.verification as Verification,
    premium: row.premium === 1,
    name: row.name,
    about: row.about,
    photoMediaId: row.photo_media_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
  };
}

export class SqlAccountRepository implements AccountRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(accountId: string): Promise<Account | undefined> {
    const row = await this.db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', accountId)
      .executeTakeFirst();
    return row === undefined ? undefined : accountFromRow(row);
  }

  async findByPhone(phone: string): Promise<Account | undefined> {
    const row = await this.db
      .selectFrom('accounts')
      .selectAll()
      .where('phone', '=', phone)
      .executeTakeFirst();
    return row === undefined ? undefined : accountFromRow(row);
  }

  async findByPhones(phones: readonly string[]): Promise<Account[]> {
    const found: Account[] = [];
    for (let i = 0; i < phones.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom('accounts')
        .selectAll()
        .where('phone', 'in', phones.slice(i, i + CHUNK))
        .execute();
      found.push(...rows.map(accountFromRow));
    }
    return found;
  }

  async create(account: Account): Promise<void> {
    const result = await this.db
      .insertInto('accounts')
      .values({
        id: account.id,
        phone: account.phone,
        kind: account.kind,
        verification: account.verification,
        premium: account.premium ? 1 : 0,
        name: account.name,
        about: account.about,
        photo_media_id: account.photoMediaId,
        created_at: account.createdAt,
        last_seen_at: account.lastSeenAt,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (result.numInsertedOrUpdatedRows === 0n) {
      throw new DomainError('conflict', 'That phone number already has an account');
    }
  }

  async update(accountId: string, change: AccountChange): Promise<Account | undefined> {
    const set: Updateable<AccountsTable> = {};
    if (change.kind !== undefined) set.kind = change.kind;
    if (change.verification !== undefined) set.verification = change.verification;
    if (change.premium !== undefined) set.premium = change.premium ? 1 : 0;
    if (change.name !== undefined) set.name = change.name;
    if (change.about !== undefined) set.about = change.about;
    if (change.photoMediaId !== undefined) set.photo_media_id = change.photoMediaId;
    if (Object.keys(set).length === 0) return this.get(accountId);
    const row = await this.db
      .updateTable('accounts')
      .set(set)
      .where('id', '=', accountId)
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? undefined : accountFromRow(row);
  }

  async markSeen(accountId: string, at: number): Promise<void> {
    await this.db.updateTable('accounts').set({ last_seen_at: at }).where('id', '=', accountId).execute();
  }
}
