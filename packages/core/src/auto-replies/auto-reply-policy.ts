import { DomainError } from '../shared/errors.js';
import { checkAudience } from './audience.js';
import {
  AUTO_REPLY_LIMITS,
  type AwaySchedule,
  type AwaySettings,
  type GreetingSettings,
} from './auto-reply.js';

function checkText(input: string): string {
  const text = input.trim();
  const length = [...text].length;
  if (length < 1 || length > AUTO_REPLY_LIMITS.text) {
    throw new DomainError('invalid_argument', `A reply has 1 to ${AUTO_REPLY_LIMITS.text} characters`);
  }
  return text;
}

function checkSchedule(schedule: AwaySchedule): AwaySchedule {
  if (schedule === 'always' || schedule === 'outside_hours') return schedule;
  const { start, end } = schedule.custom;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start) {
    throw new DomainError('invalid_argument', 'A custom away schedule ends after it starts');
  }
  return { custom: { start, end } };
}

/** A greeting as stored: text trimmed, numbers normalised. */
export function checkGreeting(greeting: GreetingSettings): GreetingSettings {
  return {
    enabled: greeting.enabled,
    text: checkText(greeting.text),
    audience: checkAudience(greeting.audience),
  };
}

/** An away message as stored: text trimmed, numbers normalised, the schedule checked. */
export function checkAway(away: AwaySettings): AwaySettings {
  return {
    enabled: away.enabled,
    text: checkText(away.text),
    schedule: checkSchedule(away.schedule),
    audience: checkAudience(away.audience),
  };
}
