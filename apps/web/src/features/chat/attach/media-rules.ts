/**
 * What the server accepts from the attach menu, mirrored from the media table of docs/api.md so a
 * file that would be refused is caught before it is uploaded.
 */

export type AttachKind = 'image' | 'video' | 'document';

const KB = 1024;
const MB = 1024 * KB;

export const SIZE_LIMITS: Readonly<Record<AttachKind, number>> = {
  image: 5 * MB,
  video: 16 * MB,
  document: 100 * MB,
};

const VISUAL_TYPES: Readonly<Record<string, AttachKind>> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'video/mp4': 'video',
  'video/3gpp': 'video',
};

const OOXML = 'application/vnd.openxmlformats-officedocument';

/** Document types by extension: browsers leave `File.type` empty for some of them. */
const DOCUMENT_TYPES: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  pdf: 'application/pdf',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  docx: `${OOXML}.wordprocessingml.document`,
  xlsx: `${OOXML}.spreadsheetml.sheet`,
  pptx: `${OOXML}.presentationml.presentation`,
};

/** The file inputs' `accept`: types, and extensions for systems that do not know the types. */
export const VISUAL_ACCEPT = Object.keys(VISUAL_TYPES).join(',');
export const DOCUMENT_ACCEPT = [
  ...Object.values(DOCUMENT_TYPES),
  ...Object.keys(DOCUMENT_TYPES).map((extension) => `.${extension}`),
].join(',');

export interface AttachableFile {
  readonly file: File;
  readonly kind: AttachKind;
  /** The type declared to the server. */
  readonly contentType: string;
}

export type AttachProblem =
  | { readonly reason: 'unsupported'; readonly name: string }
  | { readonly reason: 'tooLarge'; readonly name: string; readonly limit: number };

/** Sorts a picked file into a kind the server accepts, or says why it cannot be sent. */
export function classifyFile(file: File, picked: 'visual' | 'document'): AttachableFile | AttachProblem {
  const type = file.type.toLowerCase();
  let kind: AttachKind | undefined;
  let contentType = type;
  if (picked === 'visual') {
    kind = VISUAL_TYPES[type];
  } else {
    const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
    const known = Object.values(DOCUMENT_TYPES).includes(type) ? type : DOCUMENT_TYPES[extension];
    if (known !== undefined) {
      kind = 'document';
      contentType = known;
    }
  }
  if (kind === undefined) return { reason: 'unsupported', name: file.name };
  if (file.size > SIZE_LIMITS[kind]) return { reason: 'tooLarge', name: file.name, limit: SIZE_LIMITS[kind] };
  return { file, kind, contentType };
}

export function isProblem(result: AttachableFile | AttachProblem): result is AttachProblem {
  return 'reason' in result;
}

/** Voice notes are audio, whose limit is 16 MB: hours of Opus, but checked all the same. */
export const VOICE_LIMIT = 16 * MB;
