// Determinism across JavaScript engines: the same generated scenarios, run in Node and in Chromium
// (through Vite's dev server, which serves the engine's TypeScript as modules), must produce the
// same trace hashes. This catches anything platform-dependent that slipped into the engine.

import type { Browser } from 'playwright-core';
import { createSimulation } from '../../src/engine/index.ts';
import { traceHash } from '../sim/determinismChecks.ts';
import { generateScenario } from '../sim/generateScenario.ts';
import { openWatchedPage } from './browser.ts';
import { startDevServer } from './devServer.ts';

/** Seeds checked in both engines; each is a random topology with a fault schedule. */
const SEEDS = [1, 2, 3, 17, 42, 99];

function nodeHashes(): number[] {
  return SEEDS.map((seed) => {
    const { scenario } = generateScenario(seed);
    const sim = createSimulation(scenario);
    sim.runUntil(scenario.durationMs);
    return traceHash(sim);
  });
}

/** Runs the same seeds inside the page and returns their hashes. */
async function browserHashes(
  browser: Browser,
  baseUrl: string,
): Promise<{ hashes: number[]; problems: string[] }> {
  const { page, problems, close } = await openWatchedPage(browser);
  try {
    // Only the origin matters here: the modules below are imported directly. Waiting for the
    // whole app to load on a cold dev server can take long on a busy two-core machine.
    await page.goto(baseUrl, { waitUntil: 'commit', timeout: 120_000 });
    const hashes = await page.evaluate(async (seeds: number[]) => {
      // Module URLs as strings, so the bundler and the type checker leave them alone.
      const engineUrl = '/src/engine/index.ts';
      const generatorUrl = '/tests/sim/generateScenario.ts';
      const checksUrl = '/tests/sim/determinismChecks.ts';
      type Sim = { runUntil: (t: number) => unknown };
      const engine = (await import(/* @vite-ignore */ engineUrl)) as {
        createSimulation: (s: unknown) => Sim;
      };
      const generator = (await import(/* @vite-ignore */ generatorUrl)) as {
        generateScenario: (seed: number) => { scenario: { durationMs: number } };
      };
      const checks = (await import(/* @vite-ignore */ checksUrl)) as {
        traceHash: (sim: Sim) => number;
      };
      return seeds.map((seed) => {
        const { scenario } = generator.generateScenario(seed);
        const sim = engine.createSimulation(scenario);
        sim.runUntil(scenario.durationMs);
        return checks.traceHash(sim);
      });
    }, SEEDS);
    return { hashes, problems: [...problems] };
  } finally {
    await close();
  }
}

/** Returns null when Node and Chromium agree on every seed, else a description of the difference. */
export async function checkCrossEngineHashes(browser: Browser): Promise<string | null> {
  const server = await startDevServer();
  try {
    const expected = nodeHashes();
    const { hashes, problems } = await browserHashes(browser, server.url);
    const diffs = SEEDS.flatMap((seed, i) =>
      expected[i] === hashes[i] ? [] : [`seed ${seed}: node ${expected[i]} chromium ${hashes[i]}`],
    );
    const all = [...diffs, ...problems];
    return all.length === 0 ? null : all.join('\n');
  } finally {
    server.stop();
  }
}
