import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useParley } from '../../data/parley-context';
import { queryKeys } from '../../data/query-keys';
import { useToast } from '../../ui/Toasts';

type ChangeMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A change to a group (or to your relation to a chat): the request, then a refresh of the chat's
 * details and the chat list. Resolves to whether it worked; a refusal is shown as a toast.
 */
export function useChatChange(chatId: string) {
  const { client } = useParley();
  const queryClient = useQueryClient();
  const toast = useToast();
  return useCallback(
    async (method: ChangeMethod, path: string, body?: unknown): Promise<boolean> => {
      try {
        await client.request(method, path, body);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: queryKeys.chat(chatId) }),
          queryClient.invalidateQueries({ queryKey: queryKeys.chats }),
        ]);
        return true;
      } catch (error) {
        toast.showError(error);
        return false;
      }
    },
    [chatId, client, queryClient, toast],
  );
}
