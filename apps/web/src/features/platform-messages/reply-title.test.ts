import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MessageView } from '@parley/sdk';
import { replyTitle } from './reply-title';

const message = (type: string, content: unknown): MessageView => ({
  id: 'm1',
  chatId: 'c1',
  seq: 1,
  senderId: 'shop',
  senderDeviceId: null,
  type,
  content,
  replyToId: null,
  forwarded: false,
  senderOnly: false,
  createdAt: 0,
  editedAt: null,
  deletedAt: null,
});

test('a stored answer carries its own title', () => {
  const stored = { targetId: 'm1', kind: 'button_reply', id: 'yes', title: 'Yes' } as const;
  assert.equal(replyTitle(stored, undefined)?.title, 'Yes');
});

test('an answer being sent takes its title from the option it names', () => {
  const buttons = message('interactive', {
    kind: 'button',
    body: 'Ok?',
    buttons: [{ id: 'yes', title: 'Yes' }],
  });
  assert.equal(replyTitle({ targetId: 'm1', optionId: 'yes' }, buttons)?.title, 'Yes');
  const list = message('interactive', {
    kind: 'list',
    body: 'Pick',
    list: { button: 'Menu', sections: [{ rows: [{ id: 'r', title: 'Row', description: 'D' }] }] },
  });
  assert.deepEqual(replyTitle({ targetId: 'm1', optionId: 'r' }, list), {
    id: 'r',
    title: 'Row',
    description: 'D',
  });
  const template = message('template', {
    body: 'Hi',
    buttons: [
      { type: 'url', text: 'Open', url: 'https://a.b' },
      { type: 'quick_reply', text: 'Stop' },
    ],
  });
  assert.equal(replyTitle({ targetId: 'm1', optionId: '1' }, template)?.title, 'Stop');
  assert.equal(replyTitle({ targetId: 'm1', optionId: '0' }, template), undefined);
  assert.equal(replyTitle({ targetId: 'm1', optionId: 'x' }, undefined), undefined);
});
