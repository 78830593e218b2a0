import type { ChatSettingsView } from '@parley/contracts';
import { ParleyApiError } from '@parley/sdk';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../data/parley-context';
import type { ChatDetails, ChatSummary } from '../../data/queries';
import { queryKeys } from '../../data/query-keys';
import { useToast } from '../../ui/Toasts';

/** The server's pin limit (packages/core: PINNED_CHATS_MAX), named in its refusal. */
export const PINNED_CHATS_MAX = 3;
/** "Always" is the last instant a JavaScript date can hold. */
export const MUTED_FOREVER = 8_640_000_000_000_000;
const MUTE_MS = { hours8: 8 * 3600_000, week: 7 * 24 * 3600_000 } as const;
export const MUTE_DURATIONS = ['hours8', 'week', 'always'] as const;
export type MuteDuration = (typeof MUTE_DURATIONS)[number];

export function isMuted(settings: ChatSettingsView, now = Date.now()): boolean {
  return settings.mutedUntil !== null && settings.mutedUntil > now;
}

/**
 * A chat's own settings (pin, mute, archive) and marking it read, as the chat list's row menu and
 * the info panel change them. Both caches take the server's answer at once; failures are toasts.
 */
export function useChatActions(chatId: string) {
  const { client } = useParley();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { t } = useTranslation('chatList');

  const patch = useCallback(
    async (body: { mutedUntil?: number | null; archived?: boolean; pinned?: boolean }) => {
      try {
        const settings = await client.request<ChatSettingsView>(
          'PATCH',
          `/v1/chats/${chatId}/settings`,
          body,
        );
        queryClient.setQueryData<ChatSummary[]>(queryKeys.chats, (chats) =>
          chats?.map((summary) => (summary.chat.id === chatId ? { ...summary, settings } : summary)),
        );
        queryClient.setQueryData<ChatDetails>(queryKeys.chat(chatId), (details) =>
          details === undefined ? undefined : { ...details, settings },
        );
      } catch (error) {
        if (error instanceof ParleyApiError && error.code === 'limit_exceeded' && body.pinned === true) {
          toast.show(t('menu.pinLimit', { count: PINNED_CHATS_MAX }), 'error');
        } else toast.showError(error);
      }
    },
    [chatId, client, queryClient, toast, t],
  );

  return useMemo(
    () => ({
      setPinned: (pinned: boolean) => patch({ pinned }),
      // Archiving unpins, as in WhatsApp, so an archived chat never holds one of the few pins.
      setArchived: (archived: boolean) => patch(archived ? { archived, pinned: false } : { archived }),
      mute: (duration: MuteDuration) =>
        patch({
          mutedUntil: duration === 'always' ? MUTED_FOREVER : Date.now() + MUTE_MS[duration],
        }),
      unmute: () => patch({ mutedUntil: null }),
      async markRead(seq: number) {
        try {
          await client.request('POST', `/v1/chats/${chatId}/read`, { seq });
          queryClient.setQueryData<ChatSummary[]>(queryKeys.chats, (chats) =>
            chats?.map((summary) => (summary.chat.id === chatId ? { ...summary, unreadCount: 0 } : summary)),
          );
        } catch (error) {
          toast.showError(error);
        }
      },
    }),
    [chatId, client, patch, queryClient, toast],
  );
}
