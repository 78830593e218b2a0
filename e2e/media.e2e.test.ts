import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext, ElementHandle, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { signUp } from '../apps/server/src/test-support/clients.js';
import { signUpInto, type ApiAccount } from './support/accounts.js';
import { newContext, screenshot } from './support/browser.js';
import { webSuite } from './support/web-suite.js';

/**
 * Ana sends Ben a photo, a voice note, a document, her location and a contact in one direct chat;
 * each is checked in Ben's browser as it arrives (the list is virtualised, so earlier messages
 * may leave the DOM as later ones come).
 */
let ana: { context: BrowserContext; page: Page; account: ApiAccount };
let ben: { context: BrowserContext; page: Page; account: ApiAccount };

const BERLIN = { latitude: 52.52, longitude: 13.405 };

const web = webSuite(async () => {
  const anaContext = await newContext(web.browser);
  const benContext = await newContext(web.browser, { viewport: { width: 1280, height: 1000 } });
  const anaAccount = await signUpInto(anaContext, web.server.url, 'Ana');
  const benAccount = await signUpInto(benContext, web.server.url, 'Ben');
  await anaContext.grantPermissions(['geolocation'], { origin: web.server.url });
  await anaContext.setGeolocation(BERLIN);

  // Carol is on Parley and in Ana's address book, so Ana can share her card.
  const carol = await signUp(web.server.url, { name: 'Carol' });
  await api(anaAccount.token, 'PUT', `/v1/contacts/${encodeURIComponent(carol.phone)}`, { name: 'Carol' });
  const chat = (await api(anaAccount.token, 'POST', '/v1/chats/direct', {
    accountId: benAccount.accountId,
  })) as { id: string };

  ana = { context: anaContext, page: await anaContext.newPage(), account: anaAccount };
  ben = { context: benContext, page: await benContext.newPage(), account: benAccount };
  for (const side of [ana, ben]) {
    await side.page.goto(`${web.server.url}/chats/${chat.id}`);
    await main(side.page)
      .getByRole('textbox', { name: /message/i })
      .waitFor();
  }
});

async function api(token: string, method: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${web.server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${path}: ${response.status}`);
  return response.json();
}

const main = (page: Page): Locator => page.locator('main.app-shell__main');

/** Opens the attach menu and picks an item; for file items, hands the file to the chooser. */
async function attach(page: Page, item: string, file?: { name: string; mimeType: string; buffer: Buffer }) {
  await main(page).getByRole('button', { name: 'Attach' }).click();
  const menuItem = page.getByRole('menu', { name: 'Attach' }).getByRole('menuitem', { name: item });
  if (file === undefined) {
    await menuItem.click();
    return;
  }
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), menuItem.click()]);
  await chooser.setFiles(file);
}

test('a photo arrives with its caption, in a box of its own proportions, and opens full screen', async () => {
  const photo = await sharp({
    create: { width: 640, height: 480, channels: 3, background: { r: 230, g: 120, b: 40 } },
  })
    .jpeg()
    .toBuffer();
  await attach(ana.page, 'Photos & videos', { name: 'sunset.jpg', mimeType: 'image/jpeg', buffer: photo });
  const preview = ana.page.getByRole('dialog', { name: 'Send photo' });
  await preview.getByRole('textbox', { name: 'Add a caption' }).fill('Sunset at the pier');
  await preview.getByRole('button', { name: 'Send', exact: true }).click();
  await preview.waitFor({ state: 'detached' });

  const view = main(ben.page).getByRole('button', { name: 'View photo' }).last();
  await main(ben.page).getByText('Sunset at the pier').waitFor();
  // The full image replaces the thumbnail (320 px wide) once loaded, and enables the button.
  await view.and(ben.page.locator(':enabled')).waitFor();
  const image = view.locator('img');
  await image.evaluate((element: HTMLImageElement) => element.decode());
  assert.equal(await image.evaluate((element: HTMLImageElement) => element.naturalWidth), 640);
  const box = await view.boundingBox();
  assert.ok(box !== null && Math.abs(box.width / box.height - 4 / 3) < 0.02, `box ${JSON.stringify(box)}`);

  await view.click();
  const lightbox = ben.page.getByRole('dialog', { name: 'Photo viewer' });
  await lightbox.getByRole('img', { name: 'Photo' }).waitFor();
  assert.ok(await lightbox.getByRole('button', { name: 'Download' }).isVisible());
  await ben.page.keyboard.press('Escape');
  await lightbox.waitFor({ state: 'detached' });
});

test('a photo over the 5 MB limit is refused before it is uploaded', async () => {
  const tooBig = Buffer.alloc(5 * 1024 * 1024 + 1);
  await attach(ana.page, 'Photos & videos', { name: 'huge.png', mimeType: 'image/png', buffer: tooBig });
  await ana.page.getByText('huge.png is too large. The limit is 5 MB.').waitFor();
  assert.equal(await ana.page.getByRole('dialog').count(), 0);
});

test('a voice note recorded from the microphone plays in the other browser', async () => {
  await main(ana.page).getByRole('button', { name: 'Record voice message' }).click();
  const timer = main(ana.page).getByRole('timer', { name: 'Recording' });
  await timer.waitFor();
  // The timer runs while recording; two seconds make a note long enough to measure.
  await ana.page.waitForFunction(() => document.querySelector('[role="timer"]')?.textContent === '0:02');
  await main(ana.page).getByRole('button', { name: 'Send voice message' }).click();
  await timer.waitFor({ state: 'detached' });

  const player = main(ben.page).locator('.audio-player').last();
  await player.getByRole('img', { name: 'Voice message' }).waitFor();
  const audio = (await player.locator('audio').elementHandle()) as ElementHandle<HTMLAudioElement>;
  await ben.page.waitForFunction(
    (element) => Number.isFinite(element.duration) && element.duration > 0,
    audio,
  );
  assert.ok((await audio.evaluate((element) => element.duration)) > 1.5);
  await player
    .locator('.audio-player__time')
    .getByText(/^0:0[2-4]$/)
    .waitFor();

  await player.getByRole('button', { name: 'Play' }).click();
  await ben.page.waitForFunction((element) => element.currentTime > 0, audio);
});

test('a document shows its name and size, and downloads under its name', async () => {
  const text = Buffer.from('Minutes of the meeting.\n'.repeat(100));
  await attach(ana.page, 'Document', { name: 'minutes.txt', mimeType: 'text/plain', buffer: text });
  const preview = ana.page.getByRole('dialog', { name: 'Send document' });
  await preview.getByText('minutes.txt').waitFor();
  await preview.getByRole('button', { name: 'Send', exact: true }).click();

  const card = main(ben.page).locator('.document-card').last();
  await card.getByText('minutes.txt').waitFor();
  await card.getByText('TXT · 2.3 kB').waitFor();
  const [download] = await Promise.all([
    ben.page.waitForEvent('download'),
    card.getByRole('button', { name: 'Download minutes.txt' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'minutes.txt');
});

test('a shared location links to OpenStreetMap without loading any map', async () => {
  await attach(ana.page, 'Location');
  const link = main(ben.page)
    .getByRole('link', { name: /Open in OpenStreetMap/ })
    .last();
  await link.waitFor();
  assert.equal(
    await link.getAttribute('href'),
    'https://www.openstreetmap.org/?mlat=52.52&mlon=13.405#map=16/52.52/13.405',
  );
  assert.equal(await link.getAttribute('target'), '_blank');
  await link.getByText('52.52, 13.405').waitFor();
});

test('a shared contact can be saved and messaged, being on Parley', async () => {
  await attach(ana.page, 'Contact');
  const picker = ana.page.getByRole('dialog', { name: 'Send contacts' });
  await picker.getByRole('checkbox', { name: /Carol/ }).check();
  await picker.getByRole('button', { name: 'Send' }).click();
  await picker.waitFor({ state: 'detached' });

  const card = main(ben.page).locator('.contact-card').last();
  await card.getByText('Carol').waitFor();
  await card.getByRole('button', { name: 'Message' }).waitFor();
  await card.getByRole('button', { name: 'Add contact' }).click();
  await ben.page.getByText('Carol was added to your contacts').waitFor();
  await card.getByRole('button', { name: 'Add contact' }).waitFor({ state: 'detached' });

  await screenshot(ben.page, 'media-en');
  await ben.page.evaluate(() => localStorage.setItem('parley.language', 'ar'));
  await ben.page.reload();
  await main(ben.page).getByRole('button', { name: 'مراسلة' }).last().waitFor();
  assert.equal(await ben.page.evaluate(() => document.documentElement.dir), 'rtl');
  await screenshot(ben.page, 'media-ar');
  await ben.page.evaluate(() => localStorage.setItem('parley.language', 'en'));
  await ben.page.reload();

  const chatWithAna = ben.page.url();
  await main(ben.page).locator('.contact-card').last().getByRole('button', { name: 'Message' }).click();
  await ben.page.waitForURL((url) => url.href !== chatWithAna && /\/chats\/[^/]+$/.test(url.pathname));
});
