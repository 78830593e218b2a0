import type { DayHours, OpeningHours } from '@parley/contracts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type DayMode = DayHours['mode'];
export const DAY_MODES: readonly DayMode[] = ['hours', 'open_24h', 'appointment_only', 'closed'];

export interface TimeSpan {
  readonly open: string;
  readonly close: string;
}

const WORKING_DAY: TimeSpan = { open: '09:00', close: '17:00' };
/** A second span starts after a break, as a lunch break does. */
const SECOND_SPAN: TimeSpan = { open: '18:00', close: '21:00' };

/** Hours for a business that has none yet: weekdays nine to five in the given zone, weekends closed. */
export function defaultHours(timeZone: string): OpeningHours {
  const open: DayHours = { mode: 'hours', ranges: [WORKING_DAY] };
  const closed: DayHours = { mode: 'closed' };
  return {
    timeZone,
    days: { mon: open, tue: open, wed: open, thu: open, fri: open, sat: closed, sun: closed },
  };
}

export function withDay(hours: OpeningHours, day: Weekday, value: DayHours): OpeningHours {
  return { ...hours, days: { ...hours.days, [day]: value } };
}

/** A day switched to another mode; custom hours start as a working day. */
export function dayInMode(mode: DayMode): DayHours {
  return mode === 'hours' ? { mode, ranges: [WORKING_DAY] } : { mode };
}

/** A day's spans with one added (up to two, as the server allows) or one removed (at least one). */
export function withSecondSpan(ranges: readonly TimeSpan[]): TimeSpan[] {
  return ranges.length >= 2 ? [...ranges] : [...ranges, SECOND_SPAN];
}

export function withoutSpan(ranges: readonly TimeSpan[], index: number): TimeSpan[] {
  return ranges.length <= 1 ? [...ranges] : ranges.filter((_, at) => at !== index);
}

export function withSpan(ranges: readonly TimeSpan[], index: number, span: TimeSpan): TimeSpan[] {
  return ranges.map((current, at) => (at === index ? span : current));
}

/** A span whose open and close are the same time, or a time that is not HH:MM, cannot be saved. */
export function invalidDays(hours: OpeningHours): Weekday[] {
  return WEEKDAYS.filter((day) => {
    const value = hours.days[day];
    if (value.mode !== 'hours') return false;
    return value.ranges.some(
      (span) => !TIME.test(span.open) || !TIME.test(span.close) || span.open === span.close,
    );
  });
}

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/u;

/** A span that closes before it opens runs past midnight into the next day. */
export function runsPastMidnight(span: TimeSpan): boolean {
  return span.close < span.open;
}

/** The time zones to offer: the browser's list, with the one in use kept even if the list lacks it. */
export function timeZoneChoices(supported: readonly string[], current: string): string[] {
  return supported.includes(current) ? [...supported] : [current, ...supported];
}

/** The browser's own time zone, the one a new business most likely keeps its hours in. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
