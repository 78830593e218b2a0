import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  dayInMode,
  defaultHours,
  invalidDays,
  runsPastMidnight,
  timeZoneChoices,
  withDay,
  withoutSpan,
  withSecondSpan,
  withSpan,
} from './hours-form';

test('new hours are weekdays nine to five in the given zone, weekends closed', () => {
  const hours = defaultHours('Europe/Berlin');
  assert.equal(hours.timeZone, 'Europe/Berlin');
  assert.deepEqual(hours.days.mon, { mode: 'hours', ranges: [{ open: '09:00', close: '17:00' }] });
  assert.deepEqual(hours.days.sun, { mode: 'closed' });
});

test('changing one day leaves the others', () => {
  const hours = withDay(defaultHours('UTC'), 'sat', dayInMode('appointment_only'));
  assert.deepEqual(hours.days.sat, { mode: 'appointment_only' });
  assert.deepEqual(hours.days.sun, { mode: 'closed' });
  assert.deepEqual(dayInMode('hours'), { mode: 'hours', ranges: [{ open: '09:00', close: '17:00' }] });
  assert.deepEqual(dayInMode('open_24h'), { mode: 'open_24h' });
});

test('a day has one or two spans', () => {
  const one = [{ open: '09:00', close: '13:00' }];
  const two = withSecondSpan(one);
  assert.equal(two.length, 2);
  assert.equal(withSecondSpan(two).length, 2);
  assert.deepEqual(withoutSpan(two, 0), [two[1]]);
  assert.deepEqual(withoutSpan(one, 0), one);
  assert.deepEqual(withSpan(two, 1, { open: '14:00', close: '18:00' })[1], { open: '14:00', close: '18:00' });
});

test('a span of no length or an unfinished time keeps its day from being saved', () => {
  const hours = withDay(
    withDay(defaultHours('UTC'), 'tue', { mode: 'hours', ranges: [{ open: '10:00', close: '10:00' }] }),
    'wed',
    { mode: 'hours', ranges: [{ open: '', close: '12:00' }] },
  );
  assert.deepEqual(invalidDays(hours), ['tue', 'wed']);
  assert.deepEqual(invalidDays(defaultHours('UTC')), []);
});

test('a close before the open runs past midnight', () => {
  assert.ok(runsPastMidnight({ open: '18:00', close: '02:00' }));
  assert.ok(!runsPastMidnight({ open: '09:00', close: '17:00' }));
});

test('the zone in use is always offered', () => {
  assert.deepEqual(timeZoneChoices(['Europe/Berlin'], 'UTC'), ['UTC', 'Europe/Berlin']);
  assert.deepEqual(timeZoneChoices(['UTC'], 'UTC'), ['UTC']);
});
