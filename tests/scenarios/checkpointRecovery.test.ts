// A stream job with aligned checkpoints, a transactional sink and two task failures, from the
// scenario file to a 30 s headless run: the file parses into what the engine runs, checkpoints
// complete, each failure restores the last completed checkpoint, and the sink commits results only
// when a checkpoint completes, so every window result is visible exactly once. The same run with
// an append sink shows the duplicates the failures replay.

import { describe, expect, it } from 'vitest';
import { runHeadless } from '../../scripts/checkScenarios.ts';
import { createSimulation, type TraceEvent } from '../../src/engine/index.ts';
import { checkOutcomes } from '../../src/scenario/index.ts';
import { parsedScenario } from './support/guidedScenario.ts';

const DURATION_MS = 30_000;
/**
 * Window [8000,10000) fires at 10.8 s (bound 500 ms, watermark ticks every 200 ms, each partition
 * holding every other record), and so on every 2 s. Each failure comes 100 ms after a firing,
 * before the next barrier, so the fired results belong to no completed checkpoint yet.
 */
const FAILURES_MS = [10_900, 20_900];
const RESTART_DELAY_MS = 500;

function recoveryScenario(sinkKind: string): Record<string, unknown> {
  return {
    schemaVersion: 2,
    id: 'checkpoint-recovery',
    title: 'Checkpoints, a transactional sink and task failures',
    summary: 'A job fails twice and restores its last completed checkpoint.',
    modules: ['M15'],
    seed: 7,
    durationMs: DURATION_MS,
    system: 'flink',
    topology: {
      brokers: [{ id: 'b1' }],
      topics: [{ name: 'readings', partitions: 2 }],
      producers: [
        {
          id: 'p1',
          topic: 'readings',
          rate: { kind: 'constant', intervalMs: 100 },
          keys: { kind: 'uniform', count: 3 },
          // Both partitions get records, so neither holds the watermark back.
          partitioner: 'round-robin',
          values: { kind: 'integer', min: 1, max: 9 },
        },
      ],
      consumerGroups: [],
      streamJobs: [
        {
          id: 'j-totals',
          sourceTopic: 'readings',
          watermarks: { strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 500 },
          window: { assigner: { kind: 'tumbling', sizeMs: 2000 }, aggregate: 'sum' },
          sink: { kind: sinkKind },
          checkpoint: { intervalMs: 1000 },
          restartDelayMs: RESTART_DELAY_MS,
        },
      ],
    },
    interventions: FAILURES_MS.map((atMs) => ({ atMs, type: 'job.fail', target: 'j-totals' })),
    expect: [
      {
        kind: 'eventCount',
        eventType: 'job.failed',
        where: { job: 'j-totals' },
        op: '==',
        count: 2,
      },
      { kind: 'eventCount', eventType: 'job.restored', op: '==', count: 2 },
      { kind: 'eventCount', eventType: 'checkpoint.completed', op: '>=', count: 20 },
      { kind: 'eventCount', eventType: 'sink.committed', op: '>=', count: 20 },
      {
        kind: 'eventCount',
        eventType: 'sink.written',
        where: { visibility: 'staged' },
        op: '>=',
        count: 1,
      },
    ],
  };
}

type Of<T extends TraceEvent['type']> = Extract<TraceEvent, { type: T }>;

function ofType<T extends TraceEvent['type']>(trace: readonly TraceEvent[], type: T): Of<T>[] {
  return trace.filter((e): e is Of<T> => e.type === type);
}

function run(sinkKind: string) {
  const scenario = parsedScenario(recoveryScenario(sinkKind));
  const sim = createSimulation(scenario);
  const result = sim.runUntil(DURATION_MS);
  return { scenario, sim, result, trace: sim.trace() };
}

/** `key@[start,end)` of each result a reader of the sink sees. */
function resultIds(output: readonly { key: string; window: readonly [number, number] }[]) {
  return output.map((r) => `${r.key}@[${r.window[0]},${r.window[1]})`);
}

describe('a checkpointed job with a transactional sink that fails twice', () => {
  it('parses with the defaults filled in', () => {
    const { scenario } = run('transactional');
    expect(scenario.topology.streamJobs?.[0]).toMatchObject({
      sink: { kind: 'transactional' },
      checkpoint: { intervalMs: 1000, ackDelayMs: 50 },
      restartDelayMs: RESTART_DELAY_MS,
      semantics: 'flink',
    });
    expect(scenario.interventions.map((i) => i.type)).toEqual(['job.fail', 'job.fail']);
  });

  it('runs 30 s headless: checkpoints complete, failures restore them, the sink commits', () => {
    const { sim, result, trace } = run('transactional');
    expect(result.truncated).toBe(false);
    expect(sim.nowMs()).toBe(DURATION_MS);
    const types = new Set(trace.map((e) => e.type));
    for (const type of [
      'checkpoint.started',
      'checkpoint.completed',
      'job.failed',
      'job.restored',
      'sink.written',
      'sink.committed',
      'window.fired',
    ] as const) {
      expect(types, type).toContain(type);
    }

    const completed = ofType(trace, 'checkpoint.completed');
    const failed = ofType(trace, 'job.failed');
    const restored = ofType(trace, 'job.restored');
    expect(failed.map((e) => e.atMs)).toEqual(FAILURES_MS);
    expect(restored.map((e) => e.atMs)).toEqual(FAILURES_MS.map((t) => t + RESTART_DELAY_MS));
    // Each restore picks up the last checkpoint that completed before the failure.
    for (const [i, restore] of restored.entries()) {
      const last = completed.filter((c) => c.atMs <= failed[i]!.atMs).at(-1);
      expect(last, `checkpoint before failure ${i}`).toBeDefined();
      expect(restore.checkpoint).toBe(last!.checkpoint);
      expect(restore.checkpoint).toBeGreaterThan(0);
    }
    expect(completed.every((c) => c.durationMs === 50)).toBe(true);

    // The sink commits exactly when a checkpoint completes, and never while the job is down.
    const committed = ofType(trace, 'sink.committed');
    for (const commit of committed) {
      expect(completed).toContainEqual(
        expect.objectContaining({ atMs: commit.atMs, checkpoint: commit.checkpoint }),
      );
      const down = FAILURES_MS.some((t) => commit.atMs >= t && commit.atMs < t + RESTART_DELAY_MS);
      expect(down, `commit at ${commit.atMs}`).toBe(false);
    }
    const written = ofType(trace, 'sink.written');
    expect(written.every((e) => e.visibility === 'staged')).toBe(true);
    // Staged results of the failed attempts were discarded and produced again.
    expect(committed.reduce((n, c) => n + c.count, 0)).toBeLessThan(written.length);
  });

  it('makes every window result visible exactly once, where an append sink shows duplicates', () => {
    const transactional = run('transactional');
    const output = transactional.sim.getState().streamJobs[0]!.sinkOutput;
    const ids = resultIds(output);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);

    const append = run('append');
    const appended = resultIds(append.sim.getState().streamJobs[0]!.sinkOutput);
    expect(new Set(appended).size).toBeLessThan(appended.length);
    // The duplicates are the results replayed after a restore; the distinct results agree.
    expect(new Set(appended)).toEqual(new Set(ids));
    // Each failure replays one window's results, one per key.
    expect(appended.length - ids.length).toBe(FAILURES_MS.length * 3);
  });

  it('meets the eventCount assertions of its file', () => {
    const { scenario } = run('transactional');
    const results = checkOutcomes(scenario, runHeadless(scenario));
    expect(results).toHaveLength(5);
    for (const r of results) expect(r.ok, r.message).toBe(true);
  });
});
