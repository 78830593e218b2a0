import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useParley } from '../../data/parley-context';
import { queryKeys } from '../../data/query-keys';
import { useTimelines } from '../chat/store/use-chat-timeline';
import type { PricedLine } from './cart';

/**
 * Sends a cart as an `order` message in the direct chat with the business (the only chat the
 * server takes orders in, opened if need be) and goes there, the catalog closed.
 */
export function useSendOrder(businessId: string) {
  const { client } = useParley();
  const timelines = useTimelines();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (lines: readonly PricedLine[], note: string) => {
      const chat = await client.openDirectChat(businessId);
      const trimmed = note.trim();
      await timelines.send(chat.id, {
        type: 'order',
        content: {
          items: lines.map((line) => ({ productId: line.product.id, quantity: line.quantity })),
          ...(trimmed === '' ? {} : { note: trimmed }),
        },
      });
      void queryClient.invalidateQueries({ queryKey: queryKeys.chats });
      await navigate(`/chats/${chat.id}`);
    },
    [client, timelines, queryClient, navigate, businessId],
  );
}
