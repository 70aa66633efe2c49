// Regression test for a gap named in the last closing note: a stream job's early-firing state
// (which panes have records no early pane has reported yet) was not part of its checkpoints. A
// pane with unreported records at checkpoint n, reported early after it, lost that early pane when
// the job failed before checkpoint n + 1 and restored n: the transactional sink dropped the
// uncommitted pane, and nothing marked the pane for an early firing again. In Flink and Beam the
// trigger's state is keyed state and is restored with the window contents, so the early pane
// comes again after the restore, and no pane reported before the checkpoint is reported twice.

import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  type StreamJobSpec,
  type StreamJobView,
} from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import { buildScenario } from '../support/scenarios.ts';
import { eventsOf } from '../support/traceQueries.ts';

const JOB: StreamJobSpec = {
  id: 'j1',
  sourceTopic: 'orders',
  watermarks: { strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 100, intervalMs: 200 },
  window: {
    assigner: { kind: 'tumbling', sizeMs: 10_000 },
    allowedLatenessMs: 0,
    aggregate: 'sum',
    accumulation: 'accumulating',
    earlyFiring: { everyMs: 1000 },
  },
  sink: { kind: 'transactional' },
  checkpoint: { intervalMs: 700, ackDelayMs: 50 },
  restartDelayMs: 300,
};

/**
 * Key a gets five records in its first 500 ms; key b's records from 11 s on close a's window.
 * Checkpoint 1 is taken at 700 ms with a's pane unreported; the early pane comes at 1 s.
 */
function scenarioWith(failAtMs?: number): ScenarioFile {
  const a = [100, 200, 300, 400, 500].map((t) => ({
    atMs: t,
    key: 'a',
    value: '1',
    eventTimeMs: t,
  }));
  const b = [11_000, 11_500, 12_000].map((t) => ({
    atMs: t,
    key: 'b',
    value: '2',
    eventTimeMs: t,
  }));
  const base = buildScenario({
    partitions: 1,
    durationMs: 15_000,
    producers: [
      { id: 'p1', topic: 'orders', rate: { kind: 'scripted', records: [...a, ...b] }, lingerMs: 0 },
    ],
  });
  const interventions =
    failAtMs === undefined ? [] : [{ atMs: failAtMs, type: 'job.fail' as const, target: 'j1' }];
  return {
    ...base,
    topology: { ...base.topology, consumerGroups: [], streamJobs: [JOB] },
    interventions,
  };
}

function run(failAtMs?: number): {
  job: StreamJobView;
  trace: ReturnType<ReturnType<typeof createSimulation>['trace']>;
} {
  const sim = createSimulation(scenarioWith(failAtMs), { checkInvariantsEveryStep: true });
  sim.runUntil(15_000);
  return { job: sim.getState().streamJobs[0]!, trace: sim.trace() };
}

/** Key a's committed rows; b's early panes come at processing times a restore shifts. */
const rows = (job: StreamJobView): string[] =>
  job.sinkOutput
    .filter((r) => r.key === 'a')
    .map((r) => `${r.key}|${r.window[0]}|${r.window[1]}=${r.value}`)
    .sort();

describe('early firings across a restore', () => {
  const clean = run();

  it('the failure-free run reports a early, then on time, and commits both', () => {
    const fired = eventsOf(clean.trace, 'window.fired').filter((e) => e.key === 'a');
    expect(fired.map((e) => [e.timing, e.value])).toEqual([
      ['early', 5],
      ['on-time', 5],
    ]);
    expect(rows(clean.job)).toEqual(['a|0|10000=5', 'a|0|10000=5']);
  });

  it('does not lose an early pane that was pending at the restored checkpoint', () => {
    // Checkpoint 2 (1.4 s) would have committed the early pane of 1 s; the failure at 1.2 s comes first.
    const faulty = run(1_200);
    const restored = eventsOf(faulty.trace, 'job.restored');
    expect(restored.map((e) => e.checkpoint)).toEqual([1]);
    const early = eventsOf(faulty.trace, 'window.fired').filter(
      (e) => e.key === 'a' && e.timing === 'early' && e.atMs > restored[0]!.atMs,
    );
    expect(early.map((e) => e.value)).toEqual([5]);
    expect(rows(faulty.job)).toEqual(rows(clean.job));
  });

  it('does not report again an early pane that was reported before the restored checkpoint', () => {
    // The early pane of 1 s is committed with checkpoint 2 (1.4 s); the job fails at 1.6 s.
    const faulty = run(1_600);
    const restored = eventsOf(faulty.trace, 'job.restored');
    expect(restored.map((e) => e.checkpoint)).toEqual([2]);
    const early = eventsOf(faulty.trace, 'window.fired').filter(
      (e) => e.key === 'a' && e.timing === 'early',
    );
    expect(early.length).toBe(1);
    expect(rows(faulty.job)).toEqual(rows(clean.job));
  });
});
