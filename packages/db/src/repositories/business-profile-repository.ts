import type { BusinessCategory, BusinessProfile, BusinessProfileRepository } from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type { BusinessProfilesTable, Database } from '../schema.js';

const profileFromRow = (row: Selectable<BusinessProfilesTable>): BusinessProfile => ({
  accountId: row.account_id,
  category: row.category as BusinessCategory,
  description: row.description,
  address: row.address,
  location: row.location === null ? null : JSON.parse(row.location),
  email: row.email,
  websites: JSON.parse(row.websites),
  hours: row.hours === null ? null : JSON.parse(row.hours),
  defaultLinkMessage: row.default_link_message,
  updatedAt: row.updated_at,
});

export class SqlBusinessProfileRepository implements BusinessProfileRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(accountId: string): Promise<BusinessProfile | undefined> {
    const row = await this.db
      .selectFrom('business_profiles')
      .selectAll()
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return row === undefined ? undefined : profileFromRow(row);
  }

  async put(profile: BusinessProfile): Promise<void> {
    const values = {
      category: profile.category,
      description: profile.description,
      address: profile.address,
      location: profile.location === null ? null : JSON.stringify(profile.location),
      email: profile.email,
      websites: JSON.stringify(profile.websites),
      hours: profile.hours === null ? null : JSON.stringify(profile.hours),
      default_link_message: profile.defaultLinkMessage,
      updated_at: profile.updatedAt,
    };
    await this.db
      .insertInto('business_profiles')
      .values({ account_id: profile.accountId, ...values })
      .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
      .execute();
  }
}
