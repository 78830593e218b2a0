import type { GraphMedia, GraphMediaOrigin, GraphMediaRepository } from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, GraphMediaTable } from '../schema.js';

const graphMediaFromRow = (row: Selectable<GraphMediaTable>): GraphMedia => ({
  id: row.id,
  mediaId: row.media_id,
  phoneNumberId: row.phone_number_id,
  wabaId: row.waba_id,
  origin: row.origin as GraphMediaOrigin,
  urlKey: row.url_key,
  createdAt: Number(row.created_at),
  expiresAt: Number(row.expires_at),
  deletedAt: row.deleted_at === null ? null : Number(row.deleted_at),
});

export class SqlGraphMediaRepository implements GraphMediaRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(media: GraphMedia): Promise<void> {
    await this.db
      .insertInto('graph_media')
      .values({
        id: media.id,
        media_id: media.mediaId,
        phone_number_id: media.phoneNumberId,
        waba_id: media.wabaId,
        origin: media.origin,
        url_key: media.urlKey,
        created_at: media.createdAt,
        expires_at: media.expiresAt,
        deleted_at: media.deletedAt,
      })
      .execute();
  }

  async get(id: string): Promise<GraphMedia | undefined> {
    const row = await this.db.selectFrom('graph_media').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : graphMediaFromRow(row);
  }

  async findLive(mediaId: string, phoneNumberId: string, now: number): Promise<GraphMedia | undefined> {
    const row = await this.db
      .selectFrom('graph_media')
      .selectAll()
      .where('media_id', '=', mediaId)
      .where('phone_number_id', '=', phoneNumberId)
      .where('expires_at', '>', now)
      .where('deleted_at', 'is', null)
      .orderBy('expires_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : graphMediaFromRow(row);
  }

  async markDeleted(id: string, at: number): Promise<boolean> {
    const result = await this.db
      .updateTable('graph_media')
      .set({ deleted_at: at })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
