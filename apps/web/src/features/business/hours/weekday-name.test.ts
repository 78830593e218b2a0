import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weekdayName } from './weekday-name';

test('weekdays are named in the reader’s language', () => {
  assert.equal(weekdayName('mon', 'en'), 'Monday');
  assert.equal(weekdayName('sun', 'en'), 'Sunday');
  assert.equal(weekdayName('fri', 'ru'), 'пятница');
});
