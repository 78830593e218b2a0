import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import { checkStatisticsRange, dailyActivity, STATISTICS_LIMITS } from './statistics-range.js';

const refusedWith = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof DomainError);
    assert.equal(error.code, 'invalid_argument');
    return error.message;
  }
  assert.fail('was accepted');
};

const bucket = (
  iso: string,
  counts: Partial<{ sent: number; delivered: number; read: number; received: number }>,
) => ({
  start: Date.parse(iso),
  sent: 0,
  delivered: 0,
  read: 0,
  received: 0,
  ...counts,
});

test('a range lists every date from first to last, and defaults to UTC', () => {
  const range = checkStatisticsRange('2030-02-27', '2030-03-02');
  assert.equal(range.timeZone, 'UTC');
  assert.deepEqual(range.dates, ['2030-02-27', '2030-02-28', '2030-03-01', '2030-03-02']);
});

test('a range covers at most 366 days', () => {
  assert.equal(STATISTICS_LIMITS.days, 366);
  assert.equal(checkStatisticsRange('2032-01-01', '2032-12-31').dates.length, 366);
  assert.match(
    refusedWith(() => checkStatisticsRange('2031-01-01', '2032-01-02')),
    /366/,
  );
});

test('malformed dates, reversed ranges and unknown zones are refused', () => {
  refusedWith(() => checkStatisticsRange('2030-02-30', '2030-03-01'));
  refusedWith(() => checkStatisticsRange('2030-3-1', '2030-03-01'));
  refusedWith(() => checkStatisticsRange('0050-01-01', '0050-01-02'));
  refusedWith(() => checkStatisticsRange('2030-03-02', '2030-03-01'));
  refusedWith(() => checkStatisticsRange('2030-03-01', '2030-03-01', 'Mars/Olympus'));
});

test('the scan interval holds every local day of the range in any zone', () => {
  const range = checkStatisticsRange('2030-03-01', '2030-03-01', 'Pacific/Kiritimati');
  assert.ok(range.scanFrom <= Date.parse('2030-02-28T10:00:00Z'));
  assert.ok(range.scanTo >= Date.parse('2030-03-02T12:00:00Z'));
});

test('quarter hours fall on the local day of the requested zone', () => {
  const buckets = [
    bucket('2030-03-01T22:45:00Z', { sent: 2, delivered: 2, read: 1 }),
    bucket('2030-03-01T23:00:00Z', { received: 3 }),
    bucket('2030-03-02T10:00:00Z', { sent: 1 }),
  ];
  const utc = dailyActivity(checkStatisticsRange('2030-03-01', '2030-03-02'), buckets);
  assert.deepEqual(utc.days, [
    { date: '2030-03-01', sent: 2, delivered: 2, read: 1, received: 3 },
    { date: '2030-03-02', sent: 1, delivered: 0, read: 0, received: 0 },
  ]);
  // Berlin is UTC+1 in March: 23:00 UTC is already the next day there.
  const berlin = dailyActivity(checkStatisticsRange('2030-03-01', '2030-03-02', 'Europe/Berlin'), buckets);
  assert.deepEqual(berlin.days, [
    { date: '2030-03-01', sent: 2, delivered: 2, read: 1, received: 0 },
    { date: '2030-03-02', sent: 1, delivered: 0, read: 0, received: 3 },
  ]);
  assert.deepEqual(berlin.totals, { sent: 3, delivered: 2, read: 1, received: 3 });
});

test('days without messages are zeros, and buckets outside the range are dropped', () => {
  const { days, totals } = dailyActivity(checkStatisticsRange('2030-03-01', '2030-03-03', 'Asia/Kathmandu'), [
    bucket('2030-02-28T18:00:00Z', { sent: 5 }),
    // Kathmandu is UTC+5:45: 18:15 UTC is 00:00 on the next day.
    bucket('2030-03-01T18:15:00Z', { sent: 1 }),
  ]);
  assert.deepEqual(
    days.map((d) => [d.date, d.sent]),
    [
      ['2030-03-01', 0],
      ['2030-03-02', 1],
      ['2030-03-03', 0],
    ],
  );
  assert.equal(totals.sent, 1);
});
