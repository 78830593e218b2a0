import { DomainError, type ImageInfo, type MediaInspector } from '@parley/core';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';

export const THUMBNAIL_MAX_SIDE = 320;
/** Far above any camera, far below what a small crafted PNG could ask the decoder to allocate. */
const MAX_INPUT_PIXELS = 100_000_000;
/** Enough of a file to tell text from binary. */
const TEXT_PROBE_BYTES = 8192;

/** file-type reads magic bytes; sharp reads image headers and draws thumbnails. */
export const mediaInspector: MediaInspector = {
  async sniff(bytes) {
    const type = await fileTypeFromBuffer(bytes);
    if (type !== undefined) return type.mime;
    // No magic bytes could mean text, or binary no signature names: a NUL byte says binary, so such
    // content cannot pass as text/plain.
    return bytes.subarray(0, TEXT_PROBE_BYTES).includes(0) ? 'application/octet-stream' : undefined;
  },

  async describeImage(bytes): Promise<ImageInfo> {
    try {
      const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
      const { width, height } = meta.autoOrient ?? meta;
      return { width, height, animated: (meta.pages ?? 1) > 1 };
    } catch (error) {
      throw unreadable(error);
    }
  },

  async thumbnail(bytes) {
    try {
      return await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
        .autoOrient()
        .resize(THUMBNAIL_MAX_SIDE, THUMBNAIL_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
        // JPEG has no alpha; transparent areas become white as in chat bubbles.
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 70, mozjpeg: true })
        .toBuffer();
    } catch (error) {
      throw unreadable(error);
    }
  },
};

function unreadable(error: unknown): DomainError {
  const reason = error instanceof Error ? error.message : String(error);
  return new DomainError('unsupported_media', 'The image cannot be read', { reason });
}
