import { isValidTimeZone } from '../business/index.js';
import { DomainError } from '../shared/errors.js';
import type { ActivityBucket, ActivityCounts, DailyActivity } from './statistics.js';

const DAY_MS = 86_400_000;

export const STATISTICS_LIMITS = Object.freeze({
  days: 366,
  /**
   * Counts are gathered per quarter hour: every time zone's offset and every change of it falls
   * on a quarter hour, so each bucket lies within one local day of any zone.
   */
  bucketMs: 15 * 60_000,
});

/** No zone is further than this from UTC (Pacific/Kiritimati is +14, Etc/GMT+12 is -12). */
const MAX_OFFSET_MS = 14 * 3_600_000;

export interface StatisticsRange {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  /** Every date of the range, oldest first. */
  readonly dates: readonly string[];
  /** An interval in UTC (start inclusive, end exclusive) wide enough to hold every local day of the range. */
  readonly scanFrom: number;
  readonly scanTo: number;
}

function dayNumberOf(date: string, label: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const at = match === null ? NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 2030-02-30 over to March; a real date survives the round trip.
  if (Number.isNaN(at) || new Date(at).toISOString().slice(0, 10) !== date) {
    throw new DomainError(
      'invalid_argument',
      `${label} must be a date as YYYY-MM-DD, not "${date.slice(0, 20)}"`,
    );
  }
  return at / DAY_MS;
}

const dateOfDayNumber = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Checks a range of calendar days in a time zone: real dates, in order, at most a year and a day. */
export function checkStatisticsRange(from: string, to: string, timeZone = 'UTC'): StatisticsRange {
  if (!isValidTimeZone(timeZone)) {
    throw new DomainError('invalid_argument', `Unknown time zone "${timeZone.slice(0, 64)}"`);
  }
  const first = dayNumberOf(from, 'from');
  const last = dayNumberOf(to, 'to');
  if (last < first) throw new DomainError('invalid_argument', '"from" must not be after "to"');
  if (last - first + 1 > STATISTICS_LIMITS.days) {
    throw new DomainError('invalid_argument', `A range covers at most ${STATISTICS_LIMITS.days} days`);
  }
  const dates = Array.from({ length: last - first + 1 }, (_, i) => dateOfDayNumber(first + i));
  return {
    from,
    to,
    timeZone,
    dates,
    scanFrom: first * DAY_MS - MAX_OFFSET_MS,
    scanTo: (last + 1) * DAY_MS + MAX_OFFSET_MS,
  };
}

const calendarOf = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

function isoDate(calendar: Intl.DateTimeFormat, at: number): string {
  const parts = calendar.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const ZERO: ActivityCounts = { sent: 0, delivered: 0, read: 0, received: 0 };
const add = (a: ActivityCounts, b: ActivityCounts): ActivityCounts => ({
  sent: a.sent + b.sent,
  delivered: a.delivered + b.delivered,
  read: a.read + b.read,
  received: a.received + b.received,
});

/** Sums quarter-hour buckets into the local days of the range; buckets outside it are dropped. */
export function dailyActivity(
  range: StatisticsRange,
  buckets: readonly ActivityBucket[],
): { days: DailyActivity[]; totals: ActivityCounts } {
  const byDate = new Map<string, ActivityCounts>(range.dates.map((date) => [date, ZERO]));
  const calendar = calendarOf(range.timeZone);
  for (const bucket of buckets) {
    const date = isoDate(calendar, bucket.start);
    const day = byDate.get(date);
    if (day !== undefined) byDate.set(date, add(day, bucket));
  }
  const days = [...byDate].map(([date, counts]) => ({ date, ...counts }));
  return { days, totals: days.reduce<ActivityCounts>((sum, day) => add(sum, day), ZERO) };
}
