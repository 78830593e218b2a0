import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useParley } from '../../data/parley-context';
import { queryKeys } from '../../data/query-keys';
import { prefillDraft } from '../chat/composer/drafts';

/**
 * Opens the direct chat a link leads to with its text waiting in the composer. Like
 * `useOpenDirectChat`, but the draft must be in place before the chat mounts, and the link's
 * address is replaced so Back does not open the chat again.
 */
export function useOpenLinkChat() {
  const { client } = useParley();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (accountId: string, text: string) => {
      const chat = await client.openDirectChat(accountId);
      prefillDraft(chat.id, text);
      await queryClient.invalidateQueries({ queryKey: queryKeys.chats });
      await navigate(`/chats/${chat.id}`, { replace: true });
    },
    [client, queryClient, navigate],
  );
}
