import type { Statistics } from './statistics.js';
import { checkStatisticsRange, dailyActivity } from './statistics-range.js';
import type { ActivityReader } from './ports.js';

export interface StatisticsDeps {
  readonly activity: ActivityReader;
  /** Refuses accounts that are not businesses. */
  readonly assertBusiness: (accountId: string) => Promise<void>;
}

export function createStatisticsService(deps: StatisticsDeps) {
  return {
    /** Messages sent, delivered, read and received per day of [from, to] on the zone's calendar. */
    async daily(
      businessId: string,
      query: { from: string; to: string; timeZone?: string },
    ): Promise<Statistics> {
      await deps.assertBusiness(businessId);
      const range = checkStatisticsRange(query.from, query.to, query.timeZone);
      const buckets = await deps.activity.activity(businessId, range.scanFrom, range.scanTo);
      return { from: range.from, to: range.to, timeZone: range.timeZone, ...dailyActivity(range, buckets) };
    },
  };
}

export type StatisticsService = ReturnType<typeof createStatisticsService>;
