// Golden traces: each bundled scenario, run headless with its own seed to its end, must print
// exactly the trace stored in tests/golden. A change to the engine that moves any event shows up
// here as a diff to review. `npm run golden:update` rewrites the files after a deliberate change.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulation, formatTraceText } from '../../src/engine/index.ts';
import { loadScenarioFile, scenarioFileNames } from '../support/scenarios.ts';

const GOLDEN_DIR = join(import.meta.dirname, '..', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

describe.each(scenarioFileNames())('golden trace of %s', (file) => {
  it('matches the stored trace', () => {
    const scenario = loadScenarioFile(file);
    const sim = createSimulation(scenario);
    sim.runUntil(scenario.durationMs);
    const text = formatTraceText(sim.trace());
    const path = join(GOLDEN_DIR, `${scenario.id}.trace.txt`);
    if (update) writeFileSync(path, text);
    expect(existsSync(path), `missing golden file ${path}; run npm run golden:update`).toBe(true);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });
});
