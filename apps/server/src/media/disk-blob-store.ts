import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BlobStore } from '@parley/core';

const SHA256_HEX = /^[0-9a-f]{64}$/;
/** Older temp files are leftovers of a crash; younger ones may be another node's upload in flight. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Blobs on disk at `<root>/<2 hex>/<2 hex>/<sha256>`, so identical bytes are one file and a
 * directory never holds more than a few thousand entries. A blob appears only by rename of a
 * complete, fsynced temp file: after a crash a blob is whole or absent, never partial.
 */
export class DiskBlobStore implements BlobStore {
  private readonly tempDir: string;

  constructor(private readonly root: string) {
    this.tempDir = join(root, 'tmp');
  }

  /** Creates the directories and clears temp files a crash left behind. */
  async init(now = Date.now()): Promise<void> {
    await mkdir(this.tempDir, { recursive: true });
    for (const name of await readdir(this.tempDir)) {
      const path = join(this.tempDir, name);
      const info = await stat(path).catch(() => undefined);
      if (info !== undefined && now - info.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true });
    }
  }

  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = this.pathOf(sha256);
    if (await exists(path)) return sha256;
    const temp = join(this.tempDir, `${sha256}.${randomBytes(6).toString('hex')}`);
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    try {
      await mkdir(dirname(path), { recursive: true });
      // Atomic on one file system; two concurrent uploads of the same bytes both end with the same file.
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    await syncDirectory(dirname(path));
    return sha256;
  }

  pathOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async size(sha256: string): Promise<number> {
    return (await stat(this.pathOf(sha256))).size;
  }

  read(sha256: string): Promise<Buffer> {
    return readFile(this.pathOf(sha256));
  }

  /** Bytes `start` to `end` inclusive, as HTTP ranges count them. */
  stream(sha256: string, range?: { start: number; end: number }): ReadStream {
    return createReadStream(this.pathOf(sha256), range);
  }
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/** Makes the rename itself durable; some platforms cannot open directories, and lose nothing by skipping. */
async function syncDirectory(path: string): Promise<void> {
  const dir = await open(path, 'r').catch(() => undefined);
  if (dir === undefined) return;
  try {
    await dir.sync().catch(() => undefined);
  } finally {
    await dir.close();
  }
}
