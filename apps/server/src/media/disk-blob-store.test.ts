import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DiskBlobStore } from './disk-blob-store.js';

describe('DiskBlobStore', () => {
  let root: string;
  let store: DiskBlobStore;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'parley-blobs-'));
    store = new DiskBlobStore(root);
    await store.init();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores bytes at their sha256, once, leaving no temp file', async () => {
    const bytes = Buffer.from('hello, blob');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const [first, second] = await Promise.all([store.put(bytes), store.put(bytes)]);
    assert.equal(first, sha);
    assert.equal(second, sha);
    assert.equal(await store.put(bytes), sha);
    assert.deepEqual(readdirSync(join(root, sha.slice(0, 2), sha.slice(2, 4))), [sha]);
    assert.deepEqual(readdirSync(join(root, 'tmp')), []);
    assert.deepEqual(await store.read(sha), bytes);
    assert.equal(await store.size(sha), bytes.length);
  });

  it('streams an inclusive byte range', async () => {
    const sha = await store.put(Buffer.from('0123456789'));
    assert.equal(await text(store.stream(sha, { start: 2, end: 4 })), '234');
    assert.equal(await text(store.stream(sha)), '0123456789');
  });

  it('clears temp files a crash left, but not one being written now', async () => {
    const now = Date.now();
    writeFileSync(join(root, 'tmp', 'stale'), 'partial');
    utimesSync(join(root, 'tmp', 'stale'), new Date(now - 2 * 3600_000), new Date(now - 2 * 3600_000));
    writeFileSync(join(root, 'tmp', 'fresh'), 'partial');
    await store.init(now);
    assert.deepEqual(readdirSync(join(root, 'tmp')), ['fresh']);
  });

  it('refuses anything but a sha256 as an address', () => {
    assert.throws(() => store.pathOf('../../etc/passwd'));
    assert.throws(() => store.pathOf('A'.repeat(64)));
  });
});
