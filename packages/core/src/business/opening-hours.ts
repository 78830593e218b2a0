import { DomainError } from '../shared/errors.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A span within one day, as "HH:MM" wall-clock times; a close before the open runs past midnight. */
export interface TimeRange {
  readonly open: string;
  readonly close: string;
}

/** The Business app's choices for a day. */
export type DayHours =
  | { readonly mode: 'closed' }
  | { readonly mode: 'open_24h' }
  | { readonly mode: 'appointment_only' }
  | { readonly mode: 'hours'; readonly ranges: readonly TimeRange[] };

export interface OpeningHours {
  /** An IANA zone such as Europe/Berlin: hours are the shop's wall clock, wherever customers are. */
  readonly timeZone: string;
  readonly days: Readonly<Record<Weekday, DayHours>>;
}

export const MAX_RANGES_PER_DAY = 2;
const TIME = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

const minutesOf = (time: string): number => {
  const match = TIME.exec(time);
  if (match === null) throw new DomainError('invalid_argument', `"${time}" is not a time of day (HH:MM)`);
  return Number(match[1]) * 60 + Number(match[2]);
};

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Refuses an unknown zone, a malformed time, an empty span or more spans than the app offers. */
export function checkOpeningHours(hours: OpeningHours): OpeningHours {
  if (!isValidTimeZone(hours.timeZone)) {
    throw new DomainError('invalid_argument', `Unknown time zone "${hours.timeZone}"`);
  }
  for (const day of WEEKDAYS) {
    const schedule = hours.days[day];
    if (schedule === undefined) throw new DomainError('invalid_argument', `Hours for ${day} are missing`);
    if (schedule.mode !== 'hours') continue;
    if (schedule.ranges.length === 0 || schedule.ranges.length > MAX_RANGES_PER_DAY) {
      throw new DomainError(
        'invalid_argument',
        `A day has between 1 and ${MAX_RANGES_PER_DAY} opening spans`,
      );
    }
    for (const range of schedule.ranges) {
      if (minutesOf(range.open) === minutesOf(range.close)) {
        throw new DomainError('invalid_argument', 'An opening span must not open and close at the same time');
      }
    }
  }
  return hours;
}

/** The weekday and minute of the day that an instant is on a zone's wall clock. */
export function wallClock(at: number, timeZone: string): { day: Weekday; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = part('weekday').toLowerCase().slice(0, 3) as Weekday;
  return { day, minute: Number(part('hour')) * 60 + Number(part('minute')) };
}

const previousDay = (day: Weekday): Weekday => WEEKDAYS[(WEEKDAYS.indexOf(day) + 6) % 7]!;

/**
 * Whether the business is open at an instant. A span that closes after midnight belongs to the
 * day it opened on, so Friday 22:00–02:00 covers Saturday 01:30. "By appointment" counts as closed:
 * nobody is there to answer right away.
 */
export function isOpenAt(hours: OpeningHours, at: number): boolean {
  const { day, minute } = wallClock(at, hours.timeZone);
  const today = hours.days[day];
  if (today.mode === 'open_24h') return true;
  if (today.mode === 'hours') {
    for (const range of today.ranges) {
      const open = minutesOf(range.open);
      const close = minutesOf(range.close);
      if (close > open ? minute >= open && minute < close : minute >= open) return true;
    }
  }
  const yesterday = hours.days[previousDay(day)];
  if (yesterday.mode === 'hours') {
    for (const range of yesterday.ranges) {
      const open = minutesOf(range.open);
      const close = minutesOf(range.close);
      if (close < open && minute < close) return true;
    }
  }
  return false;
}
