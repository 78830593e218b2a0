import type { PublicProfileView } from '@parley/contracts';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../data/parley-context';
import { useContacts } from '../../data/queries';
import { queryKeys } from '../../data/query-keys';

/**
 * Names for a list of accounts at once (a system message can name many), resolved as
 * `useDisplayName` does: contact name, else profile name, else number. Yourself is `selfName`.
 * Shares `useAccount`'s cache entries, so each profile is fetched once.
 */
export function useDisplayNames(accountIds: readonly string[], selfName: string): string[] {
  const { client, session } = useParley();
  const { t } = useTranslation('groups');
  const { data: contacts } = useContacts();
  const profiles = useQueries({
    queries: accountIds.map((accountId) => ({
      queryKey: queryKeys.account(accountId),
      queryFn: () => client.request<PublicProfileView>('GET', `/v1/accounts/${accountId}`),
      enabled: accountId !== session.accountId,
      staleTime: 60_000,
    })),
  });
  return accountIds.map((accountId, index) => {
    if (accountId === session.accountId) return selfName;
    const contact = contacts?.find((entry) => entry.accountId === accountId);
    const profile = profiles[index]?.data;
    return contact?.name ?? (profile?.name || profile?.phone || t('someone'));
  });
}
