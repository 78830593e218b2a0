import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useParley } from '../../data/parley-context';
import { queryKeys } from '../../data/query-keys';
import { useToast } from '../../ui/Toasts';

/** Opens (creating on first use) the direct chat with an account, and goes there. */
export function useOpenDirectChat() {
  const { client } = useParley();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  return useCallback(
    async (accountId: string) => {
      try {
        const chat = await client.openDirectChat(accountId);
        await queryClient.invalidateQueries({ queryKey: queryKeys.chats });
        await navigate(`/chats/${chat.id}`);
      } catch (error) {
        toast.showError(error);
      }
    },
    [client, queryClient, navigate, toast],
  );
}
