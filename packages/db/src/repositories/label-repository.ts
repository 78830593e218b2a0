import type { Label, LabelAssignments, LabelRepository, PredefinedLabel } from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, LabelsTable } from '../schema.js';

const labelFromRow = (row: Selectable<LabelsTable>): Label => ({
  id: row.id,
  name: row.name,
  colour: row.colour,
  predefined: row.predefined as PredefinedLabel | null,
  createdAt: row.created_at,
});

const labelToRow = (businessId: string, label: Label): Selectable<LabelsTable> => ({
  id: label.id,
  business_account_id: businessId,
  name: label.name,
  colour: label.colour,
  predefined: label.predefined,
  created_at: label.createdAt,
});

export class SqlLabelRepository implements LabelRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * The seed row's key decides who seeds: on PostgreSQL a concurrent insert of the same key waits
   * for the first transaction and then does nothing, and SQLite runs transactions one at a time.
   */
  async seedDefaults(businessId: string, defaults: readonly Label[]): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const seed = await trx
        .insertInto('label_seeds')
        .values({ business_account_id: businessId, seeded_at: defaults[0]?.createdAt ?? 0 })
        .onConflict((oc) => oc.column('business_account_id').doNothing())
        .returning('business_account_id')
        .executeTakeFirst();
      if (seed === undefined) return false;
      if (defaults.length > 0) {
        await trx
          .insertInto('labels')
          .values(defaults.map((label) => labelToRow(businessId, label)))
          .execute();
      }
      return true;
    });
  }

  async list(businessId: string): Promise<Label[]> {
    const rows = await this.db
      .selectFrom('labels')
      .selectAll()
      .where('business_account_id', '=', businessId)
      .execute();
    return rows.map(labelFromRow);
  }

  async get(businessId: string, labelId: string): Promise<Label | undefined> {
    const row = await this.db
      .selectFrom('labels')
      .selectAll()
      .where('business_account_id', '=', businessId)
      .where('id', '=', labelId)
      .executeTakeFirst();
    return row === undefined ? undefined : labelFromRow(row);
  }

  async count(businessId: string): Promise<number> {
    const { n } = await this.db
      .selectFrom('labels')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('business_account_id', '=', businessId)
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  async create(businessId: string, label: Label): Promise<void> {
    await this.db.insertInto('labels').values(labelToRow(businessId, label)).execute();
  }

  async update(businessId: string, label: Label): Promise<void> {
    await this.db
      .updateTable('labels')
      .set({ name: label.name, colour: label.colour })
      .where('business_account_id', '=', businessId)
      .where('id', '=', label.id)
      .execute();
  }

  async delete(businessId: string, labelId: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      for (const table of ['label_chats', 'label_contacts'] as const) {
        await trx
          .deleteFrom(table)
          .where('business_account_id', '=', businessId)
          .where('label_id', '=', labelId)
          .execute();
      }
      const result = await trx
        .deleteFrom('labels')
        .where('business_account_id', '=', businessId)
        .where('id', '=', labelId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    });
  }

  async assignments(businessId: string): Promise<LabelAssignments> {
    const [chats, contacts] = await Promise.all([
      this.db
        .selectFrom('label_chats')
        .select(['label_id as labelId', 'chat_id as chatId'])
        .where('business_account_id', '=', businessId)
        .orderBy('chat_id')
        .orderBy('label_id')
        .execute(),
      // A label stays on a number while it is in the address book; deleting the contact hides it.
      this.db
        .selectFrom('label_contacts as lc')
        .innerJoin('contacts as c', (join) =>
          join.onRef('c.owner_account_id', '=', 'lc.business_account_id').onRef('c.phone', '=', 'lc.phone'),
        )
        .select(['lc.label_id as labelId', 'lc.phone as phone'])
        .where('lc.business_account_id', '=', businessId)
        .orderBy('lc.phone')
        .orderBy('lc.label_id')
        .execute(),
    ]);
    return { chats, contacts };
  }

  async applyToChat(businessId: string, labelId: string, chatId: string): Promise<void> {
    await this.db
      .insertInto('label_chats')
      .values({ business_account_id: businessId, label_id: labelId, chat_id: chatId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async removeFromChat(businessId: string, labelId: string, chatId: string): Promise<void> {
    await this.db
      .deleteFrom('label_chats')
      .where('business_account_id', '=', businessId)
      .where('label_id', '=', labelId)
      .where('chat_id', '=', chatId)
      .execute();
  }

  async applyToContact(businessId: string, labelId: string, phone: string): Promise<void> {
    await this.db
      .insertInto('label_contacts')
      .values({ business_account_id: businessId, label_id: labelId, phone })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async removeFromContact(businessId: string, labelId: string, phone: string): Promise<void> {
    await this.db
      .deleteFrom('label_contacts')
      .where('business_account_id', '=', businessId)
      .where('label_id', '=', labelId)
      .where('phone', '=', phone)
      .execute();
  }
}
