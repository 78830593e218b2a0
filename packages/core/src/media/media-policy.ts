import { DomainError } from '../shared/errors.js';
import type { MediaKind } from './media.js';

const KB = 1024;
const MB = 1024 * KB;

/** Size limits of the Cloud API contract (section 3), in bytes. */
export const MEDIA_LIMITS = {
  image: 5 * MB,
  video: 16 * MB,
  audio: 16 * MB,
  document: 100 * MB,
  sticker: 100 * KB,
  animatedSticker: 500 * KB,
} as const;

/** No upload of any kind may be larger; the HTTP edge refuses bigger bodies before reading them. */
export const MAX_UPLOAD_BYTES = MEDIA_LIMITS.document;

/** What a sniffer reports for content without magic bytes (plain text). */
const NO_MAGIC = null;

const OOXML = 'application/vnd.openxmlformats-officedocument';

/**
 * Each accepted declared type, its kind, and the sniffed types that confirm it. Sniffers name
 * containers, not uses: OOXML files may show as plain zip, legacy Office files as CFB, and an
 * m4a whose brand is `isom` as video/mp4.
 */
const ACCEPTED: Readonly<Record<string, { kind: MediaKind; sniffedAs: readonly (string | null)[] }>> = {
  'image/jpeg': { kind: 'image', sniffedAs: ['image/jpeg'] },
  'image/png': { kind: 'image', sniffedAs: ['image/png'] },
  'image/webp': { kind: 'sticker', sniffedAs: ['image/webp'] },
  'audio/aac': { kind: 'audio', sniffedAs: ['audio/aac', 'audio/x-aac'] },
  'audio/amr': { kind: 'audio', sniffedAs: ['audio/amr'] },
  'audio/mpeg': { kind: 'audio', sniffedAs: ['audio/mpeg'] },
  'audio/mp4': { kind: 'audio', sniffedAs: ['audio/mp4', 'audio/x-m4a', 'video/mp4'] },
  // The contract accepts Ogg with the Opus codec only; Vorbis or FLAC in Ogg sniff as plain audio/ogg.
  'audio/ogg': { kind: 'audio', sniffedAs: ['audio/ogg;codecs=opus', 'audio/opus'] },
  'video/mp4': { kind: 'video', sniffedAs: ['video/mp4', 'video/x-m4v'] },
  'video/3gpp': { kind: 'video', sniffedAs: ['video/3gpp', 'video/3gpp2'] },
  'text/plain': { kind: 'document', sniffedAs: [NO_MAGIC] },
  'application/pdf': { kind: 'document', sniffedAs: ['application/pdf'] },
  'application/msword': { kind: 'document', sniffedAs: ['application/x-cfb', 'application/msword'] },
  'application/vnd.ms-excel': {
    kind: 'document',
    sniffedAs: ['application/x-cfb', 'application/vnd.ms-excel'],
  },
  'application/vnd.ms-powerpoint': {
    kind: 'document',
    sniffedAs: ['application/x-cfb', 'application/vnd.ms-powerpoint'],
  },
  [`${OOXML}.wordprocessingml.document`]: {
    kind: 'document',
    sniffedAs: [`${OOXML}.wordprocessingml.document`, 'application/zip'],
  },
  [`${OOXML}.spreadsheetml.sheet`]: {
    kind: 'document',
    sniffedAs: [`${OOXML}.spreadsheetml.sheet`, 'application/zip'],
  },
  [`${OOXML}.presentationml.presentation`]: {
    kind: 'document',
    sniffedAs: [`${OOXML}.presentationml.presentation`, 'application/zip'],
  },
};

/** Names clients commonly send for an accepted type. */
const ALIASES: Readonly<Record<string, string>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'audio/mp3': 'audio/mpeg',
  'audio/mpeg3': 'audio/mpeg',
  'audio/x-mp3': 'audio/mpeg',
  'audio/x-aac': 'audio/aac',
  'audio/m4a': 'audio/mp4',
  'audio/x-m4a': 'audio/mp4',
  'audio/opus': 'audio/ogg',
};

/** Lower case without spaces, so `Audio/Ogg; codecs=opus` and `audio/ogg;codecs=opus` compare equal. */
const normalize = (mime: string): string => mime.toLowerCase().replace(/\s+/g, '');

/** The accepted type a declared MIME names (parameters such as charset dropped), if any. */
export function canonicalMime(declared: string): string | undefined {
  const essence = normalize(declared).split(';')[0] ?? '';
  const mime = ALIASES[essence] ?? essence;
  return ACCEPTED[mime] === undefined ? undefined : mime;
}

/**
 * What can be refused from the headers alone, before a body of up to 100 MB is read: an unknown
 * declared type, or a declared length over the most that type could be allowed.
 */
export function precheckUpload(declaredMime: string | undefined, declaredSize: number | undefined): void {
  if (declaredMime === undefined || declaredMime.trim() === '') {
    throw new DomainError('unsupported_media', "Send the file's MIME type as Content-Type");
  }
  const mimeType = canonicalMime(declaredMime);
  if (mimeType === undefined) throw unsupportedType(declaredMime);
  const { kind } = ACCEPTED[mimeType]!;
  const limit = kind === 'sticker' ? MEDIA_LIMITS.animatedSticker : MEDIA_LIMITS[kind];
  if (declaredSize !== undefined && declaredSize > limit) throw tooLarge(kind, limit, declaredSize);
}

export interface UploadFacts {
  /** The Content-Type the client sent. */
  readonly declaredMime: string;
  /** What the content's magic bytes show; undefined when it has none (plain text). */
  readonly sniffedMime: string | undefined;
  readonly size: number;
  /** Whether an image has more than one frame; decides a sticker's limit. */
  readonly animated?: boolean;
}

export interface Classification {
  readonly kind: MediaKind;
  /** The canonical form of the declared type, as stored and served. */
  readonly mimeType: string;
}

/** Decides whether an upload is accepted and as what: type first, then the kind's size limit. */
export function classifyUpload(facts: UploadFacts): Classification {
  if (facts.size <= 0) throw new DomainError('invalid_argument', 'The file is empty');
  const mimeType = canonicalMime(facts.declaredMime);
  if (mimeType === undefined) throw unsupportedType(facts.declaredMime);
  const { kind, sniffedAs } = ACCEPTED[mimeType]!;
  const sniffed = facts.sniffedMime === undefined ? NO_MAGIC : normalize(facts.sniffedMime);
  if (!sniffedAs.includes(sniffed)) {
    throw new DomainError('unsupported_media', mismatchMessage(mimeType, sniffed), {
      declaredMime: mimeType,
      sniffedMime: sniffed,
    });
  }
  const limit =
    kind === 'sticker' && facts.animated === true ? MEDIA_LIMITS.animatedSticker : MEDIA_LIMITS[kind];
  if (facts.size > limit) throw tooLarge(kind, limit, facts.size);
  return { kind, mimeType };
}

const unsupportedType = (declaredMime: string) =>
  new DomainError('unsupported_media', `Files of type "${declaredMime}" are not supported`, { declaredMime });

const tooLarge = (kind: MediaKind, limit: number, size: number) =>
  new DomainError('payload_too_large', `A ${kind} may be at most ${limit} bytes`, { limit, kind, size });

function mismatchMessage(declared: string, sniffed: string | null): string {
  if (declared === 'audio/ogg' && sniffed === 'audio/ogg') return 'Ogg audio must use the Opus codec';
  if (sniffed === NO_MAGIC) return `The content is not ${declared}`;
  return `The content is ${sniffed}, not ${declared} as declared`;
}

export const FILENAME_MAX_LENGTH = 240;

/** A display name only: path parts and control characters are dropped so no client can be misled. */
export function cleanFilename(name: string | undefined): string | null {
  if (name === undefined) return null;
  const base = (name.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base === '' || base === '.' || base === '..' ? null : base.slice(0, FILENAME_MAX_LENGTH);
}
