import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DayHours, OpeningHours } from '../business/index.js';
import { AWAY_REPEAT_MS, awayMessageDue, isAway } from './away-policy.js';

const nineToFive: DayHours = { mode: 'hours', ranges: [{ open: '09:00', close: '17:00' }] };
const closed: DayHours = { mode: 'closed' };
const week = (timeZone: string, overrides: Partial<OpeningHours['days']> = {}): OpeningHours => ({
  timeZone,
  days: {
    mon: nineToFive,
    tue: nineToFive,
    wed: nineToFive,
    thu: nineToFive,
    fri: nineToFive,
    sat: closed,
    sun: closed,
    ...overrides,
  },
});
// 2030-01-07 is a Monday.
const utc = (day: number, hour: number, minute = 0) => Date.UTC(2030, 0, day, hour, minute);

test('always is away at any time, with or without hours', () => {
  assert.equal(isAway('always', null, utc(7, 12)), true);
  assert.equal(isAway('always', week('UTC'), utc(7, 12)), true);
});

test('outside hours is away when the shop is closed on its own clock', () => {
  const tokyo = week('Asia/Tokyo');
  // Monday 00:30 UTC is 09:30 in Tokyo: open there, closed in London.
  assert.equal(isAway('outside_hours', tokyo, utc(7, 0, 30)), false);
  assert.equal(isAway('outside_hours', week('Europe/London'), utc(7, 0, 30)), true);
  assert.equal(isAway('outside_hours', tokyo, utc(7, 8, 0)), true);
  // Saturday midday: closed all day.
  assert.equal(isAway('outside_hours', week('UTC'), utc(12, 12)), true);
});

test('outside hours follows spans that run past midnight', () => {
  const bar = week('Europe/Berlin', { fri: { mode: 'hours', ranges: [{ open: '18:00', close: '02:00' }] } });
  // Saturday 01:30 in Berlin is Friday night's span; 02:30 is closed.
  assert.equal(isAway('outside_hours', bar, utc(12, 0, 30)), false);
  assert.equal(isAway('outside_hours', bar, utc(12, 1, 30)), true);
});

test('outside hours with no hours set is never away', () => {
  assert.equal(isAway('outside_hours', null, utc(12, 3)), false);
});

test('a custom window includes its start and excludes its end', () => {
  const schedule = { custom: { start: utc(7, 0), end: utc(14, 0) } };
  assert.equal(isAway(schedule, null, utc(7, 0) - 1), false);
  assert.equal(isAway(schedule, null, utc(7, 0)), true);
  assert.equal(isAway(schedule, week('UTC'), utc(10, 12)), true);
  assert.equal(isAway(schedule, null, utc(14, 0)), false);
});

test('the first away message to a customer is always due', () => {
  assert.equal(awayMessageDue(null, utc(7, 20), 'outside_hours', week('UTC')), true);
});

test('within one closed night a customer hears the away message once', () => {
  const hours = week('UTC');
  // Monday 18:00 and Tuesday 08:00 are the same closed span.
  assert.equal(awayMessageDue(utc(7, 18), utc(7, 18, 5), 'outside_hours', hours), false);
  assert.equal(awayMessageDue(utc(7, 18), utc(8, 8), 'outside_hours', hours), false);
});

test('after the shop was open in between, the next closed span sends it again', () => {
  const hours = week('UTC', { tue: { mode: 'hours', ranges: [{ open: '12:00', close: '13:00' }] } });
  // Tuesday 07:00, then Tuesday 14:00 after a one-hour opening at noon.
  assert.equal(awayMessageDue(utc(8, 7), utc(8, 14), 'outside_hours', hours), true);
  assert.equal(awayMessageDue(utc(8, 7), utc(8, 11, 59), 'outside_hours', hours), false);
});

test('in a long away period the customer is reminded once a day', () => {
  const last = utc(7, 10);
  assert.equal(awayMessageDue(last, last + AWAY_REPEAT_MS - 1, 'always', null), false);
  assert.equal(awayMessageDue(last, last + AWAY_REPEAT_MS, 'always', null), true);
});

test('a custom window is one period; a new window starts a new one', () => {
  const first = { custom: { start: utc(7, 0), end: utc(7, 12) } };
  assert.equal(awayMessageDue(utc(7, 1), utc(7, 11), first, null), false);
  // The last message was before this window began: the business was back in between.
  const next = { custom: { start: utc(7, 14), end: utc(7, 23) } };
  assert.equal(awayMessageDue(utc(7, 11), utc(7, 15), next, null), true);
});

test('a trigger older than the last away message never sends another', () => {
  assert.equal(awayMessageDue(utc(7, 20), utc(7, 19), 'always', null), false);
  assert.equal(awayMessageDue(utc(7, 20), utc(7, 20), 'always', null), false);
});

test('a closed weekend is one period across midnight', () => {
  // Saturday 23:00 and Sunday 09:00 UTC: closed all along.
  assert.equal(awayMessageDue(utc(12, 23), utc(13, 9), 'outside_hours', week('UTC')), false);
});
