import type { ImageInfo, MediaRecord } from './media.js';

export interface MediaRepository {
  save(record: MediaRecord): Promise<void>;
  get(id: string): Promise<MediaRecord | undefined>;
  /** The ids among `ids` that have no record, so a message can refuse dangling references. */
  missing(ids: readonly string[]): Promise<string[]>;
}

/** Bytes stored by content: the same bytes twice are stored once. */
export interface BlobStore {
  /** Stores the bytes durably and returns their hex sha256. */
  put(bytes: Uint8Array): Promise<string>;
}

/** Reads what a file really is; the declared type is only a claim. */
export interface MediaInspector {
  /** The MIME type the content's magic bytes show, or undefined for text and unknown content. */
  sniff(bytes: Uint8Array): Promise<string | undefined>;
  /** Header-only facts about an image; throws unsupported_media when it cannot be read. */
  describeImage(bytes: Uint8Array): Promise<ImageInfo>;
  /** A small JPEG preview of an image. */
  thumbnail(bytes: Uint8Array): Promise<Uint8Array>;
}
