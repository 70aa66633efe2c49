// End-to-end cases for the event-time view and "Export view": in real Chromium the timeline paints
// its record dots on canvas, counts the late and dropped records, and exports as SVG and PNG.

import type { Page } from 'playwright-core';
import { assert, eventually } from './sandboxPage.ts';

export interface TimelineCase {
  readonly name: string;
  readonly run: (page: Page, baseUrl: string) => Promise<void>;
}

const SCENARIO = 'late-events-allowed-lateness';

async function openAt(page: Page, baseUrl: string, tMs: number): Promise<void> {
  await page.goto(`${baseUrl}#/scenario/${SCENARIO}`);
  const scrubber = page.getByLabel('Simulated time');
  await scrubber.waitFor();
  await scrubber.fill(String(tMs));
  await eventually(
    'the playhead to reach the seek',
    () => page.getByTestId('timeline-playhead').textContent(),
    (text) => text === `now ${(tMs / 1000).toFixed(3)} s`,
  );
}

/** Counts canvas pixels that are not transparent: the dots really are painted. */
function paintedPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.timeline-canvas');
    const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; data !== undefined && i < data.length; i += 4)
      if ((data[i] ?? 0) > 0) painted += 1;
    return painted;
  });
}

async function drawsTheTimeline(page: Page, baseUrl: string): Promise<void> {
  await openAt(page, baseUrl, 40_000);
  const semantics = (await page.getByTestId('timeline-semantics').textContent()) ?? '';
  assert(semantics.startsWith('Flink semantics'), `the timeline says "${semantics.slice(0, 40)}"`);
  const dropped = Number(await page.getByTestId('timeline-count-dropped-record').textContent());
  const late = Number(await page.getByTestId('timeline-count-late').textContent());
  assert(
    dropped > 0 && late > 0,
    `by 40 s the timeline shows ${dropped} dropped records and ${late} late firings`,
  );
  assert((await paintedPixels(page)) > 500, 'the record dots are not painted on the canvas');
  await page.getByRole('button', { name: 'Around now' }).click();
  assert((await paintedPixels(page)) > 200, 'zoomed in, the record dots are not painted');
}

async function exportsTheView(page: Page, baseUrl: string): Promise<void> {
  await openAt(page, baseUrl, 30_000);
  await page.getByTestId('timeline-summary').click();
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'View SVG' }).click(),
  ]);
  assert(
    svg.suggestedFilename().endsWith('-event-time-against-processing-time.svg'),
    `SVG named ${svg.suggestedFilename()}`,
  );
  const svgText = await (
    await svg.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString('utf8'));
  assert(
    svgText.startsWith('<svg') && svgText.includes('<image') && svgText.includes('now 30.000 s'),
    'the SVG lacks the canvas layer or the playhead',
  );
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'View PNG' }).click(),
  ]);
  const bytes = await (
    await png.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks));
  assert(
    bytes.subarray(1, 4).toString('latin1') === 'PNG' && bytes.length > 10_000,
    `the PNG has ${bytes.length} bytes`,
  );
  const said = (await page.getByTestId('live-announcer').textContent()) ?? '';
  assert(
    said.includes('Saved Event time against processing time as PNG'),
    `the live region says "${said}"`,
  );
}

export const TIMELINE_CASES: readonly TimelineCase[] = [
  {
    name: 'the event-time view paints records, counts late and dropped ones, and zooms',
    run: drawsTheTimeline,
  },
  {
    name: 'exports the current view as SVG (with its canvas layer) and as PNG',
    run: exportsTheView,
  },
];
