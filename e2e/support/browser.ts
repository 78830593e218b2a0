import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); never a downloaded browser. */
const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';

export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      // A fake microphone and camera, granted without a prompt, for voice notes.
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  });
}

/** A browser profile of its own (like a second window in a private session), in a given language. */
export async function newContext(
  browser: Browser,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    permissions: ['microphone'],
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Saves a full-page screenshot under e2e/artifacts/ for people to look at after CI. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}
