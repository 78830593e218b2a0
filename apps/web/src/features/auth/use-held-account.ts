import type { AccountView } from '@parley/contracts';
import { ParleyClient } from '@parley/sdk';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../data/query-keys';
import type { StoredSession } from '../../session/session-storage';

/**
 * Another account held in this browser, as its own device sees it: the live connection is the
 * active account's, so this asks once with the other device's token.
 */
export function useHeldAccount(session: StoredSession) {
  return useQuery({
    queryKey: queryKeys.heldAccount(session.accountId),
    queryFn: () => {
      const client = new ParleyClient({ baseUrl: window.location.origin });
      client.resumeSession(session);
      return client.request<AccountView>('GET', '/v1/me');
    },
    staleTime: 60_000,
    retry: false,
  });
}
