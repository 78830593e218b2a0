import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DiskBlobStore } from '../media/disk-blob-store.js';
import { parseRange } from './parse-range.js';

export interface Blob {
  readonly sha256: string;
  readonly size: number;
  readonly mimeType: string;
  readonly filename: string | null;
}

/**
 * Streams a blob, whole or one range of it. Content never changes under a sha256, so caching is
 * safe. Shared by the client API's media routes and the Graph's download URLs.
 */
export function sendBlob(request: FastifyRequest, reply: FastifyReply, blobs: DiskBlobStore, blob: Blob) {
  const etag = `"${blob.sha256}"`;
  void reply.header('ETag', etag).header('Accept-Ranges', 'bytes');
  if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) return reply.status(304).send();
  // If-Range names the version a client already holds part of; a different one gets the whole file.
  const ifRange = request.headers['if-range'];
  const range = parseRange(
    ifRange === undefined || ifRange === etag ? request.headers.range : undefined,
    blob.size,
  );
  if (range.kind === 'unsatisfiable') {
    return reply
      .status(416)
      .header('Content-Range', `bytes */${blob.size}`)
      .send({ error: { code: 'range_not_satisfiable', message: `The file has ${blob.size} bytes` } });
  }
  void reply
    .type(blob.mimeType)
    .header('Cache-Control', 'private, max-age=31536000, immutable')
    // Browsers must not guess: a text/plain upload is never run as HTML.
    .header('X-Content-Type-Options', 'nosniff');
  if (blob.filename !== null) void reply.header('Content-Disposition', contentDisposition(blob.filename));
  if (range.kind === 'whole') {
    return reply.status(200).header('Content-Length', blob.size).send(blobs.stream(blob.sha256));
  }
  return reply
    .status(206)
    .header('Content-Range', `bytes ${range.start}-${range.end}/${blob.size}`)
    .header('Content-Length', range.end - range.start + 1)
    .send(blobs.stream(blob.sha256, range));
}

/** RFC 6266: an ASCII fallback for old clients, the exact name in UTF-8 for the rest. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
