import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import { applyEdit, checkContent, mediaIdsOf, targetOf } from './content.js';

test('a reaction is exactly one emoji, or empty to remove it', () => {
  checkContent({ type: 'reaction', content: { targetId: 'm', emoji: '👍' } });
  checkContent({ type: 'reaction', content: { targetId: 'm', emoji: '👨‍👩‍👧' } });
  checkContent({ type: 'reaction', content: { targetId: 'm', emoji: '' } });
  for (const emoji of ['ok', '👍👍', 'a👍']) {
    assert.throws(() => checkContent({ type: 'reaction', content: { targetId: 'm', emoji } }), DomainError);
  }
});

test('blank text is refused', () => {
  assert.throws(() => checkContent({ type: 'text', content: { body: '  \n ' } }), DomainError);
});

test('edits change text or captions, nothing else', () => {
  assert.deepEqual(applyEdit({ type: 'text', content: { body: 'a' } }, 'b'), {
    type: 'text',
    content: { body: 'b' },
  });
  assert.deepEqual(applyEdit({ type: 'image', content: { mediaId: 'x' } }, 'cap'), {
    type: 'image',
    content: { mediaId: 'x', caption: 'cap' },
  });
  assert.throws(
    () => applyEdit({ type: 'location', content: { latitude: 0, longitude: 0 } }, 'x'),
    DomainError,
  );
});

test('content readers find targets and media', () => {
  assert.equal(targetOf({ type: 'revoke', content: { targetId: 't' } }), 't');
  assert.equal(targetOf({ type: 'text', content: { body: 'x' } }), undefined);
  assert.deepEqual(mediaIdsOf({ type: 'audio', content: { mediaId: 'a', voice: true } }), ['a']);
});
