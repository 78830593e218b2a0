import { WEEKDAYS, type Weekday } from './hours-form';

/** 1 January 2024 was a Monday: the week from there names each day through Intl. */
const A_MONDAY = Date.UTC(2024, 0, 1);

export function weekdayName(day: Weekday, language: string): string {
  const at = A_MONDAY + WEEKDAYS.indexOf(day) * 24 * 60 * 60 * 1000;
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(at);
}
