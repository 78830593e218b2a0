import type {
  AccountView,
  ChatDetailsView,
  ChatSummaryView,
  MediaView,
  PublicProfileView,
} from '@parley/contracts';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { useParley } from './parley-context';
import { queryKeys } from './query-keys';

export type ChatSummary = ChatSummaryView;
export type ChatDetails = ChatDetailsView;

export interface Contact {
  readonly phone: string;
  readonly name: string;
  readonly accountId: string | null;
  readonly createdAt: number;
}

export function useMe() {
  const { client } = useParley();
  return useQuery({ queryKey: queryKeys.me, queryFn: () => client.request<AccountView>('GET', '/v1/me') });
}

/**
 * Whether the signed-in account is a business: the Business app's tools exist only for one (a
 * person's account gets 404 from them), so their queries wait for this. False until `/v1/me` is in.
 */
export function useIsBusiness(): boolean {
  return useMe().data?.kind === 'business';
}

export function useChats() {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.chats,
    queryFn: async () => (await client.request<{ chats: ChatSummary[] }>('GET', '/v1/chats')).chats,
  });
}

export function useChat(chatId: string) {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.chat(chatId),
    queryFn: () => client.request<ChatDetails>('GET', `/v1/chats/${chatId}`),
  });
}

/** Another account's public profile; profiles change rarely, so they are kept for a minute. */
export function useAccount(accountId: string | undefined) {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.account(accountId ?? ''),
    queryFn: () => client.request<PublicProfileView>('GET', `/v1/accounts/${accountId}`),
    enabled: accountId !== undefined,
    staleTime: 60_000,
  });
}

export function useContacts() {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.contacts,
    queryFn: async () => (await client.request<{ contacts: Contact[] }>('GET', '/v1/contacts')).contacts,
  });
}

/**
 * How the app names an account, as a phone does: your own contact name for it, else the name
 * its owner chose, else its number. `self` is "You".
 */
export function useDisplayName(accountId: string | undefined): {
  name: string;
  phone: string;
  self: boolean;
} {
  const { session } = useParley();
  const { data: contacts } = useContacts();
  const { data: profile } = useAccount(accountId);
  const contact = contacts?.find((entry) => entry.accountId === accountId);
  return {
    name: contact?.name ?? (profile?.name || profile?.phone || ''),
    phone: profile?.phone ?? contact?.phone ?? '',
    self: accountId === session.accountId,
  };
}

/**
 * An object URL for a media file or its thumbnail, fetched with the device token and cached; the
 * URL is released when the cache drops it (see `releaseMediaUrls`).
 */
export function useMediaUrl(mediaId: string | null | undefined, variant: 'file' | 'thumbnail' = 'file') {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.media(mediaId ?? '', variant),
    queryFn: async () => URL.createObjectURL(await client.downloadMedia(mediaId ?? '', variant)),
    enabled: typeof mediaId === 'string',
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  });
}

/** Releases each media object URL when its query leaves the cache, so the file leaves memory. */
export function releaseMediaUrls(queryClient: QueryClient): void {
  queryClient.getQueryCache().subscribe((event) => {
    const data: unknown = event.query.state.data;
    if (
      event.type === 'removed' &&
      event.query.queryKey[0] === queryKeys.media('', 'file')[0] &&
      typeof data === 'string'
    ) {
      URL.revokeObjectURL(data);
    }
  });
}

/** Every member's receipt watermarks in a chat, live. */
export function useWatermarks(chatId: string) {
  const { live } = useParley();
  return useSyncExternalStore(live.subscribe, () => live.watermarksOf(chatId));
}

/** Who is typing or recording in a chat now, live. */
export function useTyping(chatId: string) {
  const { live } = useParley();
  return useSyncExternalStore(live.subscribe, () => live.typingIn(chatId));
}

/** Whether an account is online and when it was last seen; subscribes while mounted. */
export function usePresence(accountId: string | undefined) {
  const { live, client, status } = useParley();
  useEffect(() => {
    if (accountId !== undefined && status === 'online') client.realtime.subscribePresence([accountId]);
  }, [accountId, client, status]);
  return useSyncExternalStore(live.subscribe, () =>
    accountId === undefined ? undefined : live.presenceOf(accountId),
  );
}

/** A media file's facts (type, size, filename, image size); they never change once uploaded. */
export function useMediaInfo(mediaId: string | null | undefined) {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.mediaInfo(mediaId ?? ''),
    queryFn: () => client.request<MediaView>('GET', `/v1/media/${mediaId}/info`),
    enabled: typeof mediaId === 'string',
    staleTime: Infinity,
  });
}
