import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromLocalInput, scheduleForm, scheduleOf, toLocalInput } from './away-schedule';

test('a local date and time reads as that wall-clock time in the browser’s zone, and back', () => {
  const at = new Date(2030, 0, 7, 9, 30).getTime();
  assert.equal(fromLocalInput('2030-01-07T09:30'), at);
  assert.equal(toLocalInput(at), '2030-01-07T09:30');
  assert.equal(toLocalInput(new Date(2031, 10, 20, 23, 5).getTime()), '2031-11-20T23:05');
});

test('incomplete or impossible dates are not instants', () => {
  for (const value of ['', '2030-01-07', '2030-01-07T9:30', '2030-02-30T10:00', '2030-01-07T25:00', 'soon']) {
    assert.equal(fromLocalInput(value), undefined, value);
  }
});

test('a saved custom window opens as its local times; other schedules offer a day from the next hour', () => {
  const start = new Date(2030, 5, 1, 18, 0).getTime();
  const end = new Date(2030, 5, 3, 8, 0).getTime();
  assert.deepEqual(scheduleForm({ custom: { start, end } }, 0), {
    kind: 'custom',
    start: '2030-06-01T18:00',
    end: '2030-06-03T08:00',
  });
  const now = new Date(2030, 0, 7, 9, 30).getTime();
  assert.deepEqual(scheduleForm('always', now), {
    kind: 'always',
    start: '2030-01-07T10:00',
    end: '2030-01-08T10:00',
  });
  assert.equal(scheduleForm('outside_hours', now).kind, 'outside_hours');
});

test('a custom window is saved in epoch ms only when it ends after it starts', () => {
  const form = { kind: 'custom' as const, start: '2030-01-07T09:00', end: '2030-01-07T17:00' };
  assert.deepEqual(scheduleOf(form), {
    custom: { start: new Date(2030, 0, 7, 9).getTime(), end: new Date(2030, 0, 7, 17).getTime() },
  });
  assert.equal(scheduleOf({ ...form, end: form.start }), undefined);
  assert.equal(scheduleOf({ ...form, end: '2030-01-06T17:00' }), undefined);
  assert.equal(scheduleOf({ ...form, start: '' }), undefined);
  assert.equal(scheduleOf({ ...form, kind: 'always', start: '' }), 'always');
  assert.equal(scheduleOf({ ...form, kind: 'outside_hours' }), 'outside_hours');
});
