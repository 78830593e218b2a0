import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkOpeningHours, isOpenAt, wallClock, type DayHours, type OpeningHours } from './opening-hours.js';

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

test("hours are read on the shop's wall clock, not UTC", () => {
  const tokyo = week('Asia/Tokyo');
  // Monday 09:30 in Tokyo is Monday 00:30 UTC.
  assert.equal(isOpenAt(tokyo, utc(7, 0, 30)), true);
  assert.equal(isOpenAt(week('UTC'), utc(7, 0, 30)), false);
  // Monday 17:00 in New York (UTC-5 in January) is 22:00 UTC: closing time is closed.
  assert.equal(isOpenAt(week('America/New_York'), utc(7, 21, 59)), true);
  assert.equal(isOpenAt(week('America/New_York'), utc(7, 22, 0)), false);
});

test('a span past midnight belongs to the day it opened on', () => {
  const lateBar = week('Europe/Berlin', {
    fri: { mode: 'hours', ranges: [{ open: '18:00', close: '02:00' }] },
    sat: closed,
  });
  // Saturday 01:30 in Berlin (UTC+1) is Saturday 00:30 UTC: still Friday's night.
  assert.equal(isOpenAt(lateBar, utc(12, 0, 30)), true);
  assert.equal(isOpenAt(lateBar, utc(12, 1, 0)), false);
  // Friday 23:00 Berlin.
  assert.equal(isOpenAt(lateBar, utc(11, 22, 0)), true);
});

test('a zone ahead of UTC can put the shop in the next weekday', () => {
  // Friday 23:00 UTC is Saturday 10:00 in Sydney (UTC+11 in January): closed on Saturdays.
  assert.deepEqual(wallClock(utc(11, 23), 'Australia/Sydney'), { day: 'sat', minute: 600 });
  assert.equal(isOpenAt(week('Australia/Sydney'), utc(11, 23)), false);
});

test('open all day, by appointment and split days', () => {
  const hours = week('UTC', {
    mon: { mode: 'open_24h' },
    tue: { mode: 'appointment_only' },
    wed: {
      mode: 'hours',
      ranges: [
        { open: '08:00', close: '12:00' },
        { open: '14:00', close: '18:00' },
      ],
    },
  });
  assert.equal(isOpenAt(hours, utc(7, 3)), true);
  assert.equal(isOpenAt(hours, utc(8, 10)), false);
  assert.equal(isOpenAt(hours, utc(9, 13)), false);
  assert.equal(isOpenAt(hours, utc(9, 15)), true);
});

test('malformed hours are refused', () => {
  assert.throws(() => checkOpeningHours(week('Mars/Olympus')), /time zone/);
  assert.throws(
    () =>
      checkOpeningHours(week('UTC', { mon: { mode: 'hours', ranges: [{ open: '25:00', close: '26:00' }] } })),
    /HH:MM/,
  );
  assert.throws(
    () => checkOpeningHours(week('UTC', { mon: { mode: 'hours', ranges: [] } })),
    /opening spans/,
  );
  assert.equal(checkOpeningHours(week('Europe/Moscow')).timeZone, 'Europe/Moscow');
});
