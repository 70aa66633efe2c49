// `npm run bench:ui`: the front end's performance bar, measured in headless Chromium (Debian's
// /usr/bin/chromium through playwright-core) on the built app served by `vite preview`:
//   1. the heaviest bundled scenario (most trace events over its run) plays with every view it
//      opens plus the topology (whose canvas animates the messages in flight): frame rate, p95
//      frame time, long tasks, at 1x and at the speed where at least 1,000 messages animate;
//   2. scrubbing across the whole run, forward and back: the longest task;
//   3. the app's initial JavaScript (index.html, its entry and module preloads; not the chunks it
//      loads lazily), gzipped, against the same 300 KB budget (1 KB = 1,000 bytes) as the build.
// It prints what it measured, bar or no bar (the lines and the bars are in benchUiReport.ts), and
// exits 1 when a figure misses its bar.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { createSimulation } from '../src/engine/index.ts';
import { parseScenario } from '../src/scenario/index.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
import { appInitialJs } from './buildSizes.ts';
import { findFreePort } from '../tests/e2e/previewServer.ts';
import { hideLesson, measurePlay, measureScrub, setSpeed, showViews } from './benchUiPage.ts';
import { barChecks, DOTS_WANTED, figureLines, verdict } from './benchUiReport.ts';

const VITE_BIN = join(
  dirname(createRequire(import.meta.url).resolve('vite/package.json')),
  'bin',
  'vite.js',
);
const SCENARIOS_DIR = 'scenarios';
const PLAY_WINDOW_MS = 6000;

interface Heaviest {
  readonly id: string;
  readonly traceEvents: number;
  readonly records: number;
  readonly durationMs: number;
  readonly hasStreamJobs: boolean;
}

/** Runs every bundled scenario to its end in Node and picks the one with the longest trace. */
function heaviestScenario(): Heaviest {
  let best: Heaviest | null = null;
  for (const file of readdirSync(SCENARIOS_DIR).filter(
    (f) => f.endsWith('.json') && f !== 'schema.json',
  )) {
    const parsed = parseScenario(JSON.parse(readFileSync(join(SCENARIOS_DIR, file), 'utf8')));
    if (!parsed.ok) continue;
    const scenario = parsed.scenario;
    const sim = createSimulation(scenario);
    sim.runUntil(scenario.durationMs);
    const traceEvents = sim.traceLength();
    if (best !== null && best.traceEvents >= traceEvents) continue;
    best = {
      id: scenario.id,
      traceEvents,
      records: sim.trace().filter((e) => e.type === 'record.appended').length,
      durationMs: scenario.durationMs,
      hasStreamJobs: (scenario.topology.streamJobs ?? []).length > 0,
    };
  }
  if (best === null) throw new Error('no valid scenario in scenarios/');
  return best;
}

/** Builds into a directory of its own, so a build by anyone else in dist/ is left alone. */
function build(outDir: string): void {
  const result = spawnSync(
    process.execPath,
    [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0)
    throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

async function serve(outDir: string): Promise<{ url: string; stop: () => void }> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      VITE_BIN,
      'preview',
      '--config',
      'scripts/benchUiPreview.config.ts',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { detached: true, stdio: 'ignore' },
  );
  const stop = (): void => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  process.once('exit', stop);
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; tries < 200; tries += 1) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  stop();
  throw new Error(`vite preview did not answer at ${url}`);
}

const SPEEDS_TO_TRY = [10, 20, 30, 50, 70, 100];

/** Installed before any page script runs, so long tasks from the start are seen too. */
const LONG_TASK_OBSERVER = `
  window.__name = (target) => target;
  window.__bench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

/** The slowest speed at which at least DOTS_WANTED messages animate at once, with its probe. */
async function speedFor1000Dots(page: Page): Promise<{ speed: number; maxDots: number }> {
  let last = { speed: 100, maxDots: 0 };
  for (const speed of SPEEDS_TO_TRY) {
    await setSpeed(page, speed);
    const probe = await measurePlay(page, 1500);
    last = { speed, maxDots: probe.dotsMax };
    if (probe.dotsMax >= DOTS_WANTED) return last;
  }
  return last;
}

/** The load averages over 1, 5 and 15 minutes, to one decimal. */
function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
}

async function main(): Promise<number> {
  const heavy = heaviestScenario();
  console.log(
    `machine: ${availableParallelism()} cores, load average ${loadAverage()} (1, 5, 15 min) before measuring`,
  );
  console.log(
    `heaviest scenario: ${heavy.id} (${heavy.traceEvents} trace events, ${heavy.records} records, ${heavy.durationMs / 1000} s)`,
  );
  const outDir = mkdtempSync(join(tmpdir(), 'bench-ui-'));
  const server = await (async () => {
    build(outDir);
    return serve(outDir);
  })();
  const browser = await launchChromium();
  try {
    const js = appInitialJs(outDir);
    const page = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage();
    // A string, not a function: tsx would wrap a function's inner closures in its `__name`
    // helper, which the page lacks (the stub also serves the page.evaluate calls).
    await page.addInitScript({ content: LONG_TASK_OBSERVER });
    await page.goto(`${server.url}#/scenario/${heavy.id}`, { waitUntil: 'load' });
    await page.waitForSelector('input.scrubber');
    const isolated = await page.evaluate(() => crossOriginIsolated);
    console.log(
      isolated
        ? 'page is cross-origin isolated: frame timestamps resolve to 5 µs'
        : 'page is NOT cross-origin isolated: frame timestamps are coarsened to 100 µs with jitter',
    );
    await hideLesson(page);
    await showViews(
      page,
      heavy.hasStreamJobs ? ['Flow topology', 'Event-time timeline'] : ['Flow topology'],
    );
    await setSpeed(page, 1);
    const atOne = await measurePlay(page, PLAY_WINDOW_MS);
    const fast = await speedFor1000Dots(page);
    await setSpeed(page, fast.speed);
    const atFast = await measurePlay(page, PLAY_WINDOW_MS);
    const scrub = await measureScrub(page, heavy.durationMs, 120);
    const figures = { atOne, fastSpeed: fast.speed, atFast, scrub, js };
    const lines = figureLines(figures);
    lines.push(`load average after measuring: ${loadAverage()}`);
    for (const line of lines) console.log(line);
    const checks = barChecks(figures);
    for (const [name, ok] of checks) console.log(`bar: ${name}: ${verdict(ok)}`);
    return checks.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
    rmSync(outDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
