import type { GraphMedia } from './graph-media.js';

export interface GraphMediaRepository {
  create(media: GraphMedia): Promise<void>;
  get(id: string): Promise<GraphMedia | undefined>;
  /** The number's live id for an internal media record, if it has one: the latest to expire. */
  findLive(mediaId: string, phoneNumberId: string, now: number): Promise<GraphMedia | undefined>;
  /** Marks the id deleted; false when it is unknown or already deleted. */
  markDeleted(id: string, at: number): Promise<boolean>;
}

/** What an http(s) `link` answered. */
export interface FetchedMedia {
  readonly bytes: Uint8Array;
  /** The response's Content-Type, if any. */
  readonly contentType: string | undefined;
}

/**
 * Fetches a send's media `link`. The adapter bounds it (timeout, a few redirects, `maxBytes`) and
 * throws `PlatformError(131053)` for anything it cannot get.
 */
export interface MediaLinkFetcher {
  fetch(url: string, maxBytes: number): Promise<FetchedMedia>;
}
