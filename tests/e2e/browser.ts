// Launches Debian's Chromium through playwright-core (no browser download) and opens pages that
// record every console error and uncaught page error, so each test can fail on them.

import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: install it with "sudo apt-get install chromium"`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors and uncaught errors seen so far. */
  readonly problems: string[];
  readonly close: () => Promise<void>;
}

/** Opens a page in a fresh context and records its errors. */
export async function openWatchedPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The browser probes /favicon.ico on its own; the app ships none, and that is not an app error.
    if (/\/favicon\.ico$/.test(message.location().url)) return;
    problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.stack ?? error.message}`));
  return { page, problems, close: () => context.close() };
}
