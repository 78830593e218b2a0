import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MessageView } from '@parley/sdk';
import { signInWith, signUpInto, type ApiAccount } from './support/accounts.js';
import { callApi } from './support/api.js';
import { newContext, screenshot } from './support/browser.js';
import { signUpBusiness, type ApiBusiness } from './support/business.js';
import { webSuite } from './support/web-suite.js';

const web = webSuite();

const BUTTONS = {
  kind: 'button',
  header: { type: 'text', text: 'Parcel 4471' },
  body: 'Did your parcel arrive?',
  footer: 'Parcel Co',
  buttons: [
    { id: 'arrived', title: 'Yes, thanks' },
    { id: 'missing', title: 'Not yet' },
  ],
};
const LIST = {
  kind: 'list',
  body: 'When should we come back?',
  list: {
    button: 'Pick a slot',
    sections: [
      { title: 'Morning', rows: [{ id: 'am-9', title: '9:00', description: 'Before work' }] },
      { title: 'Evening', rows: [{ id: 'pm-6', title: '18:00' }] },
    ],
  },
};
const TEMPLATE = {
  templateId: 'tpl1',
  name: 'delivery_update',
  language: 'en_US',
  category: 'UTILITY',
  header: { type: 'text', text: 'Delivery update' },
  body: 'Your parcel is on its way. Use code SAVE10 next time.',
  footer: 'Reply STOP to opt out',
  buttons: [
    { type: 'url', text: 'Track parcel', url: 'https://parcel.example/track/4471' },
    { type: 'phone_number', text: 'Call us', phone: '+15550100' },
    { type: 'copy_code', text: 'Copy code', code: 'SAVE10' },
    { type: 'quick_reply', text: 'Stop updates', payload: 'opt-out' },
  ],
};

/** What a platform number sends through the Graph API, sent in-process as the Graph route does. */
function platformSend(
  business: ApiBusiness,
  chatId: string,
  type: 'interactive' | 'template',
  content: object,
) {
  return web.server.parley.messaging.send(
    { accountId: business.accountId, deviceId: null },
    { chatId, type, content } as never,
    { platform: true },
  );
}

async function answers(person: ApiAccount, chatId: string): Promise<MessageView[]> {
  const page = await callApi<{ messages: MessageView[] }>(
    web.server.url,
    person.token,
    'GET',
    `/v1/chats/${chatId}/messages`,
  );
  return page.messages.filter((message) => message.type === 'interactive_reply');
}

test('a person sees interactive and template messages and answers them by tapping', async () => {
  const business = await signUpBusiness(web.server.url, 'Parcel Co');
  const context = await newContext(web.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const person = await signUpInto(context, web.server.url, 'Mina');
  const chatId = (await business.client.openDirectChat(person.accountId)).id;
  const buttons = await platformSend(business, chatId, 'interactive', BUTTONS);
  const list = await platformSend(business, chatId, 'interactive', LIST);
  const template = await platformSend(business, chatId, 'template', TEMPLATE);

  await page.goto(`${web.server.url}/chats/${chatId}`);
  const row = (id: string) => page.locator(`[data-message-id="${id}"]`);
  const chatRow = page.locator(`li[data-chat-id="${chatId}"]`);
  await chatRow.getByText(TEMPLATE.body).waitFor();

  // Reply buttons: header, body and footer in the bubble, the buttons under it.
  const buttonsRow = row(buttons.id);
  await buttonsRow.locator('.bubble').getByText('Parcel 4471').waitFor();
  await buttonsRow.locator('.bubble').getByText('Did your parcel arrive?').waitFor();
  await buttonsRow.locator('.bubble').getByText('Parcel Co').waitFor();
  const replies = buttonsRow.getByRole('group', { name: 'Replies' });
  assert.equal(await replies.getByRole('button').count(), 2);
  await replies.getByRole('button', { name: 'Not yet' }).click();
  const mine = page.locator('.message-row--mine .interactive-reply__title');
  await mine.filter({ hasText: 'Not yet' }).waitFor();

  // A list: its button opens a dialog of radio choices; Send answers with the chosen row.
  const listRow = row(list.id);
  await listRow.getByRole('button', { name: 'Pick a slot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pick a slot' });
  const send = dialog.getByRole('button', { name: 'Send' });
  assert.equal(await send.isDisabled(), true, 'nothing chosen yet');
  await dialog.getByText('Morning').waitFor();
  await dialog.getByRole('radio', { name: /9:00/ }).check();
  await send.click();
  await dialog.waitFor({ state: 'detached' });
  await mine.filter({ hasText: '9:00' }).waitFor();

  // A template: links open in a new tab without an opener, a phone button calls, a code copies.
  const templateRow = row(template.id);
  await templateRow.locator('.bubble').getByText('Delivery update').waitFor();
  const track = templateRow.getByRole('link', { name: /Track parcel/ });
  assert.equal(await track.getAttribute('href'), 'https://parcel.example/track/4471');
  assert.equal(await track.getAttribute('target'), '_blank');
  assert.match((await track.getAttribute('rel')) ?? '', /noopener/);
  assert.equal(
    await templateRow.getByRole('link', { name: /Call us/ }).getAttribute('href'),
    'tel:+15550100',
  );
  await templateRow.getByRole('button', { name: /SAVE10/ }).click();
  await page.getByText('Code copied').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'SAVE10');
  await templateRow.getByRole('button', { name: 'Stop updates' }).click();
  await mine.filter({ hasText: 'Stop updates' }).waitFor();
  await screenshot(page, 'platform-messages');

  // The server stored what each tap chose, resolved from the business's own message.
  const stored = await answers(person, chatId);
  const byTarget = new Map(stored.map((message) => [message.replyToId, message.content]));
  assert.deepEqual(byTarget.get(buttons.id), {
    targetId: buttons.id,
    kind: 'button_reply',
    id: 'missing',
    title: 'Not yet',
  });
  assert.deepEqual(byTarget.get(list.id), {
    targetId: list.id,
    kind: 'list_reply',
    id: 'am-9',
    title: '9:00',
    description: 'Before work',
  });
  assert.deepEqual(byTarget.get(template.id), {
    targetId: template.id,
    kind: 'button',
    id: '3',
    title: 'Stop updates',
    payload: 'opt-out',
  });
  // Each answer quotes the question it answers.
  await page
    .locator('.message-row--mine')
    .filter({ hasText: 'Stop updates' })
    .locator('.reply-quote')
    .getByText(TEMPLATE.body)
    .waitFor();

  // The same person on another device in Arabic: the business's bubble and its buttons sit on the
  // start side, which is the right.
  const arabic = await newContext(web.browser, { locale: 'ar' });
  await signInWith(arabic, { ...person });
  const arabicPage = await arabic.newPage();
  await arabicPage.goto(`${web.server.url}/chats/${chatId}`);
  assert.equal(await arabicPage.evaluate(() => document.documentElement.dir), 'rtl');
  const actions = arabicPage.locator(`[data-message-id="${buttons.id}"] .platform-actions`);
  await actions.getByRole('button', { name: 'Not yet' }).waitFor();
  await arabicPage.getByRole('group', { name: 'الردود' }).first().waitFor();
  const list_ = await arabicPage.locator('.message-list').boundingBox();
  const box = await actions.boundingBox();
  assert.ok(list_ !== null && box !== null);
  assert.ok(box.x + box.width / 2 > list_.x + list_.width / 2, 'the buttons are on the right');
  await screenshot(arabicPage, 'platform-messages-rtl');
  await arabic.close();
  await context.close();
});
