import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replaceSlashQuery, slashQueryAt } from './slash-query';

test('a slash that opens the message or follows a space or line break asks for a quick reply', () => {
  assert.deepEqual(slashQueryAt('/th', 3), { start: 0, end: 3, query: 'th' });
  assert.deepEqual(slashQueryAt('/', 1), { start: 0, end: 1, query: '' });
  assert.deepEqual(slashQueryAt('Hello /sp', 9), { start: 6, end: 9, query: 'sp' });
  assert.deepEqual(slashQueryAt('Hi\n/спасибо', 11), { start: 3, end: 11, query: 'спасибо' });
  assert.deepEqual(slashQueryAt('/谢谢_1', 5), { start: 0, end: 5, query: '谢谢_1' });
});

test('a slash inside a word, a word the caret has left, or other characters ask for nothing', () => {
  assert.equal(slashQueryAt('and/or', 6), null);
  assert.equal(slashQueryAt('https://example.com', 19), null);
  assert.equal(slashQueryAt('/thanks a lot', 13), null);
  assert.equal(slashQueryAt('/th-x', 5), null);
  assert.equal(slashQueryAt('no slash', 8), null);
  assert.equal(slashQueryAt('', 0), null);
  assert.equal(slashQueryAt('/th', 0), null);
});

test('the caret in the middle of a word asks for what is before it', () => {
  assert.deepEqual(slashQueryAt('/thanks', 3), { start: 0, end: 3, query: 'th' });
});

test('picking a reply replaces the /word and puts the caret after it', () => {
  const text = 'Dear customer, /th and more';
  const slash = slashQueryAt(text, 18)!;
  assert.deepEqual(replaceSlashQuery(text, slash, 'Thank you!'), {
    text: 'Dear customer, Thank you! and more',
    caret: 25,
  });
});
