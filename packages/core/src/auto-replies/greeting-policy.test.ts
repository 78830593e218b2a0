import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GREETING_SILENCE_MS, shouldGreet } from './greeting-policy.js';

const DAY = 24 * 60 * 60 * 1000;
const at = Date.UTC(2030, 0, 15, 12);

test("a customer's first message in the chat is greeted", () => {
  assert.equal(shouldGreet({ lastActivityAt: null, customerWroteBefore: false }, at), true);
});

test('the first customer message after the business wrote first is greeted too', () => {
  assert.equal(shouldGreet({ lastActivityAt: at - 60_000, customerWroteBefore: false }, at), true);
});

test('a conversation under way is not greeted', () => {
  assert.equal(shouldGreet({ lastActivityAt: at - 60_000, customerWroteBefore: true }, at), false);
  assert.equal(shouldGreet({ lastActivityAt: at - 13 * DAY, customerWroteBefore: true }, at), false);
});

test('after 14 days in which nobody wrote, the customer is greeted again; 14 days exactly count', () => {
  assert.equal(GREETING_SILENCE_MS, 14 * DAY);
  assert.equal(shouldGreet({ lastActivityAt: at - 14 * DAY, customerWroteBefore: true }, at), true);
  assert.equal(shouldGreet({ lastActivityAt: at - 14 * DAY + 1, customerWroteBefore: true }, at), false);
  assert.equal(shouldGreet({ lastActivityAt: at - 40 * DAY, customerWroteBefore: true }, at), true);
});
