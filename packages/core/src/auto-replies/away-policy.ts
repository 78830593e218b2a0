import { isOpenAt, type OpeningHours } from '../business/index.js';
import type { AwaySchedule } from './auto-reply.js';

/** A customer who writes again this long after their last away message is told again. */
export const AWAY_REPEAT_MS = 24 * 60 * 60 * 1000;
/** How finely the time between two away messages is searched for an opening. */
export const AWAY_OPENING_PROBE_MS = 15 * 60 * 1000;

/**
 * Whether the away message applies at an instant. Outside hours with no hours set is never away:
 * a business that never said when it is open is not known to be closed.
 */
export function isAway(schedule: AwaySchedule, hours: OpeningHours | null, at: number): boolean {
  if (schedule === 'always') return true;
  if (schedule === 'outside_hours') return hours !== null && !isOpenAt(hours, at);
  return at >= schedule.custom.start && at < schedule.custom.end;
}

/**
 * Stops away messages from flooding a customer who writes many messages while the business is
 * away: each customer gets at most one away message per away period, where a period ends when the
 * business is back (found by probing every 15 minutes between the two messages, so an opening
 * shorter than that may go unnoticed). In a long period (a holiday set to "always") the customer
 * is reminded once a day. A trigger older than the last away message (events arriving out of
 * order) never sends another.
 */
export function awayMessageDue(
  lastAwayAt: number | null,
  at: number,
  schedule: AwaySchedule,
  hours: OpeningHours | null,
): boolean {
  if (lastAwayAt === null) return true;
  if (at <= lastAwayAt) return false;
  if (at - lastAwayAt >= AWAY_REPEAT_MS) return true;
  for (let probe = lastAwayAt + AWAY_OPENING_PROBE_MS; probe < at; probe += AWAY_OPENING_PROBE_MS) {
    if (!isAway(schedule, hours, probe)) return true;
  }
  return false;
}
