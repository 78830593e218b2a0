import type { TimelineEntry } from '../store/chat-timeline';

export type ListItem =
  | { readonly kind: 'day'; readonly key: string; readonly at: number }
  | { readonly kind: 'unread'; readonly key: 'unread'; readonly count: number }
  | {
      readonly kind: 'message';
      readonly key: string;
      readonly entry: TimelineEntry;
      /** First of a run from one sender: it gets the bubble's tail and, in groups, the name. */
      readonly firstOfRun: boolean;
    };

export interface UnreadMarker {
  /** The first unread message, frozen when the chat was opened. */
  readonly messageId: string;
  readonly count: number;
}

const dayOf = (at: number) => new Date(at).toDateString();

/**
 * The list's rows: messages with a divider at each new day and one before the first unread
 * message. Consecutive messages from one sender form a run, as WhatsApp draws them.
 */
export function buildListItems(entries: readonly TimelineEntry[], unread?: UnreadMarker): ListItem[] {
  const items: ListItem[] = [];
  let previous: TimelineEntry | undefined;
  for (const entry of entries) {
    const { message } = entry;
    const newDay = previous === undefined || dayOf(previous.message.createdAt) !== dayOf(message.createdAt);
    if (newDay) items.push({ kind: 'day', key: `day-${message.id}`, at: message.createdAt });
    const unreadStarts = unread !== undefined && unread.messageId === message.id;
    if (unreadStarts) items.push({ kind: 'unread', key: 'unread', count: unread.count });
    const firstOfRun =
      newDay ||
      unreadStarts ||
      previous === undefined ||
      previous.message.senderId !== message.senderId ||
      previous.message.type === 'system' ||
      message.type === 'system';
    items.push({ kind: 'message', key: message.id, entry, firstOfRun });
    previous = entry;
  }
  return items;
}

/**
 * Where the unread divider goes: the `count`-th message from others counted back from the end.
 * System messages do not count, as in the chat list's unread badge.
 */
export function findUnreadMarker(
  entries: readonly TimelineEntry[],
  me: string,
  count: number,
): UnreadMarker | undefined {
  if (count <= 0) return undefined;
  let seen = 0;
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const { message } = entries[index]!;
    if (message.senderId === me || message.type === 'system') continue;
    seen += 1;
    if (seen === count) return { messageId: message.id, count };
  }
  return undefined;
}
