// The in-page half of `npm run bench:ui`: drives the sandbox as a user would (view toggles, the
// speed slider, Play, the scrubber) and measures frames and long tasks with the browser's own
// clocks (requestAnimationFrame timestamps, PerformanceObserver 'longtask', installed by the
// caller before any page script runs).

import type { Page } from 'playwright-core';

export interface PlayFigures {
  readonly fps: number;
  readonly p95FrameMs: number;
  readonly longestTaskMs: number;
  /** Long tasks (over 50 ms) that overlapped the window. */
  readonly longTasks: number;
  readonly dotsMax: number;
  readonly dotsMedian: number;
  /** Times the run ended inside the window and was restarted to keep it animating. */
  readonly restarts: number;
}

export interface ScrubFigures {
  readonly steps: number;
  readonly longestTaskMs: number;
  readonly over100: number;
  readonly slowestStepMs: number;
}

/** Hides the lesson panel, whose predictions would pause playback (a hidden lesson asks nothing). */
export async function hideLesson(page: Page): Promise<void> {
  const hide = page.getByRole('button', { name: 'Hide lesson' });
  if ((await hide.count()) > 0) await hide.click();
}

/** Shows the named view panels that are hidden. */
export async function showViews(page: Page, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const button = page.getByRole('group', { name: 'Views' }).getByRole('button', { name });
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  }
}

/** Moves the speed slider to the position of `speed` (ten positions per decade from 0.1x). */
export async function setSpeed(page: Page, speed: number): Promise<void> {
  const position = Math.round(10 * Math.log10(speed / 0.1));
  await page.evaluate((value) => {
    const slider = document.querySelector<HTMLInputElement>('.speed-control input[type="range"]');
    if (slider === null) throw new Error('no speed slider');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
      slider,
      String(value),
    );
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  }, position);
}

/** Restarts, plays and measures for `windowMs`, restarting whenever the run ends. */
export async function measurePlay(page: Page, windowMs: number): Promise<PlayFigures> {
  await page.getByRole('button', { name: 'Restart' }).click();
  await page.getByRole('button', { name: 'Play', exact: false }).first().click();
  const raw = await page.evaluate(async (windowMs) => {
    const bench = (
      window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }
    ).__bench;
    const intervals: number[] = [];
    const dots: number[] = [];
    let restarts = 0;
    const button = (label: string): HTMLButtonElement | undefined =>
      [...document.querySelectorAll<HTMLButtonElement>('.player-controls button')].find((b) =>
        b.textContent?.includes(label),
      );
    const { start, end } = await new Promise<{ start: number; end: number }>((resolve) => {
      let first = -1;
      let last = -1;
      const tick = (ts: number): void => {
        if (first < 0) first = ts;
        else intervals.push(ts - last);
        last = ts;
        dots.push(
          Number(
            document.querySelector<HTMLCanvasElement>('canvas.flight-canvas')?.dataset.dots ?? 0,
          ),
        );
        if (document.querySelector('[data-testid="playback-status"]')?.textContent === 'ended') {
          restarts += 1;
          button('Restart')?.click();
          button('Play')?.click();
        }
        if (ts - first < windowMs) requestAnimationFrame(tick);
        else resolve({ start: first, end: ts });
      };
      requestAnimationFrame(tick);
    });
    button('Pause')?.click();
    const tasks = bench.longTasks.filter((t) => t.start + t.duration >= start && t.start <= end);
    return { intervals, dots, restarts, elapsed: end - start, tasks: tasks.map((t) => t.duration) };
  }, windowMs);
  const sorted = [...raw.intervals].sort((a, b) => a - b);
  const dots = [...raw.dots].sort((a, b) => a - b);
  return {
    fps: raw.intervals.length / (raw.elapsed / 1000),
    p95FrameMs: sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? Number.NaN,
    longestTaskMs: Math.max(0, ...raw.tasks),
    longTasks: raw.tasks.filter((d) => d > 50).length,
    dotsMax: dots.at(-1) ?? 0,
    dotsMedian: dots[Math.floor(dots.length / 2)] ?? 0,
    restarts: raw.restarts,
  };
}

/**
 * Drags the scrubber across the whole run in `steps` moves forward, releases it, then drags it
 * back, as a learner does: a pointer press, the moves (each painted), and a release, after which
 * the views catch up. Long tasks count from the first press to the last view caught up.
 */
export async function measureScrub(
  page: Page,
  durationMs: number,
  steps: number,
): Promise<ScrubFigures> {
  const raw = await page.evaluate(
    async ({ durationMs, steps }) => {
      const bench = (
        window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }
      ).__bench;
      const scrubber = document.querySelector<HTMLInputElement>('input.scrubber');
      if (scrubber === null) throw new Error('no scrubber');
      const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
      // React tracks the value property, so set it through the prototype's setter, as typing does.
      const setValue = (value: string): void => descriptor?.set?.call(scrubber, value);
      const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
      const positions = [
        ...Array.from({ length: steps }, (_, i) => Math.round(((i + 1) * durationMs) / steps)),
        ...Array.from({ length: steps }, (_, i) =>
          Math.round(((steps - i - 1) * durationMs) / steps),
        ),
      ];
      const start = performance.now();
      let slowest = 0;
      const pointer = (type: string): boolean =>
        scrubber.dispatchEvent(new PointerEvent(type, { bubbles: true, isPrimary: true }));
      for (const [i, position] of positions.entries()) {
        if (i % steps === 0) pointer('pointerdown');
        const before = performance.now();
        setValue(String(position));
        scrubber.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        await frame();
        slowest = Math.max(slowest, performance.now() - before);
        if (i % steps === steps - 1) {
          pointer('pointerup');
          // The views catch up one per frame after the release.
          for (let f = 0; f < 12; f += 1) await frame();
        }
      }
      const end = performance.now();
      const tasks = bench.longTasks.filter((t) => t.start + t.duration >= start && t.start <= end);
      return { count: positions.length, tasks: tasks.map((t) => t.duration), slowest };
    },
    { durationMs, steps },
  );
  return {
    steps: raw.count / 2,
    longestTaskMs: Math.max(0, ...raw.tasks),
    over100: raw.tasks.filter((d) => d > 100).length,
    slowestStepMs: raw.slowest,
  };
}
