import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyFile, isProblem, SIZE_LIMITS } from './media-rules';

const file = (name: string, type: string, size = 10) => new File([new Uint8Array(size)], name, { type });

/** The kind and declared type a file is sent as, or why it is not. */
function outcome(picked: File, from: 'visual' | 'document') {
  const result = classifyFile(picked, from);
  return isProblem(result) ? result.reason : `${result.kind} ${result.contentType}`;
}

test('photos and videos are sorted by their type; other files are refused there', () => {
  assert.equal(outcome(file('a.jpg', 'image/jpeg'), 'visual'), 'image image/jpeg');
  assert.equal(outcome(file('b.mp4', 'video/mp4'), 'visual'), 'video video/mp4');
  assert.equal(outcome(file('c.gif', 'image/gif'), 'visual'), 'unsupported');
});

test('documents are known by type, or by extension when the browser gives no type', () => {
  assert.equal(outcome(file('notes.txt', 'text/plain'), 'document'), 'document text/plain');
  assert.equal(
    outcome(file('report.docx', ''), 'document'),
    'document application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  assert.equal(outcome(file('song.mp3', 'audio/mpeg'), 'document'), 'unsupported');
});

test("each kind's size limit is checked before uploading", () => {
  assert.equal(outcome(file('big.png', 'image/png', SIZE_LIMITS.image + 1), 'visual'), 'tooLarge');
  assert.equal(outcome(file('ok.png', 'image/png', SIZE_LIMITS.image), 'visual'), 'image image/png');
});
