import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  type ProducerSpec,
  type ScenarioModel,
  type StreamJobSpec,
} from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { eventsOf } from '../../support/traceQueries.ts';

interface JobWorld {
  readonly seed?: number;
  readonly partitions?: number;
  readonly producer?: Partial<ProducerSpec>;
  readonly job?: Partial<StreamJobSpec>;
  readonly window?: Partial<StreamJobSpec['window']>;
}

/** Sensor readings (values 1..9) on a topic, a job counting or summing them in event-time windows. */
function world(o: JobWorld = {}): ScenarioModel {
  const base = buildScenario({
    seed: o.seed ?? 1,
    durationMs: 60_000,
    partitions: o.partitions ?? 2,
  });
  const producer: ProducerSpec = {
    ...base.topology.producers[0]!,
    rate: { kind: 'constant', intervalMs: 50 },
    keys: { kind: 'uniform', count: 8 },
    values: { kind: 'integer', min: 1, max: 9 },
    lateness: { percent: 10, meanDelayMs: 3_000 },
    ...o.producer,
  };
  const job: StreamJobSpec = {
    id: 'counts',
    sourceTopic: 'orders',
    watermarks: {
      strategy: 'bounded-out-of-orderness',
      maxOutOfOrdernessMs: 1_000,
      intervalMs: 200,
    },
    window: {
      assigner: { kind: 'tumbling', sizeMs: 10_000 },
      allowedLatenessMs: 2_000,
      aggregate: 'sum',
      ...o.window,
    },
    ...o.job,
  };
  return {
    ...base,
    topology: { ...base.topology, producers: [producer], consumerGroups: [], streamJobs: [job] },
  };
}

function run(s: ScenarioModel, untilMs = s.durationMs) {
  const sim = createSimulation(s, { checkInvariantsEveryStep: true });
  sim.runUntil(untilMs);
  return sim;
}

describe('event-time windows in a stream job (Flink semantics)', () => {
  it('fires each window on time exactly when the watermark reaches end - 1, once per key', () => {
    const sim = run(world());
    const trace = sim.trace();
    const marks = eventsOf(trace, 'watermark.advanced');
    const onTime = eventsOf(trace, 'window.fired').filter((f) => f.timing === 'on-time');
    expect(onTime.length).toBeGreaterThan(10);
    const seen = new Set<string>();
    for (const f of onTime) {
      const id = `${f.key}@${f.window[0]}`;
      expect(seen.has(id), `${id} fired on time twice`).toBe(false);
      seen.add(id);
      // The firing watermark is the first one at or past end - 1, emitted at the same instant.
      const firing = marks.find((m) => m.watermarkMs >= f.window[1] - 1)!;
      expect(firing.atMs).toBe(f.atMs);
    }
  });

  it('the watermark is the max event time seen minus the bound minus 1 ms, and never goes back', () => {
    const sim = run(
      world({ partitions: 1, producer: { lateness: { percent: 0, meanDelayMs: 1 } } }),
      20_000,
    );
    const marks = eventsOf(sim.trace(), 'watermark.advanced');
    for (let i = 1; i < marks.length; i++)
      expect(marks[i]!.watermarkMs).toBeGreaterThan(marks[i - 1]!.watermarkMs);
    const job = sim.getState().streamJobs[0]!;
    const partition = job.partitions[0]!;
    expect(partition.watermarkMs).toBe(partition.maxTimestampMs! - 1_000 - 1);
    // The job's watermark is the partition's as of the last periodic emission, 200 ms at most ago.
    expect(job.watermarkMs!).toBeLessThanOrEqual(partition.watermarkMs!);
    expect(job.watermarkMs!).toBeGreaterThanOrEqual(partition.watermarkMs! - 200);
  });

  it('late records within allowed lateness refire the window as late; later ones are dropped', () => {
    const sim = run(world({ producer: { lateness: { percent: 20, meanDelayMs: 6_000 } } }));
    const trace = sim.trace();
    const late = eventsOf(trace, 'window.fired').filter((f) => f.timing === 'late');
    const dropped = eventsOf(trace, 'window.late.dropped');
    expect(late.length).toBeGreaterThan(0);
    expect(dropped.length).toBeGreaterThan(0);
    const marks = eventsOf(trace, 'watermark.advanced');
    for (const d of dropped) {
      const wm = marks.filter((m) => m.atMs <= d.atMs).at(-1)!.watermarkMs;
      // Dropped: every window of the record ended (end - 1) more than allowed lateness before the watermark.
      const end = Math.floor(d.eventTimeMs / 10_000) * 10_000 + 10_000;
      expect(end - 1 + 2_000).toBeLessThanOrEqual(wm);
    }
  });

  it('a partition that never gets data holds the watermark back until idleness excludes it', () => {
    const keyed = { keys: { kind: 'uniform' as const, count: 1 }, partitioner: 'default' as const };
    const stuck = run(world({ partitions: 2, producer: keyed }), 20_000);
    expect(eventsOf(stuck.trace(), 'watermark.advanced')).toEqual([]);
    const idle = run(
      world({
        partitions: 2,
        producer: keyed,
        job: {
          watermarks: {
            strategy: 'bounded-out-of-orderness',
            maxOutOfOrdernessMs: 1_000,
            idleTimeoutMs: 3_000,
          },
        },
      }),
      20_000,
    );
    expect(eventsOf(idle.trace(), 'source.partition.idle').some((e) => e.idle)).toBe(true);
    expect(eventsOf(idle.trace(), 'watermark.advanced').length).toBeGreaterThan(10);
  });

  it('watermarks never regress and each window fires on time at most once, for any seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom<'tumbling' | 'sliding' | 'session'>('tumbling', 'sliding', 'session'),
        (seed, kind) => {
          const assigner =
            kind === 'tumbling'
              ? { kind, sizeMs: 5_000 }
              : kind === 'sliding'
                ? { kind, sizeMs: 6_000, slideMs: 2_000 }
                : { kind, gapMs: 300 };
          const sim = run(world({ seed, window: { assigner } }), 30_000);
          const marks = eventsOf(sim.trace(), 'watermark.advanced').map((m) => m.watermarkMs);
          for (let i = 1; i < marks.length; i++)
            expect(marks[i]!, `seed ${seed}`).toBeGreaterThan(marks[i - 1]!);
          const ids = eventsOf(sim.trace(), 'window.fired')
            .filter((f) => f.timing === 'on-time')
            .map((f) => `${f.key}@${f.window.join(',')}`);
          expect(new Set(ids).size, `seed ${seed}`).toBe(ids.length);
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('producer clocks', () => {
  it('stamps event time with skew, drift and jumps', () => {
    const sim = run(
      world({
        partitions: 1,
        producer: {
          lateness: { percent: 0, meanDelayMs: 1 },
          clock: { skewMs: -500, driftPpm: 10_000, jumps: [{ atMs: 5_000, byMs: 2_000 }] },
        },
      }),
      10_000,
    );
    const records = eventsOf(sim.trace(), 'record.appended');
    for (const r of records) {
      const expected =
        r.producedAtMs -
        500 +
        Math.trunc((r.producedAtMs * 10_000) / 1_000_000) +
        (r.producedAtMs >= 5_000 ? 2_000 : 0);
      expect(r.eventTimeMs).toBe(expected);
    }
  });
});
