import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useParley } from '../../data/parley-context';
import { queryKeys } from '../../data/query-keys';

/** Receipts arrive in bursts as phones come online; one refresh covers a burst. */
const RECEIPT_REFRESH_MS = 300;

/** Refreshes a broadcast's statuses when any receipt reaches this device, so ticks move as in a chat. */
export function useLiveBroadcast(broadcastId: string): void {
  const { client } = useParley();
  const queryClient = useQueryClient();
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const stop = client.realtime.on('receipt', () => {
      pending ??= setTimeout(() => {
        pending = undefined;
        void queryClient.invalidateQueries({ queryKey: queryKeys.broadcast(broadcastId) });
      }, RECEIPT_REFRESH_MS);
    });
    return () => {
      stop();
      clearTimeout(pending);
    };
  }, [client, queryClient, broadcastId]);
}
