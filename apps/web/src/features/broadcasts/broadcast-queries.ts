import type {
  BroadcastListsView,
  BroadcastListView,
  BroadcastsView,
  BroadcastView,
  ClientContent,
  CreateBroadcastListBody,
  LabelRecipientsView,
  UpdateBroadcastListBody,
} from '@parley/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParley } from '../../data/parley-context';
import { useIsBusiness } from '../../data/queries';
import { queryKeys } from '../../data/query-keys';

export type BroadcastSummary = BroadcastsView['broadcasts'][number];

/** A broadcast's statuses move while its recipients' phones acknowledge; a fallback to live receipts. */
const BROADCAST_REFRESH_MS = 4000;

export function useBroadcastLists() {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.broadcastLists,
    queryFn: async () =>
      (await client.request<BroadcastListsView>('GET', '/v1/business/broadcast-lists')).lists,
    enabled: useIsBusiness(),
  });
}

export function useBroadcastList(listId: string) {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.broadcastList(listId),
    queryFn: () => client.request<BroadcastListView>('GET', `/v1/business/broadcast-lists/${listId}`),
    enabled: useIsBusiness(),
  });
}

/** Broadcasts sent, newest first. */
export function useBroadcasts(limit = 50) {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.broadcastsPage(limit),
    queryFn: async () =>
      (await client.request<BroadcastsView>('GET', `/v1/business/broadcasts?limit=${limit}`)).broadcasts,
    enabled: useIsBusiness(),
    refetchInterval: BROADCAST_REFRESH_MS * 2,
  });
}

export function useBroadcast(broadcastId: string) {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.broadcast(broadcastId),
    queryFn: () => client.request<BroadcastView>('GET', `/v1/business/broadcasts/${broadcastId}`),
    enabled: useIsBusiness(),
    refetchInterval: BROADCAST_REFRESH_MS,
  });
}

/** The people a label reaches, to add to a list; asked when the owner picks the label. */
export function useLabelRecipients() {
  const { client } = useParley();
  return useMutation({
    mutationFn: async (labelId: string) =>
      (await client.request<LabelRecipientsView>('GET', `/v1/business/labels/${labelId}/recipients`))
        .recipients,
  });
}

/** A list's change moves the lists' order and counts: the answer is cached, the lists fetched again. */
function useListMutation<Input>(run: (input: Input) => Promise<BroadcastListView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (list) => queryClient.setQueryData(queryKeys.broadcastList(list.id), list),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.broadcastLists }),
  });
}

export function useCreateBroadcastList() {
  const { client } = useParley();
  return useListMutation((body: CreateBroadcastListBody) =>
    client.request<BroadcastListView>('POST', '/v1/business/broadcast-lists', body),
  );
}

export function useUpdateBroadcastList(listId: string) {
  const { client } = useParley();
  return useListMutation((changes: UpdateBroadcastListBody) =>
    client.request<BroadcastListView>('PATCH', `/v1/business/broadcast-lists/${listId}`, changes),
  );
}

export function useDeleteBroadcastList() {
  const { client } = useParley();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (listId: string) => client.request('DELETE', `/v1/business/broadcast-lists/${listId}`),
    onSuccess: (_done, listId) => queryClient.removeQueries({ queryKey: queryKeys.broadcastList(listId) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.broadcastLists }),
  });
}

export function useSendBroadcast(listId: string) {
  const { client } = useParley();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: ClientContent) =>
      client.request<BroadcastView>('POST', `/v1/business/broadcast-lists/${listId}/broadcasts`, content),
    onSuccess: (broadcast) => {
      queryClient.setQueryData(queryKeys.broadcast(broadcast.id), broadcast);
      return queryClient.invalidateQueries({ queryKey: queryKeys.broadcasts });
    },
  });
}
