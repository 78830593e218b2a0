import assert from 'node:assert/strict';
import { test } from 'node:test';
import { broadcastContent } from './broadcast-content';

test('text alone is a text message, trimmed; nothing is nothing', () => {
  assert.deepEqual(broadcastContent('  Fresh bread at 8 '), {
    type: 'text',
    content: { body: 'Fresh bread at 8' },
  });
  assert.equal(broadcastContent('   '), null);
});

test('a file carries the text as its caption, a document its file name too', () => {
  assert.deepEqual(broadcastContent('New menu', { kind: 'image', mediaId: 'm1', filename: 'menu.png' }), {
    type: 'image',
    content: { mediaId: 'm1', caption: 'New menu' },
  });
  assert.deepEqual(broadcastContent('', { kind: 'video', mediaId: 'm2', filename: 'clip.mp4' }), {
    type: 'video',
    content: { mediaId: 'm2' },
  });
  assert.deepEqual(
    broadcastContent(' Prices ', { kind: 'document', mediaId: 'm3', filename: 'prices.pdf' }),
    {
      type: 'document',
      content: { mediaId: 'm3', filename: 'prices.pdf', caption: 'Prices' },
    },
  );
});
