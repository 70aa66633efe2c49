// Reads and drives the sandbox the way a person does: through buttons, keys and visible text.
// The data-* attributes it reads are the same facts the screen shows, in machine-readable form.

import type { Page } from 'playwright-core';

/** Polls `read` until `accept` holds, or fails with `what` after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!accept(last)) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last saw ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}

export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/**
 * Opens the list, then the first scenario that has consumers, and returns its id. These cases
 * test playback, so a guided scenario's lesson is hidden: its questions would pause the run.
 */
export async function openScenarioWithConsumers(page: Page, baseUrl: string): Promise<string> {
  await page.goto(baseUrl);
  const card = page.locator('[data-testid="scenario-card"]:not([data-consumer-count="0"])').first();
  await card.waitFor();
  const id = (await card.getAttribute('data-scenario-id')) ?? '';
  await card.locator('h3 button').click();
  await page.getByTestId('playback-status').waitFor();
  const hideLesson = page.getByRole('button', { name: 'Hide lesson' });
  if ((await hideLesson.count()) > 0) await hideLesson.click();
  return id;
}

export async function nowMs(page: Page): Promise<number> {
  return Number(await page.getByTestId('time-now').getAttribute('data-now-ms'));
}

export async function traceCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('trace-lines').getAttribute('data-total-count'));
}

export async function playbackStatus(page: Page): Promise<string> {
  return (await page.getByTestId('playback-status').textContent()) ?? '';
}

export async function recordCellCount(page: Page): Promise<number> {
  return page.locator('[data-testid="record-cell"]').count();
}

/** Every consumer position marker, as `consumer/partition` → offset. */
export async function consumerPositions(page: Page): Promise<Record<string, number>> {
  return page.$$eval('[data-testid="consumer-marker"]', (markers) =>
    Object.fromEntries(
      markers.map((marker) => [
        `${marker.getAttribute('data-id')}/${marker.getAttribute('data-partition')}`,
        Number(marker.getAttribute('data-offset')),
      ]),
    ),
  );
}

/** Moves the speed slider with the keyboard, ten steps per decade. */
export async function nudgeSpeed(page: Page, steps: number): Promise<void> {
  await page.getByLabel('Speed').focus();
  for (let i = 0; i < Math.abs(steps); i += 1)
    await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
  // Give keyboard focus back to the page so the player's own shortcuts apply again.
  await page.locator('h1').click();
}
