import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QuickReplyView } from '@parley/contracts';
import { matchQuickReplies } from './match-quick-replies';

const reply = (shortcut: string, text: string): QuickReplyView => ({
  id: shortcut,
  shortcut,
  text,
  mediaId: null,
  createdAt: 0,
  updatedAt: 0,
});
const replies = [
  reply('hours', 'We are open 9 to 5.'),
  reply('thanks', 'Thank you for your order!'),
  reply('thx', 'Thanks!'),
  reply('welcome', 'Hello and thanks for writing.'),
];
const shortcuts = (query: string) => matchQuickReplies(replies, query).map((match) => match.shortcut);

test('nothing typed after the slash lists every reply', () => {
  assert.deepEqual(shortcuts(''), ['hours', 'thanks', 'thx', 'welcome']);
});

test('shortcuts that start with the query come first, then replies whose text contains it', () => {
  assert.deepEqual(shortcuts('th'), ['thanks', 'thx', 'welcome']);
  assert.deepEqual(shortcuts('TH'), ['thanks', 'thx', 'welcome']);
  assert.deepEqual(shortcuts('open'), ['hours']);
  assert.deepEqual(shortcuts('zzz'), []);
});
