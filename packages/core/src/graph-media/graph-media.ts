const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Lifetimes of the Cloud API contract (section 3 and 2.3). */
export const GRAPH_MEDIA_LIFETIMES = Object.freeze({
  /** An uploaded file's id works for 30 days unless deleted. */
  upload: 30 * DAY,
  /** A media id that arrived in a webhook can be downloaded for 7 days. */
  inbound: 7 * DAY,
  /** A download URL from `GET /{media-id}` works for 5 minutes; clients then ask again. */
  url: 5 * MINUTE,
  /** A `link` is fetched once per exact URL every 10 minutes. */
  linkCache: 10 * MINUTE,
});

/** Where a Graph media id came from: a business's upload, or a file a person sent a platform number. */
export type GraphMediaOrigin = 'upload' | 'inbound';

/**
 * A Graph media id: a digit string (kind `media`) that names one of Parley's media records for one
 * platform number, for a limited time. The file itself is the content-addressed media record.
 */
export interface GraphMedia {
  readonly id: string;
  /** The internal media record. */
  readonly mediaId: string;
  readonly phoneNumberId: string;
  readonly wabaId: string;
  readonly origin: GraphMediaOrigin;
  /** Random and never shown: it keys the signatures of download URLs, so no URL is stored. */
  readonly urlKey: string;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly deletedAt: number | null;
}

/** The kinds a send's media object names (`image`, `video`, … of `POST /{PNID}/messages`). */
export type SendMediaKind = 'image' | 'video' | 'audio' | 'document' | 'sticker';

/** A send's media object: an uploaded id or a link, exactly one of them. */
export interface MediaSource {
  readonly id?: string;
  readonly link?: string;
}
