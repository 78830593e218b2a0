import type { ClientContent } from '@parley/contracts';
import type { AttachKind } from '../chat/attach/media-rules';

export interface UploadedAttachment {
  readonly kind: AttachKind;
  readonly mediaId: string;
  readonly filename: string;
}

/** The longest text and caption a message may carry. */
export const TEXT_MAX = 4096;
export const CAPTION_MAX = 1024;

/**
 * The message a broadcast sends: the text alone, or the file with the text as its caption.
 * Null when there is nothing to send.
 */
export function broadcastContent(text: string, attachment?: UploadedAttachment): ClientContent | null {
  const words = text.trim();
  const caption = words === '' ? {} : { caption: words };
  if (attachment === undefined) {
    return words === '' ? null : { type: 'text', content: { body: words } };
  }
  if (attachment.kind === 'document') {
    return {
      type: 'document',
      content: { mediaId: attachment.mediaId, filename: attachment.filename, ...caption },
    };
  }
  return { type: attachment.kind, content: { mediaId: attachment.mediaId, ...caption } };
}
