import { currentLanguage } from './setup';

/** Dates, times, numbers and sizes in the reader's language, through Intl. */

const DAY_MS = 24 * 60 * 60 * 1000;

export function formatTime(at: number): string {
  return new Intl.DateTimeFormat(currentLanguage(), { hour: 'numeric', minute: '2-digit' }).format(at);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLanguage()).format(value);
}

/** "Today", "Yesterday", a weekday within the week, else the date: as chat lists and day dividers show it. */
export function formatDay(at: number, now = Date.now()): string {
  const language = currentLanguage();
  const days = Math.round((startOfDay(now) - startOfDay(at)) / DAY_MS);
  if (days < 2) {
    return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(-days, 'day');
  }
  if (days < 7) return new Intl.DateTimeFormat(language, { weekday: 'long' }).format(at);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(at);
}

/** The chat list's stamp: the time today, else the day. */
export function formatListStamp(at: number, now = Date.now()): string {
  return startOfDay(at) === startOfDay(now) ? formatTime(at) : formatDay(at, now);
}

export function formatFileSize(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(currentLanguage(), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** A media length as m:ss. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const twoDigits = new Intl.NumberFormat(currentLanguage(), { minimumIntegerDigits: 2 });
  return `${formatNumber(Math.floor(whole / 60))}:${twoDigits.format(whole % 60)}`;
}

export function startOfDay(at: number): number {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}
