import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_TEXT_MAX, replyTextProblem } from './reply-text';

test('a reply needs words and at most 4096 characters, counted as the server counts them', () => {
  assert.equal(replyTextProblem('   \n '), 'empty');
  assert.equal(replyTextProblem('Welcome!'), undefined);
  assert.equal(replyTextProblem(` ${'😀'.repeat(REPLY_TEXT_MAX)} `), undefined);
  assert.equal(replyTextProblem('a'.repeat(REPLY_TEXT_MAX + 1)), 'tooLong');
});
