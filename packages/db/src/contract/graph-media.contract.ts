import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { describe, test } from 'node:test';
import type { GraphMedia } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlGraphMediaRepository } from '../repositories/graph-media-repository.js';
import { SqlMediaRepository } from '../repositories/media-repository.js';
import type { Database } from '../schema.js';
import { uniqueId } from './fixtures.js';

const graphId = (prefix: string) => `${prefix}${String(randomInt(1e7, 1e8))}${String(randomInt(1e7, 1e8))}`;

export function graphMediaContract(getDb: () => Kysely<Database>): void {
  describe('SqlGraphMediaRepository', () => {
    const repo = () => new SqlGraphMediaRepository(getDb());

    async function aMediaRecord(): Promise<string> {
      const id = uniqueId();
      await new SqlMediaRepository(getDb()).save({
        id,
        ownerAccountId: uniqueId(),
        sha256: 'a'.repeat(64),
        mimeType: 'image/png',
        kind: 'image',
        size: 10,
        filename: null,
        width: 1,
        height: 1,
        thumbnailSha256: null,
        createdAt: 1_000,
      });
      return id;
    }

    const aGraphMedia = (mediaId: string, overrides: Partial<GraphMedia> = {}): GraphMedia => ({
      id: graphId('7'),
      mediaId,
      phoneNumberId: graphId('3'),
      wabaId: graphId('2'),
      origin: 'upload',
      urlKey: uniqueId(),
      // Past 2^32 ms, as real timestamps are: bigint columns must read back as exact numbers.
      createdAt: 1_700_000_000_000,
      expiresAt: 1_702_592_000_000,
      deletedAt: null,
      ...overrides,
    });

    test('stores an id and reads back every field', async () => {
      const media = aGraphMedia(await aMediaRecord(), { origin: 'inbound' });
      await repo().create(media);
      assert.deepEqual(await repo().get(media.id), media);
      assert.equal(await repo().get(graphId('7')), undefined);
    });

    test("finds a number's live id for a media record, the latest to expire", async () => {
      const mediaId = await aMediaRecord();
      const first = aGraphMedia(mediaId, { expiresAt: 5_000 });
      const later = aGraphMedia(mediaId, { phoneNumberId: first.phoneNumberId, expiresAt: 9_000 });
      const otherNumber = aGraphMedia(mediaId, { expiresAt: 20_000 });
      for (const media of [first, later, otherNumber]) await repo().create(media);

      assert.equal((await repo().findLive(mediaId, first.phoneNumberId, 1_000))?.id, later.id);
      assert.equal(await repo().findLive(mediaId, first.phoneNumberId, 9_000), undefined, 'expired');
      assert.equal(await repo().findLive(uniqueId(), first.phoneNumberId, 1_000), undefined);

      assert.equal(await repo().markDeleted(later.id, 2_000), true);
      assert.equal((await repo().findLive(mediaId, first.phoneNumberId, 1_000))?.id, first.id);
    });

    test('marks an id deleted once', async () => {
      const media = aGraphMedia(await aMediaRecord());
      await repo().create(media);
      assert.equal(await repo().markDeleted(media.id, 3_000), true);
      assert.equal(await repo().markDeleted(media.id, 4_000), false);
      assert.equal(await repo().markDeleted(graphId('7'), 4_000), false);
      assert.equal((await repo().get(media.id))?.deletedAt, 3_000);
    });
  });
}
