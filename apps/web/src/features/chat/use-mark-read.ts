import { useEffect, useSyncExternalStore } from 'react';
import { useParley } from '../../data/parley-context';
import { useWatermarks } from '../../data/queries';
import type { TimelineSnapshot } from './store/chat-timeline';

const subscribeVisibility = (listener: () => void) => {
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
};
const pageVisible = () => document.visibilityState === 'visible';

/**
 * While the chat is on screen (and the page visible), reads it up to the last message from others:
 * their ticks turn blue, and the chat list's unread count clears.
 */
export function useMarkRead(chatId: string, snapshot: TimelineSnapshot, ready: boolean): void {
  const { client, session, status } = useParley();
  const visible = useSyncExternalStore(subscribeVisibility, pageVisible);
  const readSeq = useWatermarks(chatId)?.get(session.accountId)?.readSeq ?? 0;
  const lastFromOthers =
    snapshot.entries.findLast((entry) => !entry.pending && entry.message.senderId !== session.accountId)
      ?.message.seq ?? 0;
  useEffect(() => {
    if (ready && visible && status === 'online' && lastFromOthers > readSeq) {
      client.realtime.markRead(chatId, lastFromOthers);
    }
  }, [client, chatId, ready, visible, status, lastFromOthers, readSeq]);
}
