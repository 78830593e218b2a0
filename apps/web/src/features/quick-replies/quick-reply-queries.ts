import type { QuickReplyView } from '@parley/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParley } from '../../data/parley-context';
import { useIsBusiness } from '../../data/queries';
import { queryKeys } from '../../data/query-keys';

export interface QuickReplyList {
  /** Sorted by shortcut. */
  readonly quickReplies: QuickReplyView[];
  readonly limit: number;
}

export interface QuickReplyFields {
  readonly shortcut: string;
  readonly text: string;
  readonly mediaId: string | null;
}

/** The business's quick replies; a person's account has none (the server answers 404). */
export function useQuickReplies() {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.quickReplies,
    queryFn: () => client.request<QuickReplyList>('GET', '/v1/business/quick-replies'),
    enabled: useIsBusiness(),
  });
}

function useQuickReplyMutation<Input>(run: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.quickReplies }),
  });
}

export function useSaveQuickReply() {
  const { client } = useParley();
  return useQuickReplyMutation(({ id, ...fields }: QuickReplyFields & { id?: string }) =>
    id === undefined
      ? client.request<QuickReplyView>('POST', '/v1/business/quick-replies', fields)
      : client.request<QuickReplyView>('PATCH', `/v1/business/quick-replies/${id}`, fields),
  );
}

export function useDeleteQuickReply() {
  const { client } = useParley();
  return useQuickReplyMutation((id: string) => client.request('DELETE', `/v1/business/quick-replies/${id}`));
}
