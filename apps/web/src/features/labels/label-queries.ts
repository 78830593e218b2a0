import type { LabelAssignmentsView, LabelView } from '@parley/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParley } from '../../data/parley-context';
import { useIsBusiness } from '../../data/queries';
import { queryKeys } from '../../data/query-keys';

export interface LabelList {
  readonly labels: LabelView[];
  /** How many labels the business may have, defaults included. */
  readonly limit: number;
}

export function useLabels() {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.labels,
    queryFn: () => client.request<LabelList>('GET', '/v1/business/labels'),
    enabled: useIsBusiness(),
  });
}

export function useLabelAssignments() {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.labelAssignments,
    queryFn: () => client.request<LabelAssignmentsView>('GET', '/v1/business/label-assignments'),
    enabled: useIsBusiness(),
  });
}

/** A change to labels moves counts and assignments both; the two lists are fetched again. */
function useLabelMutation<Input>(run: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.labels }),
        queryClient.invalidateQueries({ queryKey: queryKeys.labelAssignments }),
      ]);
    },
  });
}

export interface LabelFields {
  readonly name: string;
  readonly colour: number;
}

export function useCreateLabel() {
  const { client } = useParley();
  return useLabelMutation((fields: LabelFields) =>
    client.request<LabelView>('POST', '/v1/business/labels', fields),
  );
}

export function useUpdateLabel() {
  const { client } = useParley();
  return useLabelMutation(({ labelId, ...changes }: Partial<LabelFields> & { labelId: string }) =>
    client.request<LabelView>('PATCH', `/v1/business/labels/${labelId}`, changes),
  );
}

export function useDeleteLabel() {
  const { client } = useParley();
  return useLabelMutation((labelId: string) => client.request('DELETE', `/v1/business/labels/${labelId}`));
}

/** Puts a label on a chat or a saved contact (by its number), or takes it off. */
export interface LabelTarget {
  readonly kind: 'chat' | 'contact';
  /** The chat id, or the contact's phone number. */
  readonly id: string;
}

export function useSetLabel() {
  const { client } = useParley();
  return useLabelMutation(({ labelId, target, on }: { labelId: string; target: LabelTarget; on: boolean }) =>
    client.request(
      on ? 'PUT' : 'DELETE',
      `/v1/business/labels/${labelId}/${target.kind === 'chat' ? 'chats' : 'contacts'}/${encodeURIComponent(target.id)}`,
    ),
  );
}
