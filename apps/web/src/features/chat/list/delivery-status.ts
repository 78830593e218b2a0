import type { Watermark } from '../../../data/live-store';
import type { DeliveryStatus } from '../../../ui/Ticks';
import type { TimelineEntry } from '../store/chat-timeline';

/**
 * The ticks on one of my messages, from the other members' receipt watermarks: read once every
 * other member read it (in a direct chat, the one other member), delivered once every one got it.
 */
export function deliveryStatus(
  entry: TimelineEntry,
  otherMembers: readonly string[],
  watermarks: ReadonlyMap<string, Watermark> | undefined,
): DeliveryStatus {
  if (entry.pending) return 'pending';
  // Kept for the sender alone (the other side blocked them): it never travels.
  if (entry.message.senderOnly || otherMembers.length === 0) return 'sent';
  const { seq } = entry.message;
  const marks = otherMembers.map((accountId) => watermarks?.get(accountId));
  if (marks.every((mark) => mark !== undefined && mark.readSeq >= seq)) return 'read';
  if (marks.every((mark) => mark !== undefined && mark.deliveredSeq >= seq)) return 'delivered';
  return 'sent';
}
