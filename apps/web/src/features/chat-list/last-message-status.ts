import type { Watermark } from '../../data/live-store';
import type { DeliveryStatus } from '../../ui/Ticks';

/**
 * The ticks of your own message from the other members' watermarks: read once every other member
 * read it, delivered once every other member received it, else sent.
 */
export function deliveryStatus(
  seq: number,
  watermarks: ReadonlyMap<string, Watermark> | undefined,
  selfId: string,
): DeliveryStatus {
  const others = [...(watermarks ?? new Map<string, Watermark>()).entries()]
    .filter(([accountId]) => accountId !== selfId)
    .map(([, watermark]) => watermark);
  if (others.length === 0) return 'sent';
  if (others.every((watermark) => watermark.readSeq >= seq)) return 'read';
  if (others.every((watermark) => watermark.deliveredSeq >= seq)) return 'delivered';
  return 'sent';
}
