// End-to-end cases for the gallery and the lesson panel: search the gallery, open a guided
// scenario, step its narration with Next and the Page keys, and answer a prediction.

import type { Page } from 'playwright-core';
import { assert, eventually, nudgeSpeed, playbackStatus } from './sandboxPage.ts';

const GUIDED_CARD =
  '[data-testid="scenario-card"]:not([data-narration-steps="0"]):not([data-predictions="0"])';

async function stepNumber(page: Page): Promise<number> {
  const text = (await page.getByTestId('narration-count').textContent()) ?? '';
  return Number(/Step (\d+)/.exec(text)?.[1] ?? NaN);
}

/** Searches the gallery for a word of a guided card's title; returns that card's id. */
async function searchForGuidedScenario(page: Page, baseUrl: string): Promise<string> {
  await page.goto(baseUrl);
  const card = page.locator(GUIDED_CARD).first();
  await card.waitFor();
  const id = (await card.getAttribute('data-scenario-id')) ?? '';
  const title = (await card.locator('h3').textContent()) ?? '';
  const word = title.split(/[^A-Za-z]+/).sort((a, b) => b.length - a.length)[0] ?? '';
  const before = await page.getByTestId('scenario-card').count();
  await page.getByRole('searchbox', { name: 'Search' }).fill(word);
  await eventually(
    `the search for "${word}" to narrow the gallery`,
    () => page.getByTestId('scenario-card').count(),
    (count) => count >= 1 && (count < before || before === 1),
  );
  assert(
    (await page.locator(`[data-scenario-id="${id}"]`).count()) === 1,
    `searching "${word}" hid the scenario "${title}"`,
  );
  return id;
}

/** Clicks Next until a question is on screen; fails if the lesson ends without one. */
async function nextUntilQuestion(page: Page): Promise<void> {
  const question = page.locator('[data-testid="prediction"][data-answered="false"]');
  for (let clicks = 0; clicks < 20; clicks += 1) {
    if ((await question.count()) > 0) return;
    const before = await stepNumber(page);
    const next = page.getByTestId('narration-next');
    if (await next.isEnabled()) await next.click();
    await eventually(
      'the narration to move on',
      async () => [await stepNumber(page), await question.count()],
      ([step, questions]) => (step ?? 0) > before || (questions ?? 0) > 0,
    );
  }
  throw new Error('Next never reached a prediction question');
}

async function searchesOpensAndAnswers(page: Page, baseUrl: string): Promise<void> {
  const id = await searchForGuidedScenario(page, baseUrl);
  await page.locator(`[data-scenario-id="${id}"] h3 button`).click();
  await page.getByTestId('lesson-panel').waitFor();
  assert((await stepNumber(page)) === 1, 'the lesson does not start at step 1');
  await nudgeSpeed(page, 10);
  await nextUntilQuestion(page);
  assert((await playbackStatus(page)) !== 'playing', 'playback runs while a question is open');
  const prediction = page.getByTestId('prediction');
  await prediction.locator('input[type="radio"]').first().check();
  await prediction.getByRole('button', { name: 'Answer' }).click();
  const verdict = page.getByTestId('prediction-verdict');
  await verdict.waitFor();
  assert(((await verdict.textContent()) ?? '').length > 20, 'the answer shows no explanation');
  assert(await page.getByTestId('narration-next').isEnabled(), 'Next stays off after the answer');
  const step = await stepNumber(page);
  await page.locator('h1').click();
  await page.keyboard.press('PageUp');
  await eventually(
    'Page Up to go back a step',
    () => stepNumber(page),
    (n) => n === step - 1,
  );
  await page.keyboard.press('PageDown');
  await eventually(
    'Page Down to come back',
    () => stepNumber(page),
    (n) => n === step,
  );
}

export const LESSON_CASES = [
  {
    name: 'searches the gallery, opens a guided scenario, steps the narration, answers a prediction',
    run: searchesOpensAndAnswers,
  },
] as const;
