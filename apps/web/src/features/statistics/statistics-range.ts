/** The server counts at most this many days in one answer. */
export const MAX_RANGE_DAYS = 366;

export type RangePreset = '7' | '30' | '90' | 'custom';
export const PRESETS: readonly RangePreset[] = ['7', '30', '90', 'custom'];

export interface DateRange {
  /** Calendar days as `YYYY-MM-DD`, both included. */
  readonly from: string;
  readonly to: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The reader's time zone, which the days are counted in. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Today's date in a time zone (the `en-CA` calendar writes dates as `YYYY-MM-DD`). */
export function todayIn(timeZone: string, now: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The last `days` days, today included. */
export function lastDays(days: number, today: string): DateRange {
  return { from: shiftDate(today, -(days - 1)), to: today };
}

/** How many days a range spans, both ends included. */
export function rangeLength({ from, to }: DateRange): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Why a chosen range cannot be asked for, or null when it can. */
export function rangeProblem(range: DateRange): 'incomplete' | 'order' | 'tooLong' | null {
  const valid = (date: string) => ISO_DATE.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`));
  if (!valid(range.from) || !valid(range.to)) return 'incomplete';
  if (range.from > range.to) return 'order';
  if (rangeLength(range) > MAX_RANGE_DAYS) return 'tooLong';
  return null;
}
