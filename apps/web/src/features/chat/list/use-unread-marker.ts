import { useEffect, useState } from 'react';
import { useParley } from '../../../data/parley-context';
import { useToast } from '../../../ui/Toasts';
import type { TimelineSnapshot } from '../store/chat-timeline';
import { PAGE_SIZE } from '../store/timeline-registry';
import { useTimelines } from '../store/use-chat-timeline';
import { findUnreadMarker, type UnreadMarker } from './list-items';

/**
 * Loads the chat's newest page (large enough to hold every unread message) and decides, once per
 * opening, where the "N unread messages" divider goes. Undefined while undecided; null for none.
 * Deciding once matters: reading the chat clears the count the moment it is shown.
 */
export function useUnreadMarker(
  chatId: string,
  snapshot: TimelineSnapshot,
  unreadCount: number | undefined,
): UnreadMarker | null | undefined {
  const { session } = useParley();
  const timelines = useTimelines();
  const toast = useToast();
  const [marker, setMarker] = useState<UnreadMarker | null | undefined>(undefined);
  // The first page shows as soon as it comes; the marker waits for every page the unread need.
  const [newestLoaded, setNewestLoaded] = useState(false);
  useEffect(() => {
    if (unreadCount === undefined) return;
    let mounted = true;
    timelines
      .loadNewest(chatId, unreadCount + PAGE_SIZE)
      .then(() => mounted && setNewestLoaded(true), toast.showError);
    return () => {
      mounted = false;
    };
  }, [timelines, chatId, unreadCount, toast]);
  if (marker === undefined && newestLoaded && snapshot.loaded && unreadCount !== undefined) {
    const decided = findUnreadMarker(snapshot.entries, session.accountId, unreadCount) ?? null;
    setMarker(decided);
    return decided;
  }
  return marker;
}
