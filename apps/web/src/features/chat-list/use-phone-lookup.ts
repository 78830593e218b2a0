import { useQuery } from '@tanstack/react-query';
import { useParley } from '../../data/parley-context';
import { queryKeys } from '../../data/query-keys';
import { looksLikePhone } from './looks-like-phone';

interface LookupResult {
  readonly input: string;
  readonly phone: string | null;
  readonly accountId: string | null;
}

/** Whether a typed number is on Parley; asked only once the text looks like a whole number. */
export function usePhoneLookup(text: string) {
  const { client } = useParley();
  const input = text.trim();
  return useQuery({
    queryKey: queryKeys.phoneLookup(input),
    queryFn: async () => {
      const { results } = await client.request<{ results: LookupResult[] }>('POST', '/v1/contacts/lookup', {
        phones: [input],
      });
      return results[0] ?? { input, phone: null, accountId: null };
    },
    enabled: looksLikePhone(input),
    staleTime: 30_000,
  });
}
