import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../shared/errors.js';
import type { MediaRecord } from './media.js';
import { createMediaService } from './media-service.js';
import type { MediaInspector } from './ports.js';

function setup(inspector: Partial<MediaInspector> & Pick<MediaInspector, 'sniff'>) {
  const records = new Map<string, MediaRecord>();
  const blobs: Uint8Array[] = [];
  let nextId = 0;
  const media = createMediaService({
    repository: {
      save: async (record) => void records.set(record.id, record),
      get: async (id) => records.get(id),
      missing: async (ids) => ids.filter((id) => !records.has(id)),
    },
    blobs: { put: async (bytes) => (blobs.push(bytes), `sha-${blobs.length}`) },
    inspector: {
      describeImage: async () => assert.fail('describeImage was not expected'),
      thumbnail: async () => assert.fail('thumbnail was not expected'),
      ...inspector,
    },
    clock: { now: () => 1000 },
    ids: { next: () => `m${++nextId}` },
  });
  return { media, records, blobs };
}

const bytes = (size: number) => new Uint8Array(size).fill(7);

describe('media service', () => {
  it('stores an image with its dimensions and a thumbnail', async () => {
    const { media, blobs } = setup({
      sniff: async () => 'image/png',
      describeImage: async () => ({ width: 800, height: 600, animated: false }),
      thumbnail: async () => bytes(10),
    });
    const record = await media.upload('a1', {
      bytes: bytes(2000),
      declaredMime: 'image/png',
      filename: 'dir/p.png',
    });
    assert.deepEqual(record, {
      id: 'm1',
      ownerAccountId: 'a1',
      sha256: 'sha-1',
      mimeType: 'image/png',
      kind: 'image',
      size: 2000,
      filename: 'p.png',
      width: 800,
      height: 600,
      thumbnailSha256: 'sha-2',
      createdAt: 1000,
    });
    assert.equal(blobs.length, 2);
    assert.deepEqual(await media.get('m1'), record);
    assert.deepEqual(await media.missing(['m1', 'nope']), ['nope']);
  });

  it('never decodes content that does not sniff as an image', async () => {
    const { media } = setup({ sniff: async () => 'application/pdf' });
    const record = await media.upload('a1', { bytes: bytes(100), declaredMime: 'application/pdf' });
    assert.equal(record.kind, 'document');
    assert.equal(record.width, null);
    assert.equal(record.thumbnailSha256, null);
  });

  it('reads animation before holding a sticker to its limit, and makes no thumbnail', async () => {
    const { media } = setup({
      sniff: async () => 'image/webp',
      describeImage: async () => ({ width: 512, height: 512, animated: true }),
    });
    const record = await media.upload('a1', { bytes: bytes(200 * 1024), declaredMime: 'image/webp' });
    assert.equal(record.kind, 'sticker');
    assert.equal(record.thumbnailSha256, null);
  });

  it('stores nothing when the policy refuses', async () => {
    const { media, blobs, records } = setup({
      sniff: async () => 'image/jpeg',
      describeImage: async () => ({ width: 1, height: 1, animated: false }),
    });
    await assert.rejects(
      media.upload('a1', { bytes: bytes(10), declaredMime: 'image/png' }),
      (error: unknown) => {
        return error instanceof DomainError && error.code === 'unsupported_media';
      },
    );
    assert.equal(blobs.length, 0);
    assert.equal(records.size, 0);
  });

  it('reports unknown ids as not found', async () => {
    const { media } = setup({ sniff: async () => undefined });
    await assert.rejects(
      media.get('nope'),
      (error: unknown) => error instanceof DomainError && error.code === 'not_found',
    );
  });
});
