import type { BusinessProfileView } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useParley } from '../../data/parley-context';
import { queryKeys } from '../../data/query-keys';

/** "Open now" turns into "Closed now" at closing time without a reload; the server decides it. */
const OPEN_NOW_REFRESH_MS = 60_000;

/** A business's profile as its customers see it; pass no id for an account that is no business. */
export function useBusinessProfile(accountId: string | undefined) {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.businessProfile(accountId ?? ''),
    queryFn: () => client.request<BusinessProfileView>('GET', `/v1/accounts/${accountId}/business-profile`),
    enabled: accountId !== undefined,
    staleTime: 30_000,
    refetchInterval: OPEN_NOW_REFRESH_MS,
  });
}
