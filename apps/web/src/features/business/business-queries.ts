import type { AccountView, BusinessProfileView, UpdateBusinessProfileBody } from '@parley/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParley } from '../../data/parley-context';
import { queryKeys } from '../../data/query-keys';

/** The signed-in business's own profile (`GET /v1/me/business-profile`). */
export function useOwnBusinessProfile() {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.ownBusinessProfile,
    queryFn: () => client.request<BusinessProfileView>('GET', '/v1/me/business-profile'),
  });
}

/** `PATCH /v1/me/business-profile`; the answer is the whole profile, so the cache takes it as is. */
export function useUpdateBusinessProfile() {
  const { client } = useParley();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateBusinessProfileBody) =>
      client.request<BusinessProfileView>('PATCH', '/v1/me/business-profile', changes),
    onSuccess: (profile) => queryClient.setQueryData(queryKeys.ownBusinessProfile, profile),
  });
}

/** `PUT /v1/me/kind {kind:'business'}`: one way, the chats stay. */
export function useConvertToBusiness() {
  const { client } = useParley();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.request<AccountView>('PUT', '/v1/me/kind', { kind: 'business' }),
    onSuccess: (account) => queryClient.setQueryData(queryKeys.me, account),
  });
}
