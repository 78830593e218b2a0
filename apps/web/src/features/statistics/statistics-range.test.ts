import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastDays, rangeLength, rangeProblem, shiftDate, todayIn } from './statistics-range';

test('today is the date where the reader is, not in UTC', () => {
  const lateEvening = Date.UTC(2030, 0, 1, 23, 30);
  assert.equal(todayIn('UTC', lateEvening), '2030-01-01');
  assert.equal(todayIn('Asia/Tokyo', lateEvening), '2030-01-02');
  assert.equal(todayIn('America/Los_Angeles', Date.UTC(2030, 0, 1, 5)), '2029-12-31');
});

test('days shift across months, years and leap days', () => {
  assert.equal(shiftDate('2030-03-01', -1), '2030-02-28');
  assert.equal(shiftDate('2028-03-01', -1), '2028-02-29');
  assert.equal(shiftDate('2029-12-31', 1), '2030-01-01');
});

test('the last n days end today and count n days', () => {
  assert.deepEqual(lastDays(7, '2030-01-03'), { from: '2029-12-28', to: '2030-01-03' });
  assert.equal(rangeLength(lastDays(90, '2030-01-03')), 90);
  assert.equal(rangeLength({ from: '2030-01-03', to: '2030-01-03' }), 1);
});

test('a custom range needs both dates, in order, at most 366 days apart', () => {
  assert.equal(rangeProblem({ from: '', to: '2030-01-03' }), 'incomplete');
  assert.equal(rangeProblem({ from: '2030-13-45', to: '2030-01-03' }), 'incomplete');
  assert.equal(rangeProblem({ from: '2030-01-04', to: '2030-01-03' }), 'order');
  assert.equal(rangeProblem({ from: '2029-01-01', to: '2030-01-01' }), null);
  assert.equal(rangeProblem({ from: '2028-12-31', to: '2030-01-01' }), 'tooLong');
});
