// The end-to-end cases: each gets a fresh page on the built app and must finish without a single
// console error. They check what a learner sees, not how the code is arranged.

import type { Page } from 'playwright-core';
import {
  assert,
  consumerPositions,
  eventually,
  nowMs,
  nudgeSpeed,
  openScenarioWithConsumers,
  playbackStatus,
  recordCellCount,
  traceCount,
} from './sandboxPage.ts';
import { LESSON_CASES } from './lessonCases.ts';
import { SESSION_CASES } from './sessionCases.ts';
import { TIMELINE_CASES } from './timelineCases.ts';

export interface E2eCase {
  readonly name: string;
  readonly run: (page: Page, baseUrl: string) => Promise<void>;
}

async function listsScenarios(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Scenarios', exact: true }).waitFor();
  const cards = await page.locator('[data-testid="scenario-card"]').count();
  assert(cards > 0, 'the scenario list shows no valid scenario');
}

async function playsAndMoves(page: Page, baseUrl: string): Promise<void> {
  await openScenarioWithConsumers(page, baseUrl);
  const seed = await page.getByTestId('seed-input').inputValue();
  assert(/^[0-9]+$/.test(seed), `the seed field shows "${seed}" instead of a seed`);
  await nudgeSpeed(page, 10);
  const speedText = await page.getByTestId('speed-value').textContent();
  assert(speedText === '10× real time', `speed shows "${speedText}" instead of "10× real time"`);
  await page.getByRole('button', { name: 'Play' }).click();
  await eventually(
    'records in the partition log',
    () => recordCellCount(page),
    (count) => count > 0,
  );
  const first = await eventually(
    'a consumer marker',
    () => consumerPositions(page),
    (positions) => Object.keys(positions).length > 0,
  );
  await eventually(
    'a consumer marker to move',
    () => consumerPositions(page),
    (positions) =>
      Object.entries(positions).some(
        ([marker, offset]) => first[marker] !== undefined && first[marker] !== offset,
      ),
  );
  await page.getByRole('button', { name: 'Pause' }).click();
  assert((await playbackStatus(page)) === 'paused', 'Pause did not pause');
}

async function stepsBackAndForward(page: Page, baseUrl: string): Promise<void> {
  await openScenarioWithConsumers(page, baseUrl);
  await nudgeSpeed(page, 10);
  await page.keyboard.press('Space');
  await eventually(
    'some simulated time to pass',
    () => nowMs(page),
    (ms) => ms > 2000,
  );
  await page.keyboard.press('Space');
  assert((await playbackStatus(page)) === 'paused', 'Space did not pause');
  const [timeBefore, countBefore] = [await nowMs(page), await traceCount(page)];
  await page.getByRole('button', { name: 'Step back' }).click();
  const [timeAfter, countAfter] = [await nowMs(page), await traceCount(page)];
  assert(
    timeAfter < timeBefore,
    `Step back left the time at ${timeAfter} ms (was ${timeBefore} ms)`,
  );
  assert(
    countAfter < countBefore,
    `Step back left ${countAfter} trace events (was ${countBefore})`,
  );
  await page.keyboard.press('ArrowRight');
  assert((await traceCount(page)) > countAfter, 'the Right arrow did not step forward');
  await page.keyboard.press('ArrowLeft');
  assert((await traceCount(page)) <= countAfter, 'the Left arrow did not step back');
  await page.getByRole('button', { name: 'Restart' }).click();
  assert(
    (await nowMs(page)) === 0 && (await playbackStatus(page)) === 'idle',
    'Restart did not return to 0 s, idle',
  );
}

async function seeksWithTheScrubber(page: Page, baseUrl: string): Promise<void> {
  await openScenarioWithConsumers(page, baseUrl);
  const scrubber = page.getByLabel('Simulated time');
  await scrubber.focus();
  await page.keyboard.press('End');
  await eventually(
    'the end of the scenario',
    () => playbackStatus(page),
    (status) => status === 'ended',
  );
  assert((await recordCellCount(page)) > 0, 'no records at the end of the scenario');
  await page.keyboard.press('Home');
  assert((await nowMs(page)) === 0, 'Home on the scrubber did not seek to 0 s');
}

/** Shows a view's panel unless the scenario already opened it, and waits until it is shown. */
async function showView(page: Page, name: string): Promise<void> {
  const toggle = page.getByRole('button', { name, exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await eventually(
    `the ${name} panel to be shown`,
    () => toggle.getAttribute('aria-pressed'),
    (pressed) => pressed === 'true',
  );
}

async function filtersTheTraceAndSeeksToARow(page: Page, baseUrl: string): Promise<void> {
  await openScenarioWithConsumers(page, baseUrl);
  await showView(page, 'Trace');
  const scrubber = page.getByLabel('Simulated time');
  await scrubber.focus();
  await page.keyboard.press('End');
  await eventually(
    'the end of the scenario',
    () => playbackStatus(page),
    (status) => status === 'ended',
  );
  const consumer = page.locator('[data-entity^="consumer:"]').first();
  const id = ((await consumer.getAttribute('data-entity')) ?? '').slice('consumer:'.length);
  assert(id !== '', 'no consumer is marked in the views');
  await page.getByRole('checkbox', { name: 'Producing' }).uncheck();
  await page.getByRole('searchbox', { name: 'Entity' }).fill(id);
  const rows = page.getByTestId('trace-row');
  await rows.first().waitFor();
  const texts = await rows.allTextContents();
  assert(texts.length > 5, `the filtered trace shows ${texts.length} rows`);
  assert(
    texts.every((text) => text.includes(id) && !/batch\.|record\.appended/.test(text)),
    `the trace filter let through a row without ${id} or a producing event`,
  );
  const row = rows.nth(5);
  const atMs = Number(await row.getAttribute('data-at-ms'));
  await row.click();
  await eventually(
    'the time to move to the clicked event',
    () => nowMs(page),
    (ms) => ms === atMs + 1,
  );
  const inspector = page.getByTestId('inspector');
  await inspector.waitFor();
  assert(
    ((await inspector.textContent()) ?? '').includes(id),
    `the inspector does not show ${id}, the clicked row’s consumer`,
  );
  await showView(page, 'Flow topology');
  await page.getByTestId('topo-broker').first().waitFor({ state: 'attached' });
}

export const E2E_CASES: readonly E2eCase[] = [
  { name: 'lists the scenarios', run: listsScenarios },
  { name: 'plays a scenario: records appear and a consumer marker moves', run: playsAndMoves },
  { name: 'steps back and forward with buttons and keys, then restarts', run: stepsBackAndForward },
  { name: 'seeks to the end and back with the scrubber', run: seeksWithTheScrubber },
  {
    name: 'filters the trace, clicks a row: time moves and the inspector shows its entity',
    run: filtersTheTraceAndSeeksToARow,
  },
  ...SESSION_CASES,
  ...LESSON_CASES,
  ...TIMELINE_CASES,
];
