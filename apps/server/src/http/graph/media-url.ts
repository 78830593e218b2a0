import { createHmac, timingSafeEqual } from 'node:crypto';
import { GRAPH_MEDIA_LIFETIMES, type GraphMedia } from '@parley/core';

/** Where download URLs point, inside the Graph prefix, shaped like Meta's lookaside URLs. */
export const MEDIA_DOWNLOAD_PATH = '/whatsapp_business/attachments';

const signature = (media: GraphMedia, ext: string) =>
  createHmac('sha256', media.urlKey).update(`${media.id}.${ext}`).digest('base64url');

/**
 * A download URL for a media id: `mid`, `ext` (expiry, Unix seconds) and `hash`, an HMAC under the
 * id's own secret key, so URLs cannot be guessed, need no table, and die with a deleted id.
 */
export function mediaDownloadUrl(origin: string, version: string, media: GraphMedia, now: number): string {
  const ext = String(Math.ceil((now + GRAPH_MEDIA_LIFETIMES.url) / 1000));
  const query = new URLSearchParams({ mid: media.id, ext, hash: signature(media, ext) });
  return `${origin}/${version}${MEDIA_DOWNLOAD_PATH}?${query.toString()}`;
}

/** Whether a URL's `ext` and `hash` are the ones Parley signed for the id and are still in time. */
export function isValidDownload(media: GraphMedia, ext: string, hash: string, now: number): boolean {
  if (!/^\d{1,12}$/.test(ext) || Number(ext) * 1000 <= now) return false;
  const expected = Buffer.from(signature(media, ext));
  const given = Buffer.from(hash);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
