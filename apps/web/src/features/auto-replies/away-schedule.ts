import type { AwayView } from '@parley/contracts';

export type AwaySchedule = AwayView['schedule'];
export type ScheduleKind = 'always' | 'outside_hours' | 'custom';
export const SCHEDULE_KINDS: readonly ScheduleKind[] = ['always', 'outside_hours', 'custom'];

/** The schedule as the form edits it: a custom window as two `datetime-local` values in local time. */
export interface ScheduleForm {
  readonly kind: ScheduleKind;
  readonly start: string;
  readonly end: string;
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** An instant as a `datetime-local` value (YYYY-MM-DDTHH:MM) in the browser's time zone. */
export function toLocalInput(at: number): string {
  const date = new Date(at);
  const day = `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
  return `${day}T${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/**
 * A `datetime-local` value read in the browser's time zone, as epoch ms; undefined when it is not
 * a whole date and time. Parsed by hand because `Date.parse` of such strings varies by engine.
 */
export function fromLocalInput(value: string): number | undefined {
  const parts = LOCAL_INPUT.exec(value);
  if (parts === null) return undefined;
  const [year, month, day, hour, minute] = parts.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(year, month - 1, day, hour, minute);
  // Rolled-over values (Feb 30, 25:00) are typos, not other dates.
  return date.getMonth() === month - 1 && date.getDate() === day && date.getHours() === hour
    ? date.getTime()
    : undefined;
}

/** The form's starting point: the saved window, else one day from the next full hour. */
export function scheduleForm(schedule: AwaySchedule, now: number): ScheduleForm {
  if (typeof schedule === 'object') {
    return {
      kind: 'custom',
      start: toLocalInput(schedule.custom.start),
      end: toLocalInput(schedule.custom.end),
    };
  }
  const nextHour = Math.ceil(now / HOUR_MS) * HOUR_MS;
  return { kind: schedule, start: toLocalInput(nextHour), end: toLocalInput(nextHour + DAY_MS) };
}

/** The schedule to save, or undefined when a custom window is incomplete or ends before it starts. */
export function scheduleOf(form: ScheduleForm): AwaySchedule | undefined {
  if (form.kind !== 'custom') return form.kind;
  const start = fromLocalInput(form.start);
  const end = fromLocalInput(form.end);
  return start !== undefined && end !== undefined && end > start ? { custom: { start, end } } : undefined;
}
