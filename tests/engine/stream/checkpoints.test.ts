import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  formatTraceText,
  type ScenarioModel,
  type StreamJobSpec,
} from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { eventsOf } from '../../support/traceQueries.ts';

type SinkKind = NonNullable<StreamJobSpec['sink']>['kind'];

/** Ordered readings (no stragglers), a 5 s tumbling sum, checkpoints every 2 s; the job may fail at 16 s, just after a window fired. */
function world(sink: SinkKind, fail: boolean): ScenarioModel {
  const base = buildScenario({ durationMs: 40_000, partitions: 2 });
  const producer = {
    ...base.topology.producers[0]!,
    rate: { kind: 'constant' as const, intervalMs: 20 },
    keys: { kind: 'uniform' as const, count: 6 },
    values: { kind: 'integer' as const, min: 1, max: 9 },
    stopAtMs: 30_000,
  };
  const job: StreamJobSpec = {
    id: 'sums',
    sourceTopic: 'orders',
    watermarks: {
      strategy: 'bounded-out-of-orderness',
      maxOutOfOrdernessMs: 500,
      idleTimeoutMs: 2_000,
    },
    window: {
      assigner: { kind: 'tumbling', sizeMs: 5_000 },
      allowedLatenessMs: 0,
      aggregate: 'sum',
    },
    sink: { kind: sink },
    checkpoint: { intervalMs: 2_000, ackDelayMs: 100 },
    restartDelayMs: 1_500,
  };
  return {
    ...base,
    topology: { ...base.topology, producers: [producer], consumerGroups: [], streamJobs: [job] },
    interventions: fail ? [{ atMs: 16_000, type: 'job.fail', target: 'sums' }] : [],
  };
}

function run(s: ScenarioModel) {
  const sim = createSimulation(s, { checkInvariantsEveryStep: true });
  sim.runUntil(s.durationMs);
  return sim;
}

const rows = (sim: ReturnType<typeof run>) =>
  sim.getState().streamJobs[0]!.sinkOutput.map((r) => `${r.key}@${r.window[0]}=${r.value}`);

describe('checkpoints, recovery and end-to-end guarantees', () => {
  it('restores the last completed checkpoint after a failure and replays from its offsets', () => {
    const sim = run(world('append', true));
    const trace = sim.trace();
    const failed = eventsOf(trace, 'job.failed')[0]!;
    const restored = eventsOf(trace, 'job.restored')[0]!;
    const lastDone = eventsOf(trace, 'checkpoint.completed')
      .filter((c) => c.atMs <= failed.atMs)
      .at(-1)!;
    expect(restored.atMs).toBe(failed.atMs + 1_500);
    expect(restored.checkpoint).toBe(lastDone.checkpoint);
  });

  it('an append sink shows duplicates after recovery: at-least-once', () => {
    const clean = rows(run(world('append', false)));
    const failed = rows(run(world('append', true)));
    expect(new Set(clean).size).toBe(clean.length);
    expect(failed.length).toBeGreaterThan(clean.length);
    expect(new Set(failed)).toEqual(new Set(clean));
  });

  it('an idempotent upsert sink hides the duplicates', () => {
    const clean = rows(run(world('idempotent-upsert', false))).sort();
    const failed = rows(run(world('idempotent-upsert', true))).sort();
    expect(failed).toEqual(clean);
  });

  it('a transactional sink equals the failure-free output, and results become visible only on commit', () => {
    const cleanSim = run(world('transactional', false));
    const failedSim = run(world('transactional', true));
    expect(rows(failedSim).sort()).toEqual(rows(cleanSim).sort());
    const trace = cleanSim.trace();
    const commits = eventsOf(trace, 'sink.committed');
    const written = eventsOf(trace, 'sink.written');
    expect(written.every((w) => w.visibility === 'staged')).toBe(true);
    // Every result is committed by the first commit after it was written: the extra latency.
    for (const r of cleanSim.getState().streamJobs[0]!.sinkOutput) {
      const commit = commits.find((c) => c.atMs >= r.atMs);
      expect(commit).toBeDefined();
    }
  });

  it('the same seed gives the same output after a failure and recovery', () => {
    const a = run(world('append', true));
    const b = run(world('append', true));
    expect(formatTraceText(a.trace())).toBe(formatTraceText(b.trace()));
  });
});
