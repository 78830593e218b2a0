import type { StatisticsView } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useParley } from '../../data/parley-context';
import { useIsBusiness } from '../../data/queries';
import { queryKeys } from '../../data/query-keys';
import type { DateRange } from './statistics-range';

/** Today's numbers grow while the page is open. */
const STATISTICS_REFRESH_MS = 30_000;

/** Daily counts of the business's direct chats, the days counted in `timeZone`; off while `range` is null. */
export function useStatistics(range: DateRange | null, timeZone: string) {
  const { client } = useParley();
  const from = range?.from ?? '';
  const to = range?.to ?? '';
  const query = new URLSearchParams({ from, to, timeZone });
  return useQuery({
    queryKey: queryKeys.statistics(from, to, timeZone),
    queryFn: () => client.request<StatisticsView>('GET', `/v1/business/statistics?${query.toString()}`),
    enabled: useIsBusiness() && range !== null,
    refetchInterval: STATISTICS_REFRESH_MS,
  });
}
