import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { MediaIdParams, MediaView, UploadMediaQuery } from '@parley/contracts';
import { DomainError, MAX_UPLOAD_BYTES, precheckUpload, type MediaRecord } from '@parley/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Parley } from '../../compose.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';
import { parseRange } from '../parse-range.js';

interface Blob {
  readonly sha256: string;
  readonly size: number;
  readonly mimeType: string;
  readonly filename: string | null;
}

/** Uploads and downloads. Any account holding a media id may download it: ids are unguessable. */
export function registerMediaRoutes(app: App, parley: Parley): void {
  const { media, mediaBlobs } = parley;

  // A plugin of its own, so the raw-bytes parser and the 100 MB limit apply to these routes only.
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
      (_request, body, done) => done(null, body),
    );

    scope.post(
      '/v1/media',
      {
        bodyLimit: MAX_UPLOAD_BYTES,
        schema: { querystring: UploadMediaQuery, response: { 201: MediaView } },
        // Runs before the body is read: a refused upload costs no memory.
        onRequest: async (request) => {
          principalOf(request);
          const length = request.headers['content-length'];
          precheckUpload(request.headers['content-type'], length === undefined ? undefined : Number(length));
        },
      },
      async (request, reply) => {
        const { accountId } = principalOf(request);
        const record = await media.upload(accountId, {
          bytes: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          declaredMime: request.headers['content-type'] ?? '',
          filename: request.query.filename,
        });
        return reply.status(201).send(mediaView(record));
      },
    );

    scope.get('/v1/media/:mediaId', { schema: { params: MediaIdParams } }, async (request, reply) => {
      principalOf(request);
      const record = await media.get(request.params.mediaId);
      return sendBlob(request, reply, record);
    });

    scope.get(
      '/v1/media/:mediaId/thumbnail',
      { schema: { params: MediaIdParams } },
      async (request, reply) => {
        principalOf(request);
        const { thumbnailSha256: sha256 } = await media.get(request.params.mediaId);
        if (sha256 === null) throw new DomainError('not_found', 'This media has no thumbnail');
        const size = await mediaBlobs.size(sha256);
        return sendBlob(request, reply, { sha256, size, mimeType: 'image/jpeg', filename: null });
      },
    );

    scope.get(
      '/v1/media/:mediaId/info',
      { schema: { params: MediaIdParams, response: { 200: MediaView } } },
      async (request) => {
        principalOf(request);
        return mediaView(await media.get(request.params.mediaId));
      },
    );
  });

  /** Streams a blob, whole or one range of it. Content never changes under an id, so caching is safe. */
  function sendBlob(request: FastifyRequest, reply: FastifyReply, blob: Blob) {
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
      return reply.status(200).header('Content-Length', blob.size).send(mediaBlobs.stream(blob.sha256));
    }
    return reply
      .status(206)
      .header('Content-Range', `bytes ${range.start}-${range.end}/${blob.size}`)
      .header('Content-Length', range.end - range.start + 1)
      .send(mediaBlobs.stream(blob.sha256, range));
  }
}

function mediaView(record: MediaRecord): MediaView {
  return {
    id: record.id,
    kind: record.kind,
    mimeType: record.mimeType,
    size: record.size,
    sha256: record.sha256,
    filename: record.filename,
    width: record.width,
    height: record.height,
    hasThumbnail: record.thumbnailSha256 !== null,
    createdAt: record.createdAt,
  };
}

/** RFC 6266: an ASCII fallback for old clients, the exact name in UTF-8 for the rest. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
