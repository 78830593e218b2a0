import type { ChatDetailsView, PublicProfileView } from '@parley/contracts';
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
 * What each chat in a list is called. A summary does not name a direct chat's other member, so
 * each direct chat's details are read (sharing `useChat`'s cache), then that member's profile
 * (sharing `useAccount`'s). Computed for the whole list at once, so search can match names.
 */
export function useChatTitles(chats: readonly ChatSummary[]): ReadonlyMap<string, ChatTitle> {
  const { client, session } = useParley();
  const { data: contacts } = useContacts();
  const direct = chats.filter((summary) => summary.chat.kind === 'direct');
  const details = useQueries({
    queries: direct.map(({ chat }) => ({
      queryKey: queryKeys.chat(chat.id),
      queryFn: () => client.request<ChatDetailsView>('GET', `/v1/chats/${chat.id}`),
    })),
  });
  const peers = new Map<string, string>();
  direct.forEach(({ chat }, index) => {
    const peer = details[index]?.data?.members.find((member) => member.accountId !== session.accountId);
    if (peer !== undefined) peers.set(chat.id, peer.accountId);
  });
  const peerIds = [...new Set(peers.values())];
  const profiles = useQueries({
    queries: peerIds.map((accountId) => ({
      queryKey: queryKeys.account(accountId),
      queryFn: () => client.request<PublicProfileView>('GET', `/v1/accounts/${accountId}`),
      staleTime: 60_000,
    })),
  });
  const profileById = new Map(peerIds.map((accountId, index) => [accountId, profiles[index]?.data]));

  const titles = new Map<string, ChatTitle>();
  for (const { chat } of chats) {
    if (chat.kind === 'group') {
      titles.set(chat.id, {
        name: chat.subject ?? '',
        photoMediaId: chat.photoMediaId,
        peerId: undefined,
        phone: '',
      });
      continue;
    }
    const peerId = peers.get(chat.id);
    const profile = peerId === undefined ? undefined : profileById.get(peerId);
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
