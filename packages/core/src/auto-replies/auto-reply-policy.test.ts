import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import { checkAway, checkGreeting } from './auto-reply-policy.js';

const everyone = { mode: 'everyone', phones: [] } as const;
const invalid = (error: unknown) => error instanceof DomainError && error.code === 'invalid_argument';

test('a reply is trimmed and has 1 to 4096 characters, counted as people count them', () => {
  assert.equal(checkGreeting({ enabled: true, text: '  Hello! ', audience: everyone }).text, 'Hello!');
  assert.equal(
    checkGreeting({ enabled: true, text: '😀'.repeat(4096), audience: everyone }).text.length,
    8192,
  );
  assert.throws(() => checkGreeting({ enabled: true, text: '   ', audience: everyone }), invalid);
  assert.throws(() => checkGreeting({ enabled: false, text: 'x'.repeat(4097), audience: everyone }), invalid);
});

test('a custom away window must end after it starts', () => {
  const away = (start: number, end: number) => ({
    enabled: true,
    text: 'On holiday',
    schedule: { custom: { start, end } },
    audience: everyone,
  });
  assert.deepEqual(checkAway(away(1_000, 2_000)).schedule, { custom: { start: 1_000, end: 2_000 } });
  assert.throws(() => checkAway(away(2_000, 2_000)), invalid);
  assert.throws(() => checkAway(away(3_000, 2_000)), invalid);
  assert.throws(() => checkAway(away(-5, 2_000)), invalid);
  assert.equal(checkAway({ ...away(0, 1), schedule: 'outside_hours' }).schedule, 'outside_hours');
});
