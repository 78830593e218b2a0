import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTimeOfDay, summarizeDay, timeZoneLabel, weekdayIn, weekdayName } from './opening-hours';

test('weekdays are named in the reader’s language, Monday first', () => {
  assert.equal(weekdayName('mon', 'en'), 'Monday');
  assert.equal(weekdayName('sun', 'en'), 'Sunday');
  assert.equal(weekdayName('mon', 'ru'), 'понедельник');
  assert.equal(weekdayName('fri', 'zh'), '星期五');
  assert.equal(weekdayName('mon', 'ar'), 'الاثنين');
});

test('stored 24-hour times show on the reader’s clock', () => {
  assert.equal(formatTimeOfDay('09:30', 'en').replace(/\s/g, ' '), '9:30 AM');
  assert.equal(formatTimeOfDay('21:05', 'en').replace(/\s/g, ' '), '9:05 PM');
  assert.equal(formatTimeOfDay('00:00', 'ru'), '0:00');
  assert.equal(formatTimeOfDay('17:45', 'ru'), '17:45');
});

test('a day is a named state or its spans, a span past midnight kept as stored', () => {
  assert.deepEqual(summarizeDay({ mode: 'closed' }, 'ru'), { mode: 'closed' });
  assert.deepEqual(summarizeDay({ mode: 'appointment_only' }, 'ru'), { mode: 'appointment_only' });
  assert.deepEqual(
    summarizeDay(
      {
        mode: 'hours',
        ranges: [
          { open: '09:00', close: '13:00' },
          { open: '18:00', close: '02:00' },
        ],
      },
      'ru',
    ),
    {
      mode: 'hours',
      ranges: [
        { open: '9:00', close: '13:00' },
        { open: '18:00', close: '2:00' },
      ],
    },
  );
});

test('today is the weekday where the business is, not where the reader is', () => {
  // Monday 2024-01-01 at 20:00 UTC is already Tuesday in Tokyo and still Monday in New York.
  const at = Date.UTC(2024, 0, 1, 20, 0);
  assert.equal(weekdayIn('Asia/Tokyo', at), 'tue');
  assert.equal(weekdayIn('America/New_York', at), 'mon');
  assert.equal(weekdayIn('Not/AZone', at), undefined);
});

test('the time zone is named in the reader’s language, or by its id when unknown', () => {
  const at = Date.UTC(2024, 0, 1);
  assert.equal(timeZoneLabel('Asia/Tokyo', 'en', at), 'Japan Standard Time');
  assert.equal(timeZoneLabel('Asia/Tokyo', 'zh', at), '日本标准时间');
  assert.equal(timeZoneLabel('Not/AZone', 'en', at), 'Not/AZone');
});
