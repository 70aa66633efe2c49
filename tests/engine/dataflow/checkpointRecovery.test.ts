import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  formatTraceText,
  type DataflowSpec,
  type ScenarioModel,
} from '../../../src/engine/index.ts';
import { eventsOf } from '../../support/traceQueries.ts';
import { dataflowWorld, rec } from './dataflowWorld.ts';

type SinkKind = 'append' | 'idempotent-upsert' | 'transactional';

/** 4 keys, a record every 25 ms for 8 s; a two-stage job with parallelism 2; checkpoints every second. */
function world(
  sink: SinkKind,
  failAtMs: number | null,
  mode: 'continuous' | 'micro-batch' = 'continuous',
): ScenarioModel {
  const records = Array.from({ length: 320 }, (_, i) =>
    rec(50 + i * 25, `k${i % 4}`, String(1 + (i % 5))),
  );
  const dataflow: DataflowSpec = {
    id: 'job',
    mode,
    batchIntervalMs: 500,
    watermarks: { strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 0 },
    checkpoint: { intervalMs: 1_000 },
    restartDelayMs: 500,
    operators: [
      { id: 'src', kind: 'source', topic: 'orders', parallelism: 2 },
      { id: 'scaled', kind: 'map', input: 'src', parallelism: 2, set: { value: 'value * 10' } },
      {
        id: 'win',
        kind: 'window',
        input: 'scaled',
        parallelism: 2,
        assigner: { kind: 'tumbling', sizeMs: 1_000 },
        allowedLatenessMs: 0,
        aggregate: 'sum',
      },
      { id: 'out', kind: 'sink', input: 'win', sink },
    ],
  };
  return dataflowWorld(dataflow, {
    records,
    partitions: 2,
    durationMs: 14_000,
    interventions: failAtMs === null ? [] : [{ atMs: failAtMs, type: 'job.fail', target: 'job' }],
  });
}

function run(s: ScenarioModel) {
  const sim = createSimulation(s, { checkInvariantsEveryStep: true });
  sim.runUntil(s.durationMs);
  return sim;
}

function rows(s: ScenarioModel) {
  return run(s)
    .getState()
    .dataflows[0]!.sinks.out!.map((r) => `${r.key} ${r.window![0]} ${r.value}`);
}

describe('checkpoints, recovery and end-to-end guarantees', () => {
  it('barriers align at every subtask and each checkpoint completes once all terminal subtasks acknowledge', () => {
    const sim = run(world('append', null));
    const trace = sim.trace();
    const completed = eventsOf(trace, 'checkpoint.completed');
    expect(completed.length).toBeGreaterThanOrEqual(12);
    const first = completed[0]!.checkpoint;
    // Two source, two map and two window subtasks forward the barrier; one sink subtask acknowledges.
    const aligned = eventsOf(trace, 'barrier.aligned').filter((e) => e.checkpoint === first);
    expect(aligned.map((e) => `${e.operator}/${e.subtask}`).sort()).toEqual([
      'out/0',
      'scaled/0',
      'scaled/1',
      'win/0',
      'win/1',
    ]);
    const started = eventsOf(trace, 'checkpoint.started').find((e) => e.checkpoint === first)!;
    expect(completed[0]!.atMs).toBeGreaterThan(started.atMs);
    expect(completed[0]!.durationMs).toBe(completed[0]!.atMs - started.atMs);
  });

  it('an append sink shows duplicates after recovery: at-least-once', () => {
    const clean = rows(world('append', null));
    const failed = rows(world('append', 4_700));
    expect(new Set(failed)).toEqual(new Set(clean));
    expect(failed.length).toBeGreaterThan(clean.length);
  });

  it('an idempotent sink hides the duplicates', () => {
    expect(rows(world('idempotent-upsert', 4_700)).sort()).toEqual(
      rows(world('idempotent-upsert', null)).sort(),
    );
  });

  it('a transactional sink equals the failure-free output, and makes results visible only at checkpoint completion', () => {
    const s = world('transactional', 4_700);
    // Rows of one transaction become visible together; their order inside it carries no meaning.
    const clean = rows(world('transactional', null));
    expect(rows(s).sort()).toEqual(clean.sort());
    expect(new Set(clean).size).toBe(clean.length);
    const trace = run(s).trace();
    const commits = eventsOf(trace, 'sink.committed').filter((e) => e.count > 0);
    const fired = eventsOf(trace, 'window.fired');
    expect(commits.length).toBeGreaterThan(0);
    // The first result waits for the next checkpoint to complete: the cost of exactly-once.
    expect(commits[0]!.atMs).toBeGreaterThan(fired[0]!.atMs);
  });

  it('restores the last completed checkpoint and rewinds the sources to its offsets', () => {
    const trace = run(world('append', 4_700)).trace();
    const restored = eventsOf(trace, 'job.restored')[0]!;
    const lastCompletedBefore = eventsOf(trace, 'checkpoint.completed')
      .filter((e) => e.atMs < 4_700)
      .at(-1)!;
    expect(restored.checkpoint).toBe(lastCompletedBefore.checkpoint);
    expect(restored.atMs).toBe(5_200);
  });

  it('micro-batch mode computes the same windows as continuous mode, later', () => {
    const continuous = rows(world('append', null));
    const batch = rows(world('append', null, 'micro-batch'));
    expect(batch.sort()).toEqual(continuous.sort());
    const latency = (mode: 'continuous' | 'micro-batch') =>
      eventsOf(run(world('append', null, mode)).trace(), 'window.fired').map(
        (e) => e.atMs - e.window[1],
      );
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(avg(latency('micro-batch'))).toBeGreaterThan(avg(latency('continuous')) + 200);
  });

  it('the same seed gives the same trace, byte for byte, across a crash and recovery, and seeking matches a straight run', () => {
    const s = world('transactional', 4_700);
    const a = run(s);
    expect(formatTraceText(run(s).trace())).toBe(formatTraceText(a.trace()));
    const seeker = createSimulation(s);
    seeker.runUntil(s.durationMs);
    seeker.seek(6_123);
    const straight = createSimulation(s);
    straight.runUntil(6_123);
    expect(seeker.getState()).toEqual(straight.getState());
  });
});
