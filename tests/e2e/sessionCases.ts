// End-to-end cases for the session controls: a live fault through the fault panel, a shared link
// that reproduces the session in a fresh page, a tampered link, and keyboard-only use.

import type { Page } from 'playwright-core';
import {
  assert,
  eventually,
  nowMs,
  nudgeSpeed,
  openScenarioWithConsumers,
  playbackStatus,
  traceCount,
} from './sandboxPage.ts';
import type { E2eCase } from './sandboxCases.ts';
import { openWatchedPage } from './browser.ts';

/** The newest trace lines as the trace table shows them (newest first). */
async function lastTraceLines(page: Page, count = 8): Promise<string[]> {
  const rows = page.locator('[data-testid="trace-row"]');
  const texts = await rows.allTextContents();
  return texts.slice(0, count);
}

interface SessionFacts {
  readonly time: number;
  readonly traceLength: number;
  readonly lastLines: string[];
  readonly interventions: string;
}

async function sessionFacts(page: Page): Promise<SessionFacts> {
  return {
    time: await nowMs(page),
    traceLength: await traceCount(page),
    lastLines: await lastTraceLines(page),
    interventions: (await page.getByTestId('intervention-list').textContent()) ?? '',
  };
}

async function sharesASessionWithAFault(page: Page, baseUrl: string): Promise<void> {
  await openScenarioWithConsumers(page, baseUrl);
  await nudgeSpeed(page, 10);
  await page.keyboard.press('Space');
  await eventually(
    'some simulated time to pass',
    () => nowMs(page),
    (ms) => ms > 3000,
  );
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Step back' }).click();
  await page.keyboard.press('f');
  const crash = page
    .locator('[data-testid="fault-panel"] button[aria-label^="Crash consumer"]:not([disabled])')
    .first();
  const label = (await crash.getAttribute('aria-label')) ?? '';
  await crash.click();
  const before = await sessionFacts(page);
  assert(
    before.interventions.includes(label.replace('Crash', 'crash')),
    `the intervention list shows "${before.interventions}"`,
  );
  await page.getByTestId('copy-link').click();
  const link = page.url();
  assert(link.includes('?run='), `Copy link left the address at ${link}`);

  const fresh = await openWatchedPage(page.context().browser() ?? fail('no browser'));
  try {
    await fresh.page.goto(link);
    await fresh.page.getByTestId('playback-status').waitFor();
    await eventually(
      'the shared moment',
      () => nowMs(fresh.page),
      (ms) => ms === before.time,
    );
    const after = await sessionFacts(fresh.page);
    assert(
      JSON.stringify(after) === JSON.stringify(before),
      `the shared link shows ${JSON.stringify(after)}\ninstead of ${JSON.stringify(before)}`,
    );
    assert(fresh.problems.length === 0, `the fresh page logged: ${fresh.problems.join('; ')}`);
  } finally {
    await fresh.close();
  }
}

function fail(message: string): never {
  throw new Error(message);
}

async function refusesATamperedLink(page: Page, baseUrl: string): Promise<void> {
  const id = await openScenarioWithConsumers(page, baseUrl);
  // A fresh load, as when the link is opened from elsewhere.
  await page.goto('about:blank');
  await page.goto(`${baseUrl}#/scenario/${id}?run=AAAAtampered`);
  const banner = page.getByTestId('link-problem');
  await banner.waitFor();
  assert(
    ((await banner.textContent()) ?? '').includes('could not be opened'),
    'no clear message for a bad link',
  );
  assert((await nowMs(page)) === 0, 'a bad link did not fall back to the start');
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  assert((await page.getByTestId('link-problem').count()) === 0, 'the message did not go away');
}

async function worksFromTheKeyboard(page: Page, baseUrl: string): Promise<void> {
  await openScenarioWithConsumers(page, baseUrl);
  await page.keyboard.press('Shift+ArrowRight');
  assert(
    (await nowMs(page)) > 0 && (await playbackStatus(page)) === 'paused',
    'Shift+Right did not jump',
  );
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focusInside = await page.evaluate(
    () => document.activeElement?.closest('[role="dialog"]') !== null,
  );
  assert(focusInside, 'focus left the shortcut overlay');
  await page.keyboard.press('Escape');
  assert((await dialog.count()) === 0, 'Esc did not close the overlay');
  await page.keyboard.press('p');
  assert(
    (await page.locator('.app[data-presenter]').count()) === 1,
    'P did not turn on presenter mode',
  );
  assert(!(await page.locator('.app-header').isVisible()), 'presenter mode still shows the header');
  await page.keyboard.press('p');
  await page.keyboard.press('r');
  assert((await nowMs(page)) === 0, 'R did not restart');
}

export const SESSION_CASES: readonly E2eCase[] = [
  {
    name: 'crashes a consumer from the fault panel and shares the exact moment by link',
    run: sharesASessionWithAFault,
  },
  { name: 'shows a clear, dismissible message for a tampered link', run: refusesATamperedLink },
  {
    name: 'jumps, shows the keys, presents and restarts from the keyboard',
    run: worksFromTheKeyboard,
  },
];
