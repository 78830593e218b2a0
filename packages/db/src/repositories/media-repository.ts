import type { MediaKind, MediaRecord, MediaRepository } from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, MediaTable } from '../schema.js';

export class SqlMediaRepository implements MediaRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async save(record: MediaRecord): Promise<void> {
    await this.db
      .insertInto('media')
      .values({
        id: record.id,
        owner_account_id: record.ownerAccountId,
        sha256: record.sha256,
        mime_type: record.mimeType,
        kind: record.kind,
        size: record.size,
        filename: record.filename,
        width: record.width,
        height: record.height,
        has_thumbnail: record.thumbnailSha256 === null ? 0 : 1,
        thumbnail_sha256: record.thumbnailSha256,
        created_at: record.createdAt,
      })
      .execute();
  }

  async get(id: string): Promise<MediaRecord | undefined> {
    const row = await this.db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : mediaFromRow(row);
  }

  async missing(ids: readonly string[]): Promise<string[]> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return [];
    const rows = await this.db.selectFrom('media').select('id').where('id', 'in', wanted).execute();
    const found = new Set(rows.map((row) => row.id));
    return wanted.filter((id) => !found.has(id));
  }
}

function mediaFromRow(row: Selectable<MediaTable>): MediaRecord {
  return {
    id: row.id,
    ownerAccountId: row.owner_account_id,
    sha256: row.sha256,
    mimeType: row.mime_type,
    kind: row.kind as MediaKind,
    size: Number(row.size),
    filename: row.filename,
    width: row.width,
    height: row.height,
    thumbnailSha256: row.thumbnail_sha256,
    createdAt: Number(row.created_at),
  };
}
