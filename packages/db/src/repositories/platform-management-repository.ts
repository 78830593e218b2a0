import type {
  DisplayNameRequest,
  JoinApprovalMode,
  PageRequest,
  PlatformGroup,
  PlatformManagementRepository,
} from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, PlatformGroupsTable } from '../schema.js';

const groupFromRow = (row: Selectable<PlatformGroupsTable>): PlatformGroup => ({
  chatId: row.chat_id,
  numberId: row.number_id,
  joinApprovalMode: row.join_approval_mode as JoinApprovalMode,
  requestId: row.request_id,
  createdAt: row.created_at,
  deletedAt: row.deleted_at,
});

export class SqlPlatformManagementRepository implements PlatformManagementRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async recordRegistrationCall(numberId: string, at: number): Promise<void> {
    await this.db.insertInto('platform_registration_calls').values({ number_id: numberId, at }).execute();
  }

  async countRegistrationCalls(numberId: string, since: number): Promise<number> {
    const row = await this.db
      .selectFrom('platform_registration_calls')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('number_id', '=', numberId)
      .where('at', '>=', since)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async requestDisplayName(request: DisplayNameRequest): Promise<void> {
    await this.db
      .insertInto('platform_display_names')
      .values({ number_id: request.numberId, name: request.name, requested_at: request.requestedAt })
      .onConflict((oc) =>
        oc.column('number_id').doUpdateSet({ name: request.name, requested_at: request.requestedAt }),
      )
      .execute();
  }

  async pendingDisplayName(numberId: string): Promise<DisplayNameRequest | undefined> {
    const row = await this.db
      .selectFrom('platform_display_names')
      .selectAll()
      .where('number_id', '=', numberId)
      .executeTakeFirst();
    return row && { numberId: row.number_id, name: row.name, requestedAt: row.requested_at };
  }

  async clearDisplayName(numberId: string): Promise<void> {
    await this.db.deleteFrom('platform_display_names').where('number_id', '=', numberId).execute();
  }

  async createGroup(group: PlatformGroup): Promise<void> {
    await this.db
      .insertInto('platform_groups')
      .values({
        chat_id: group.chatId,
        number_id: group.numberId,
        join_approval_mode: group.joinApprovalMode,
        request_id: group.requestId,
        created_at: group.createdAt,
        deleted_at: group.deletedAt,
      })
      .execute();
  }

  async getGroup(chatId: string): Promise<PlatformGroup | undefined> {
    const row = await this.db
      .selectFrom('platform_groups')
      .selectAll()
      .where('chat_id', '=', chatId)
      .executeTakeFirst();
    return row && groupFromRow(row);
  }

  async listGroups(numberId: string, page: PageRequest): Promise<PlatformGroup[]> {
    let query = this.db
      .selectFrom('platform_groups')
      .selectAll()
      .where('number_id', '=', numberId)
      .where('deleted_at', 'is', null);
    if (page.after !== undefined) {
      const dot = page.after.indexOf('.');
      const createdAt = Number(page.after.slice(0, dot));
      const chatId = page.after.slice(dot + 1);
      if (dot < 0 || !Number.isSafeInteger(createdAt)) return [];
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '>', createdAt),
          eb.and([eb('created_at', '=', createdAt), eb('chat_id', '>', chatId)]),
        ]),
      );
    }
    const rows = await query
      .orderBy('created_at')
      .orderBy('chat_id')
      .limit(page.limit + 1)
      .execute();
    return rows.map(groupFromRow);
  }

  async countGroups(numberId: string): Promise<number> {
    const row = await this.db
      .selectFrom('platform_groups')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('number_id', '=', numberId)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async markGroupDeleted(chatId: string, at: number): Promise<void> {
    await this.db
      .updateTable('platform_groups')
      .set({ deleted_at: at })
      .where('chat_id', '=', chatId)
      .execute();
  }
}
