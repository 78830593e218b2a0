import type { MessageView } from '@parley/sdk';

/** Message types whose content this component draws; the bubble draws text, system and deleted. */
export const RICH_TYPES: ReadonlySet<string> = new Set([
  'image',
  'video',
  'audio',
  'document',
  'sticker',
  'location',
  'contacts',
]);

/** Placeholder: media, location and contact-card content inside a bubble (the media feature). */
export function MessageContent(_props: { message: MessageView; mine: boolean }) {
  return null;
}
