// Determinism checks for a generated run: the same scenario run twice gives the same trace (by an
// FNV-1a hash of its text form), and seeking a finished simulation back to a time gives exactly the
// state and trace of a straight run to that time.

import { createSimulation, formatTraceText, type Simulation } from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import { intBetween, type SimRandom } from './simRandom.ts';

/** 32-bit FNV-1a over UTF-16 code units: tiny, stable, and enough to tell two traces apart. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function traceHash(sim: Simulation): number {
  return fnv1a(formatTraceText(sim.trace()));
}

/** Everything observable at the current time, with each log cut to its readable range. */
export function observe(sim: Simulation): string {
  const state = sim.getState();
  const partitions = state.partitions.map((p) => ({
    ...p,
    records: p.records.slice(p.logStartOffset, p.logEndOffset),
  }));
  return `${JSON.stringify({ ...state, partitions })}\n${formatTraceText(sim.trace())}`;
}

/** A second run of the same scenario, with default options, must hash the same as the first. */
export function checkRunTwice(scenario: ScenarioFile, firstHash: number): string[] {
  const again = createSimulation(scenario);
  again.runUntil(scenario.durationMs);
  const hash = traceHash(again);
  return hash === firstHash
    ? []
    : [`determinism: trace hash ${firstHash} on the first run, ${hash} on the second`];
}

/**
 * Seeks `sim` (which has run to the end) to three random times, in the order drawn so that seeks
 * go both backward and forward, and compares each with a fresh straight run to that time.
 */
export function checkSeeks(sim: Simulation, scenario: ScenarioFile, rng: SimRandom): string[] {
  const times = [0, 1, 2].map(() => intBetween(rng, 0, scenario.durationMs));
  const problems: string[] = [];
  for (const t of times) {
    const straight = createSimulation(scenario);
    straight.runUntil(t);
    sim.seek(t);
    if (observe(sim) !== observe(straight))
      problems.push(`determinism: seeking back to ${t} ms differs from a straight run to ${t} ms`);
  }
  return problems;
}
