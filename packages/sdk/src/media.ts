import type { MediaView } from '@parley/contracts';
import { parseResponse } from './http-client.js';

/** Uploads a file as it is: its bytes are the body and `contentType` the declared MIME type. */
export async function uploadMedia(
  baseUrl: string,
  token: string,
  file: Blob | Uint8Array,
  contentType: string,
  filename?: string,
): Promise<MediaView> {
  const url = new URL('/v1/media', baseUrl);
  if (filename !== undefined) url.searchParams.set('filename', filename);
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body: file as BodyInit,
  });
  return (await parseResponse(response)) as MediaView;
}

/** Downloads a file, or its thumbnail, with the device token (an `<img src>` cannot carry one). */
export async function downloadMedia(
  baseUrl: string,
  token: string,
  mediaId: string,
  variant: 'file' | 'thumbnail' = 'file',
): Promise<Blob> {
  const path = variant === 'thumbnail' ? `/v1/media/${mediaId}/thumbnail` : `/v1/media/${mediaId}`;
  const response = await fetch(new URL(path, baseUrl), { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) await parseResponse(response);
  return response.blob();
}
