import type { MediaKind } from '../media/index.js';
import { DomainError } from '../shared/errors.js';

export const QUICK_REPLY_LIMITS = Object.freeze({ perBusiness: 50, shortcut: 25, text: 4096 });

/** Media a quick reply can carry: what a business sends as an attachment with a caption. */
export const QUICK_REPLY_MEDIA: readonly MediaKind[] = ['image', 'video', 'document'];

// Lowercase letters of any script (and letters of scripts without case), digits and underscores,
// so a shortcut is one word the composer can match as the business types it.
const SHORTCUT = /^[\p{Ll}\p{Lo}\p{Lm}0-9_]+$/u;

const invalid = (message: string, rule: string): never => {
  throw new DomainError('invalid_argument', message, { rule });
};

/**
 * Reads a shortcut as the business typed it: a leading slash is dropped and capitals are folded,
 * so "/Thanks" and "thanks" are the same shortcut.
 */
export function checkShortcut(input: string): string {
  const shortcut = input.trim().replace(/^\//u, '').toLowerCase();
  const length = [...shortcut].length;
  if (length < 1 || length > QUICK_REPLY_LIMITS.shortcut) {
    invalid(`A shortcut has 1 to ${QUICK_REPLY_LIMITS.shortcut} characters`, 'length');
  }
  if (!SHORTCUT.test(shortcut)) {
    invalid('A shortcut has only lowercase letters, digits and underscores', 'characters');
  }
  return shortcut;
}

/** The text is kept as written, line breaks included; only blank text is refused. */
export function checkQuickReplyText(text: string): string {
  const length = [...text].length;
  if (text.trim() === '' || length > QUICK_REPLY_LIMITS.text) {
    invalid(`A quick reply's text has 1 to ${QUICK_REPLY_LIMITS.text} characters`, 'text');
  }
  return text;
}

export function checkQuickReplyMedia(kind: MediaKind): void {
  if (!QUICK_REPLY_MEDIA.includes(kind)) {
    invalid('A quick reply carries an image, a video or a document', 'media_kind');
  }
}

export function assertRoomForQuickReply(existing: number): void {
  if (existing >= QUICK_REPLY_LIMITS.perBusiness) {
    throw new DomainError(
      'limit_exceeded',
      `A business has at most ${QUICK_REPLY_LIMITS.perBusiness} quick replies`,
      { limit: QUICK_REPLY_LIMITS.perBusiness },
    );
  }
}
