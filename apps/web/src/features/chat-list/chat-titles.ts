import type { PublicProfileView } from '@parley/contracts';
import { useQueries } from '@tanstack/react-query';
import { useParley } from '../../data/parley-context';
import { useContacts, type ChatSummary } from '../../data/queries';
import { queryKeys } from '../../data/query-keys';

export interface ChatTitle {
  /** The group subject, or the other person as the phone names them. */
  readonly name: string;
  readonly photoMediaId: string | null;
  /** The other person of a direct chat. */
  readonly peerId: string | undefined;
  /** The other person's number, searchable alongside the name. */
  readonly phone: string;
}

/**
 * What each chat in a list is called: a direct chat by its other member (the summary's `peerId`),
 * whose profile is read through `useAccount`'s cache. Computed for the whole list at once, so
 * search can match names.
 */
export function useChatTitles(chats: readonly ChatSummary[]): ReadonlyMap<string, ChatTitle> {
  const { client } = useParley();
  const { data: contacts } = useContacts();
  const peerIds = [...new Set(chats.flatMap(({ peerId }) => (peerId === null ? [] : [peerId])))];
  const profiles = useQueries({
    queries: peerIds.map((accountId) => ({
      queryKey: queryKeys.account(accountId),
      queryFn: () => client.request<PublicProfileView>('GET', `/v1/accounts/${accountId}`),
      staleTime: 60_000,
    })),
  });
  const profileById = new Map(peerIds.map((accountId, index) => [accountId, profiles[index]?.data]));

  const titles = new Map<string, ChatTitle>();
  for (const { chat, peerId } of chats) {
    if (peerId === null) {
      titles.set(chat.id, {
        name: chat.subject ?? '',
        photoMediaId: chat.photoMediaId,
        peerId: undefined,
        phone: '',
      });
      continue;
    }
    const profile = profileById.get(peerId);
    const contact = contacts?.find((entry) => entry.accountId === peerId);
    const phone = profile?.phone ?? contact?.phone ?? '';
    titles.set(chat.id, {
      name: contact?.name ?? (profile?.name || phone),
      photoMediaId: profile?.photoMediaId ?? null,
      peerId,
      phone,
    });
  }
  return titles;
}
