import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import {
  assertRoomForQuickReply,
  checkQuickReplyMedia,
  checkQuickReplyText,
  checkShortcut,
  QUICK_REPLY_LIMITS,
} from './quick-reply-policy.js';

const refusedRule = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof DomainError);
    assert.equal(error.code, 'invalid_argument');
    return String(error.details?.rule);
  }
  assert.fail('accepted');
};

test('a shortcut loses its slash and capitals', () => {
  assert.equal(checkShortcut('/Thanks'), 'thanks');
  assert.equal(checkShortcut('opening_hours_2'), 'opening_hours_2');
  assert.equal(checkShortcut(' /спасибо '), 'спасибо');
  assert.equal(checkShortcut('谢谢'), '谢谢');
});

test('a shortcut has 1 to 25 of letters, digits and underscores', () => {
  assert.equal(checkShortcut('a'.repeat(25)), 'a'.repeat(25));
  assert.equal(
    refusedRule(() => checkShortcut('a'.repeat(26))),
    'length',
  );
  assert.equal(
    refusedRule(() => checkShortcut('/')),
    'length',
  );
  assert.equal(
    refusedRule(() => checkShortcut('')),
    'length',
  );
  for (const bad of ['two words', 'dash-ed', 'dot.ted', '//double', 'emoji🙂']) {
    assert.equal(
      refusedRule(() => checkShortcut(bad)),
      'characters',
      bad,
    );
  }
});

test('the text is kept as written and has 1 to 4096 characters', () => {
  assert.equal(checkQuickReplyText('  Hello,\nwe open at 9  '), '  Hello,\nwe open at 9  ');
  assert.equal(checkQuickReplyText('字'.repeat(4096)).length, 4096);
  assert.equal(
    refusedRule(() => checkQuickReplyText('x'.repeat(4097))),
    'text',
  );
  assert.equal(
    refusedRule(() => checkQuickReplyText(' \n ')),
    'text',
  );
});

test('media is an image, a video or a document', () => {
  for (const kind of ['image', 'video', 'document'] as const) checkQuickReplyMedia(kind);
  assert.equal(
    refusedRule(() => checkQuickReplyMedia('audio')),
    'media_kind',
  );
  assert.equal(
    refusedRule(() => checkQuickReplyMedia('sticker')),
    'media_kind',
  );
});

test('a business keeps at most 50 quick replies', () => {
  assert.equal(QUICK_REPLY_LIMITS.perBusiness, 50);
  assertRoomForQuickReply(49);
  assert.throws(
    () => assertRoomForQuickReply(50),
    (error: unknown) =>
      error instanceof DomainError && error.code === 'limit_exceeded' && error.details?.limit === 50,
  );
});
