import type { DayHours } from '@parley/contracts';

/** The week as the business profile stores it, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** 1 January 2024 was a Monday: day `index` of the week falls on the 1st plus `index`. */
const A_MONDAY = Date.UTC(2024, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

/** "Monday", "الاثنين", "понедельник", "星期一". */
export function weekdayName(day: Weekday, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    A_MONDAY + WEEKDAYS.indexOf(day) * DAY_MS,
  );
}

/** A stored "HH:MM" on the reader's clock: "9:30 AM", "9:30 ص", "09:30". */
export function formatTimeOfDay(time: string, language: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, hours, minutes),
  );
}

/** What one day shows: a state by name, or its spans as formatted open and close times. */
export type DaySummary =
  | { readonly mode: 'closed' | 'open_24h' | 'appointment_only' }
  | { readonly mode: 'hours'; readonly ranges: readonly { open: string; close: string }[] };

export function summarizeDay(day: DayHours, language: string): DaySummary {
  if (day.mode !== 'hours') return { mode: day.mode };
  return {
    mode: 'hours',
    ranges: day.ranges.map((range) => ({
      open: formatTimeOfDay(range.open, language),
      close: formatTimeOfDay(range.close, language),
    })),
  };
}

/** The weekday it is now where the business is; undefined for a zone this browser does not know. */
export function weekdayIn(timeZone: string, at: number): Weekday | undefined {
  try {
    const name = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone }).format(at).toLowerCase();
    return WEEKDAYS.find((day) => name.startsWith(day));
  } catch {
    return undefined;
  }
}

/**
 * The business's time zone in the reader's language ("Japan Standard Time", "توقيت اليابان
 * الرسمي"), so hours are not mistaken for the reader's own clock; the IANA name when unknown.
 */
export function timeZoneLabel(timeZone: string, language: string, at: number): string {
  try {
    const parts = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(
      at,
    );
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}
