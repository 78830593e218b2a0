import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable, Timestamp } from '../common.js';

export const MediaIdParams = Type.Object({ mediaId: Id });

/** `POST /v1/media`: the raw file is the body and its Content-Type the declared MIME type. */
export const UploadMediaQuery = Type.Object({
  filename: Type.Optional(Type.String({ minLength: 1, maxLength: 1024 })),
});

export const MediaView = Type.Object({
  id: Id,
  kind: Type.Union([
    Type.Literal('image'),
    Type.Literal('video'),
    Type.Literal('audio'),
    Type.Literal('document'),
    Type.Literal('sticker'),
  ]),
  mimeType: Type.String(),
  size: Type.Integer({ minimum: 1 }),
  /** Hex sha256 of the bytes; also the ETag of a download. */
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  filename: Nullable(Type.String()),
  width: Nullable(Type.Integer({ minimum: 1 })),
  height: Nullable(Type.Integer({ minimum: 1 })),
  hasThumbnail: Type.Boolean(),
  createdAt: Timestamp,
});
export type MediaView = Static<typeof MediaView>;
