import type { Contact, ContactRepository } from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type { ContactsTable, Database } from '../schema.js';

const contactFromRow = (row: Selectable<ContactsTable>): Contact => ({
  phone: row.phone,
  name: row.name,
  createdAt: row.created_at,
});

export class SqlContactRepository implements ContactRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Ordered by phone: names sort differently under each database's collation. */
  async list(ownerId: string): Promise<Contact[]> {
    const rows = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('owner_account_id', '=', ownerId)
      .orderBy('phone')
      .execute();
    return rows.map(contactFromRow);
  }

  async get(ownerId: string, phone: string): Promise<Contact | undefined> {
    const row = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('owner_account_id', '=', ownerId)
      .where('phone', '=', phone)
      .executeTakeFirst();
    return row === undefined ? undefined : contactFromRow(row);
  }

  async count(ownerId: string): Promise<number> {
    const { n } = await this.db
      .selectFrom('contacts')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('owner_account_id', '=', ownerId)
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  async save(ownerId: string, contact: Contact): Promise<Contact> {
    const row = await this.db
      .insertInto('contacts')
      .values({
        owner_account_id: ownerId,
        phone: contact.phone,
        name: contact.name,
        created_at: contact.createdAt,
      })
      .onConflict((oc) =>
        oc.columns(['owner_account_id', 'phone']).doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return contactFromRow(row);
  }

  async delete(ownerId: string, phone: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('contacts')
      .where('owner_account_id', '=', ownerId)
      .where('phone', '=', phone)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** Of these owners, the ones with `phone` in their address book (one primary-key lookup each). */
  async ownersWhoSaved(phone: string, ownerIds: readonly string[]): Promise<ReadonlySet<string>> {
    if (ownerIds.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('contacts')
      .select('owner_account_id')
      .where('phone', '=', phone)
      .where('owner_account_id', 'in', ownerIds)
      .execute();
    return new Set(rows.map((row) => row.owner_account_id));
  }
}
