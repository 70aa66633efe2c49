// What `npm run bench:ui` prints of its figures, and the bars they must meet: a line per figure
// measured and a check per bar. It is apart from benchUi.ts so that the script reads as the steps
// of the run, and what counts as meeting a bar is read in one place.

import type { PlayFigures, ScrubFigures } from './benchUiPage.ts';
import { APP_INITIAL_BUDGET_BYTES, kB, type OutputSize } from './buildSizes.ts';

export const DOTS_WANTED = 1000;
const BARS = {
  fps: 58,
  p95FrameMs: 16.7,
  longTaskMs: 50,
  scrubLongTaskMs: 100,
  initialJsGzipBytes: APP_INITIAL_BUDGET_BYTES,
};

/** Everything the bench measured, bar or no bar. */
export interface BenchFigures {
  readonly atOne: PlayFigures;
  /** The speed of the fast run, the slowest at which DOTS_WANTED messages animate. */
  readonly fastSpeed: number;
  readonly atFast: PlayFigures;
  readonly scrub: ScrubFigures;
  readonly js: OutputSize;
}

function formatPlay(label: string, f: PlayFigures): string[] {
  return [
    `${label}: ${f.fps.toFixed(1)} fps, p95 frame ${f.p95FrameMs.toFixed(2)} ms, ` +
      `longest task ${f.longestTaskMs.toFixed(0)} ms, long tasks >50 ms: ${f.longTasks}`,
    `  messages animating at once: max ${f.dotsMax}, median ${f.dotsMedian}; restarts to keep playing: ${f.restarts}`,
  ];
}

export function verdict(ok: boolean): string {
  return ok ? 'ok' : 'MISSES THE BAR';
}

/** The figures, one line each, in the order they are printed. */
export function figureLines({ atOne, fastSpeed, atFast, scrub, js }: BenchFigures): string[] {
  return [
    ...formatPlay('play at 1x', atOne),
    ...formatPlay(`play at ${fastSpeed}x`, atFast),
    `scrub across the run (${scrub.steps} seeks forward, ${scrub.steps} back): longest task ${scrub.longestTaskMs.toFixed(0)} ms, ` +
      `long tasks >100 ms: ${scrub.over100}, slowest seek-to-paint ${scrub.slowestStepMs.toFixed(0)} ms`,
    `initial JS gzipped: ${kB(js.gzipBytes)} (${js.files.join(', ')})`,
  ];
}

/** Each bar, named, with whether the figures meet it. */
export function barChecks({ atOne, atFast, scrub, js }: BenchFigures): [string, boolean][] {
  return [
    [
      `fps >= ${BARS.fps} while ${DOTS_WANTED}+ messages animate`,
      atFast.fps >= BARS.fps && atFast.dotsMax >= DOTS_WANTED,
    ],
    [
      `p95 frame <= ${BARS.p95FrameMs} ms`,
      atFast.p95FrameMs <= BARS.p95FrameMs && atOne.p95FrameMs <= BARS.p95FrameMs,
    ],
    [
      `no long task > ${BARS.longTaskMs} ms during play`,
      atFast.longTasks === 0 && atOne.longTasks === 0,
    ],
    [
      `no long task > ${BARS.scrubLongTaskMs} ms while scrubbing`,
      scrub.longestTaskMs <= BARS.scrubLongTaskMs,
    ],
    [
      `initial JS <= ${kB(BARS.initialJsGzipBytes)} gzipped`,
      js.gzipBytes <= BARS.initialJsGzipBytes,
    ],
  ];
}
