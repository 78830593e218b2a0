import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { MediaIdParams, MediaView, UploadMediaQuery } from '@parley/contracts';
import { DomainError, MAX_UPLOAD_BYTES, precheckUpload, type MediaRecord } from '@parley/core';
import type { Parley } from '../../compose.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';
import { sendBlob } from '../send-blob.js';

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
      return sendBlob(request, reply, mediaBlobs, record);
    });

    scope.get(
      '/v1/media/:mediaId/thumbnail',
      { schema: { params: MediaIdParams } },
      async (request, reply) => {
        principalOf(request);
        const { thumbnailSha256: sha256 } = await media.get(request.params.mediaId);
        if (sha256 === null) throw new DomainError('not_found', 'This media has no thumbnail');
        const size = await mediaBlobs.size(sha256);
        return sendBlob(request, reply, mediaBlobs, { sha256, size, mimeType: 'image/jpeg', filename: null });
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
