import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MediaRecord } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlMediaRepository } from '../repositories/media-repository.js';
import type { Database } from '../schema.js';
import { uniqueId } from './fixtures.js';

const sha = (c: string) => c.repeat(64);

function aMedia(overrides: Partial<MediaRecord> = {}): MediaRecord {
  return {
    id: uniqueId(),
    ownerAccountId: uniqueId(),
    sha256: sha('a'),
    mimeType: 'application/pdf',
    kind: 'document',
    size: 1234,
    filename: null,
    width: null,
    height: null,
    thumbnailSha256: null,
    createdAt: 1_000,
    ...overrides,
  };
}

export function mediaContract(getDb: () => Kysely<Database>): void {
  describe('SqlMediaRepository', () => {
    const repo = () => new SqlMediaRepository(getDb());

    test('saves and reads back every field', async () => {
      const image = aMedia({
        mimeType: 'image/jpeg',
        kind: 'image',
        // Over 2^32: sizes are bigint, and must come back as exact numbers on both dialects.
        size: 5_000_000_000,
        filename: 'Фото 1.jpg',
        width: 4032,
        height: 3024,
        thumbnailSha256: sha('b'),
        createdAt: 1_700_000_000_123,
      });
      const document = aMedia({ filename: 'report.pdf' });
      await repo().save(image);
      await repo().save(document);
      assert.deepEqual(await repo().get(image.id), image);
      assert.deepEqual(await repo().get(document.id), document);
      assert.equal(await repo().get(uniqueId()), undefined);
    });

    test('many records may share one blob', async () => {
      const first = aMedia({ sha256: sha('c') });
      const second = aMedia({ sha256: sha('c') });
      await repo().save(first);
      await repo().save(second);
      assert.equal((await repo().get(second.id))?.sha256, sha('c'));
    });

    test('names the ids that have no record', async () => {
      const saved = aMedia();
      await repo().save(saved);
      const unknown = uniqueId();
      assert.deepEqual(await repo().missing([saved.id, unknown, saved.id, unknown]), [unknown]);
      assert.deepEqual(await repo().missing([saved.id]), []);
      assert.deepEqual(await repo().missing([]), []);
    });
  });
}
