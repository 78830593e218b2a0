import type { TFunction } from 'i18next';
import type { BroadcastSummary } from './broadcast-queries';

/** The broadcast's words, else what kind of message it was (a photo without a caption). */
export function previewText(broadcast: Pick<BroadcastSummary, 'preview' | 'type'>, t: TFunction): string {
  return broadcast.preview !== '' ? broadcast.preview : t(`broadcasts:type.${broadcast.type}`);
}
