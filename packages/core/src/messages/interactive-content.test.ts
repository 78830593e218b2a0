import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import {
  checkContent,
  mediaIdsOf,
  resolveInteractiveReply,
  type InteractiveContent,
  type TemplateContent,
} from './content.js';

const buttons: InteractiveContent = {
  kind: 'button',
  header: { type: 'image', mediaId: 'm1' },
  body: 'Pick one',
  footer: 'Shop',
  buttons: [
    { id: 'yes', title: 'Yes' },
    { id: 'no', title: 'No' },
  ],
};
const list: InteractiveContent = {
  kind: 'list',
  header: { type: 'text', text: 'Menu' },
  body: 'Choose a dish',
  list: {
    button: 'See menu',
    sections: [
      { title: 'Mains', rows: [{ id: 'r1', title: 'Pasta', description: 'With basil' }] },
      { rows: [{ id: 'r2', title: 'Soup' }] },
    ],
  },
};
const template: TemplateContent = {
  templateId: 't1',
  name: 'order_update',
  language: 'en_US',
  category: 'UTILITY',
  body: 'Your order shipped',
  buttons: [
    { type: 'url', text: 'Track', url: 'https://example.com/t' },
    { type: 'quick_reply', text: 'Stop', payload: 'opt-out' },
    { type: 'quick_reply', text: 'Thanks' },
  ],
};

const interactive = (content: InteractiveContent) => ({ type: 'interactive' as const, content });
const refused = (content: InteractiveContent) =>
  assert.throws(() => checkContent(interactive(content)), DomainError);

test('well-formed interactive and template messages pass', () => {
  checkContent(interactive(buttons));
  checkContent(interactive(list));
  checkContent(
    interactive({ kind: 'cta_url', body: 'Visit', cta: { displayText: 'Open', url: 'http://a.b/' } }),
  );
  checkContent({ type: 'template', content: template });
});

test('each kind carries its own action only', () => {
  refused({ ...buttons, list: list.list });
  refused({ ...list, buttons: buttons.buttons });
  refused({ kind: 'button', body: 'x' });
  refused({ kind: 'cta_url', body: 'x' });
});

test('interactive limits follow the contract', () => {
  const four = ['a', 'b', 'c', 'd'].map((id) => ({ id, title: id }));
  refused({ ...buttons, buttons: four });
  refused({ ...buttons, buttons: [] });
  refused({ ...buttons, buttons: [{ id: 'a', title: 'x'.repeat(21) }] });
  refused({
    ...buttons,
    buttons: [
      { id: 'a', title: 'Same' },
      { id: 'b', title: 'Same' },
    ],
  });
  refused({ ...buttons, body: 'x'.repeat(1025) });
  checkContent(interactive({ ...list, body: 'x'.repeat(4096) }));
  refused({ ...buttons, footer: 'x'.repeat(61) });
  const eleven = Array.from({ length: 11 }, (_, i) => ({ id: `r${i}`, title: `Row ${i}` }));
  refused({ ...list, list: { button: 'Menu', sections: [{ rows: eleven }] } });
  refused({ ...list, list: { button: 'Menu', sections: [{ rows: [{ id: 'r', title: 'x'.repeat(25) }] }] } });
  refused({
    ...list,
    list: { button: 'Menu', sections: [{ rows: [{ id: 'r', title: 'x', description: 'd'.repeat(73) }] }] },
  });
  refused({ ...list, header: { type: 'image', mediaId: 'm' } });
  refused({ kind: 'cta_url', body: 'x', cta: { displayText: 'Open', url: 'javascript:alert(1)' } });
});

test('header media of interactive and template messages is checked like any media', () => {
  assert.deepEqual(mediaIdsOf(interactive(buttons)), ['m1']);
  assert.deepEqual(mediaIdsOf(interactive(list)), []);
  assert.deepEqual(
    mediaIdsOf({ type: 'template', content: { ...template, header: { type: 'document', mediaId: 'd1' } } }),
    ['d1'],
  );
});

test('a reply resolves to the option the target really has', () => {
  assert.deepEqual(resolveInteractiveReply(interactive(buttons), { targetId: 'm', optionId: 'no' }), {
    targetId: 'm',
    kind: 'button_reply',
    id: 'no',
    title: 'No',
  });
  assert.deepEqual(resolveInteractiveReply(interactive(list), { targetId: 'm', optionId: 'r1' }), {
    targetId: 'm',
    kind: 'list_reply',
    id: 'r1',
    title: 'Pasta',
    description: 'With basil',
  });
  const tpl = { type: 'template' as const, content: template };
  assert.deepEqual(resolveInteractiveReply(tpl, { targetId: 'm', optionId: '1' }), {
    targetId: 'm',
    kind: 'button',
    id: '1',
    title: 'Stop',
    payload: 'opt-out',
  });
  assert.equal(resolveInteractiveReply(tpl, { targetId: 'm', optionId: '2' })?.payload, undefined);
});

test('forged options resolve to nothing', () => {
  const tpl = { type: 'template' as const, content: template };
  assert.equal(
    resolveInteractiveReply(interactive(buttons), { targetId: 'm', optionId: 'maybe' }),
    undefined,
  );
  assert.equal(resolveInteractiveReply(interactive(list), { targetId: 'm', optionId: 'yes' }), undefined);
  assert.equal(resolveInteractiveReply(tpl, { targetId: 'm', optionId: '0' }), undefined, 'a url button');
  assert.equal(resolveInteractiveReply(tpl, { targetId: 'm', optionId: '7' }), undefined);
  assert.equal(resolveInteractiveReply(tpl, { targetId: 'm', optionId: 'Stop' }), undefined);
  const cta = interactive({ kind: 'cta_url', body: 'x', cta: { displayText: 'Open', url: 'https://a.b' } });
  assert.equal(resolveInteractiveReply(cta, { targetId: 'm', optionId: 'Open' }), undefined);
  assert.equal(
    resolveInteractiveReply({ type: 'text', content: { body: 'hi' } }, { targetId: 'm', optionId: 'x' }),
    undefined,
  );
});
