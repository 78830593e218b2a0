import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseShortcut, shortcutProblem } from './shortcut-rules';

test('a shortcut loses the slash typed before it and its capitals', () => {
  assert.equal(normaliseShortcut(' /Thanks '), 'thanks');
  assert.equal(normaliseShortcut('СПАСИБО'), 'спасибо');
  assert.equal(normaliseShortcut('hours'), 'hours');
});

test('letters of any script, digits and _ from 1 to 25 characters pass', () => {
  assert.equal(shortcutProblem('thanks'), undefined);
  assert.equal(shortcutProblem('谢谢'), undefined);
  assert.equal(shortcutProblem('شكرا_2'), undefined);
  assert.equal(shortcutProblem('a'.repeat(25)), undefined);
});

test('empty, too long, or with other characters is refused with the server’s rule', () => {
  assert.equal(shortcutProblem(''), 'length');
  assert.equal(shortcutProblem('a'.repeat(26)), 'length');
  assert.equal(shortcutProblem('thank you'), 'characters');
  assert.equal(shortcutProblem('thanks!'), 'characters');
  assert.equal(shortcutProblem('a/b'), 'characters');
  // The server takes ASCII digits only, and no combining marks.
  assert.equal(shortcutProblem('٣'), 'characters');
  assert.equal(shortcutProblem('नमस्ते'), 'characters');
});
