import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  isPlatformError,
  MAX_UPLOAD_BYTES,
  PlatformError,
  unknownObject,
  type Permission,
} from '@parley/core';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendBlob } from '../../send-blob.js';
import { graphPrincipalOf } from '../graph-auth.js';
import { toGraphError } from '../graph-errors.js';
import { graphVersionOf } from '../graph-url.js';
import type { GraphContext } from '../graph-context.js';
import { isValidDownload, MEDIA_DOWNLOAD_PATH, mediaDownloadUrl } from '../media-url.js';

const MESSAGING: Permission = 'whatsapp_business_messaging';
/** Room for the multipart framing and the small fields around the largest file allowed. */
const UPLOAD_BODY_LIMIT = MAX_UPLOAD_BYTES + 64 * 1024;

/** The fields of `POST /{PNID}/media` once the multipart body is read. */
interface UploadForm {
  readonly messaging_product?: string;
  readonly type?: string;
  readonly file?: { readonly bytes: Uint8Array; readonly filename: string; readonly type: string };
}

/**
 * Media (contract section 3): upload, `GET`/`DELETE /{media-id}`, and the short-lived download
 * URL, which serves the bytes itself (no redirect) to a token of the media's WABA.
 */
export function registerGraphMediaRoutes({ graph, parley, nodes }: GraphContext): void {
  const { platform, graphMedia, mediaBlobs, clock } = parley;

  // Its own scope, so the multipart parser and the 100 MB body limit apply to uploads only.
  void graph.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser(
      'multipart/form-data',
      { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT },
      async (request: FastifyRequest, body: Buffer) => readUploadForm(request.headers['content-type']!, body),
    );
    scope.post(
      '/:id/media',
      {
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          summary: 'Upload media for a phone number',
          tags: ['Graph: media'],
          params: Type.Object({ id: Type.String() }),
        },
        // Before the body is read: a caller who may not upload costs no memory.
        onRequest: async (request) => {
          const { id } = request.params as { id: string };
          await platform.accessNumber(graphPrincipalOf(request), id, MESSAGING);
        },
      },
      async (request) => {
        const number = await platform.accessNumber(graphPrincipalOf(request), request.params.id, MESSAGING);
        // Graph reads parameters from the query string as well (whatsapp-api-js puts
        // messaging_product there); the body's win.
        const query = request.query as Record<string, unknown>;
        const fromQuery = (name: string) =>
          typeof query[name] === 'string' ? (query[name] as string) : undefined;
        const body = (request.body ?? {}) as UploadForm;
        const form: UploadForm = {
          ...body,
          messaging_product: body.messaging_product ?? fromQuery('messaging_product'),
          type: body.type ?? fromQuery('type'),
        };
        if (form.messaging_product === undefined) throw missing('messaging_product');
        if (form.messaging_product !== 'whatsapp') {
          throw new PlatformError(131009, 'Param messaging_product must be "whatsapp".');
        }
        if (form.file === undefined) throw missing('file');
        const declaredMime = form.type ?? namedType(form.file.type);
        if (declaredMime === undefined) throw missing('type');
        const { graphMedia: created } = await graphMedia.upload(number, {
          bytes: form.file.bytes,
          declaredMime,
          filename: form.file.filename,
        });
        return { id: created.id };
      },
    );
  });

  nodes.on('media', 'GET', async (id, request) => {
    const { graphMedia: found, record } = await graphMedia.get(
      graphPrincipalOf(request),
      id,
      phoneNumberIdOf(request),
    );
    const origin = `${request.protocol}://${request.host}`;
    return {
      messaging_product: 'whatsapp',
      url: mediaDownloadUrl(origin, graphVersionOf(request.originalUrl), found, clock.now()),
      mime_type: record.mimeType,
      // Hex, as Meta's GET shows it; webhooks carry the same hash in base64.
      sha256: record.sha256,
      file_size: String(record.size),
      id: found.id,
    };
  });

  nodes.on('media', 'DELETE', async (id, request) => {
    await graphMedia.remove(graphPrincipalOf(request), id, phoneNumberIdOf(request));
    return { success: true };
  });

  graph.get(
    MEDIA_DOWNLOAD_PATH,
    {
      schema: {
        summary: 'Download media through a URL from GET /{media-id}',
        tags: ['Graph: media'],
        querystring: Type.Object(
          {
            mid: Type.String({ maxLength: 32 }),
            ext: Type.String({ maxLength: 16 }),
            hash: Type.String({ maxLength: 128 }),
          },
          { additionalProperties: true },
        ),
      },
    },
    async (request, reply) => {
      const { mid, ext, hash } = request.query;
      // The contract: an expired URL, or one without the token, is a 404 (not Graph's 400/100/33).
      const gone = () => reply.status(404).send(toGraphError(unknownObject(mid)).body);
      if (request.graph === undefined) return gone();
      let view;
      try {
        view = await graphMedia.get(request.graph, mid);
      } catch (error) {
        if (isPlatformError(error) && error.details?.unknownObject === true) return gone();
        throw error;
      }
      if (!isValidDownload(view.graphMedia, ext, hash, clock.now())) return gone();
      const { record } = view;
      return sendBlob(request, reply as FastifyReply, mediaBlobs, record);
    },
  );
}

const missing = (name: string) => new PlatformError(131008, `The parameter ${name} is required.`);

/** A part's own Content-Type counts as the declared type unless it says nothing. */
const namedType = (type: string): string | undefined =>
  type === '' || type === 'application/octet-stream' ? undefined : type;

function phoneNumberIdOf(request: FastifyRequest): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.phone_number_id;
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new PlatformError(100, 'Param phone_number_id must be a string.');
  return value;
}

/** Reads a multipart body with the platform's own FormData parser. */
async function readUploadForm(contentType: string, body: Buffer): Promise<UploadForm> {
  let form: FormData;
  try {
    // A Buffer is a Uint8Array, which Response takes; the DOM typings just name the view narrowly.
    form = await new Response(body as unknown as BodyInit, {
      headers: { 'content-type': contentType },
    }).formData();
  } catch {
    throw new PlatformError(100, 'The multipart/form-data body cannot be read.');
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const file = form.get('file');
  return {
    messaging_product: text('messaging_product'),
    type: text('type'),
    file:
      file === null || typeof file === 'string'
        ? undefined
        : { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name, type: file.type },
  };
}
