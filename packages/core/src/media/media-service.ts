import { DomainError } from '../shared/errors.js';
import type { Clock, IdGenerator } from '../shared/ports.js';
import type { ImageInfo, MediaRecord } from './media.js';
import { classifyUpload, cleanFilename } from './media-policy.js';
import type { BlobStore, MediaInspector, MediaRepository } from './ports.js';

export interface MediaDeps {
  readonly repository: MediaRepository;
  readonly blobs: BlobStore;
  readonly inspector: MediaInspector;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

export interface UploadInput {
  readonly bytes: Uint8Array;
  /** The Content-Type the client declared; checked against the content. */
  readonly declaredMime: string;
  readonly filename?: string;
}

/** Types whose header an image library reads; only these are decoded, and only after sniffing. */
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

export function createMediaService(deps: MediaDeps) {
  return {
    /** Checks, stores and records a file. Blobs are durable before the record points at them. */
    async upload(ownerAccountId: string, input: UploadInput): Promise<MediaRecord> {
      const { bytes } = input;
      const sniffedMime = await deps.inspector.sniff(bytes);
      // A sticker's limit depends on animation, which only the image header tells.
      const image: ImageInfo | undefined =
        sniffedMime !== undefined && IMAGE_TYPES.has(sniffedMime)
          ? await deps.inspector.describeImage(bytes)
          : undefined;
      const { kind, mimeType } = classifyUpload({
        declaredMime: input.declaredMime,
        sniffedMime,
        size: bytes.byteLength,
        animated: image?.animated,
      });
      // Drawn before anything is stored: an image that only fails to decode here leaves no orphan blob.
      const thumbnail = kind === 'image' ? await deps.inspector.thumbnail(bytes) : undefined;
      const sha256 = await deps.blobs.put(bytes);
      const thumbnailSha256 = thumbnail === undefined ? null : await deps.blobs.put(thumbnail);
      const record: MediaRecord = {
        id: deps.ids.next(),
        ownerAccountId,
        sha256,
        mimeType,
        kind,
        size: bytes.byteLength,
        filename: cleanFilename(input.filename),
        width: image?.width ?? null,
        height: image?.height ?? null,
        thumbnailSha256,
        createdAt: deps.clock.now(),
      };
      await deps.repository.save(record);
      return record;
    },

    async get(id: string): Promise<MediaRecord> {
      const record = await deps.repository.get(id);
      if (record === undefined) throw new DomainError('not_found', 'No such media');
      return record;
    },

    missing: (ids: readonly string[]) => deps.repository.missing(ids),
  };
}

export type MediaService = ReturnType<typeof createMediaService>;
