import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  type ScenarioModel,
  type StreamJobSpec,
} from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { eventsOf } from '../../support/traceQueries.ts';

/** 100 records/s in; the job can process `capacity` per second. */
function world(
  capacity: number | undefined,
  overload?: StreamJobSpec['overload'],
  samplePercent?: number,
  seed = 1,
): ScenarioModel {
  const base = buildScenario({ durationMs: 20_000, partitions: 2, seed });
  const producer = {
    ...base.topology.producers[0]!,
    rate: { kind: 'constant' as const, intervalMs: 10 },
    keys: { kind: 'uniform' as const, count: 8 },
  };
  const job: StreamJobSpec = {
    id: 'slow',
    sourceTopic: 'orders',
    watermarks: { strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 500 },
    window: {
      assigner: { kind: 'tumbling', sizeMs: 2_000 },
      allowedLatenessMs: 0,
      aggregate: 'count',
    },
    ...(capacity === undefined ? {} : { maxRecordsPerSecond: capacity }),
    ...(overload ? { overload } : {}),
    ...(samplePercent === undefined ? {} : { samplePercent }),
  };
  return {
    ...base,
    topology: { ...base.topology, producers: [producer], consumerGroups: [], streamJobs: [job] },
  };
}

function run(s: ScenarioModel) {
  const sim = createSimulation(s, { checkInvariantsEveryStep: true });
  sim.runUntil(s.durationMs);
  return sim;
}

describe('backpressure and load shedding', () => {
  it('a job that keeps up has no lag and no backpressure', () => {
    const sim = run(world(500));
    expect(sim.getState().streamJobs[0]!.lag).toBeLessThan(20);
    expect(eventsOf(sim.trace(), 'job.backpressure')).toEqual([]);
  });

  it('a job at half the input rate is backpressured and its lag grows by the difference', () => {
    const sim = run(world(50));
    const job = sim.getState().streamJobs[0]!;
    expect(eventsOf(sim.trace(), 'job.backpressure')[0]?.active).toBe(true);
    // 100/s in, 50/s out for 20 s: about 1,000 records behind.
    expect(job.lag).toBeGreaterThan(900);
    expect(job.lag).toBeLessThan(1_100);
    // Event time falls behind too: the watermark trails the newest record by the lag.
    expect(job.watermarkMs!).toBeLessThan(12_000);
  });

  it('load shedding keeps lag low by dropping what the job cannot process', () => {
    const sim = run(world(50, 'shed'));
    const job = sim.getState().streamJobs[0]!;
    expect(job.lag).toBeLessThan(20);
    expect(job.shedCount).toBeGreaterThan(900);
    expect(eventsOf(sim.trace(), 'records.shed').length).toBeGreaterThan(10);
  });

  it('sampling keeps a random share of what it reads while over capacity, and keeps up', () => {
    const sim = run(world(60, 'sample', 50));
    const job = sim.getState().streamJobs[0]!;
    const sampled = eventsOf(sim.trace(), 'records.sampled');
    const kept = sampled.reduce((n, e) => n + e.kept, 0);
    const dropped = sampled.reduce((n, e) => n + e.dropped, 0);
    // About 2,000 records are read in 20 s; a fair coin keeps 50% of them, give or take 5%.
    expect(kept + dropped).toBeGreaterThan(1_800);
    expect(kept / (kept + dropped)).toBeGreaterThan(0.45);
    expect(kept / (kept + dropped)).toBeLessThan(0.55);
    expect(job.shedCount).toBe(dropped);
    // Half of 100 a second is less than the capacity of 60: the job keeps up. (A poll whose
    // draws keep more than 6 of its 10 records leaves the rest for the next one.)
    expect(job.lag).toBeLessThan(20);
    // A sampled-out record still moves the watermark, so event time keeps up with the input.
    expect(job.watermarkMs!).toBeGreaterThan(18_500);
  });

  it("sampling draws from the job's own stream: the same seed drops the same records, another seed others", () => {
    const sampledOf = (seed: number) =>
      eventsOf(run(world(60, 'sample', 50, seed)).trace(), 'records.sampled').map(
        (e) => `${e.atMs}:${e.kept}/${e.dropped}`,
      );
    const first = sampledOf(1);
    expect(sampledOf(1)).toEqual(first);
    expect(sampledOf(2)).not.toEqual(first);
  });

  it('sampling that keeps more than the capacity is still backpressured', () => {
    // 90% of 100 a second is 90, more than the 50 the job can process.
    const sim = run(world(50, 'sample', 90));
    const job = sim.getState().streamJobs[0]!;
    expect(eventsOf(sim.trace(), 'job.backpressure')[0]?.active).toBe(true);
    expect(job.lag).toBeGreaterThan(500);
    const sampled = eventsOf(sim.trace(), 'records.sampled');
    const kept = sampled.reduce((n, e) => n + e.kept, 0);
    const dropped = sampled.reduce((n, e) => n + e.dropped, 0);
    expect(kept / (kept + dropped)).toBeGreaterThan(0.85);
    expect(kept / (kept + dropped)).toBeLessThan(0.95);
  });

  it('a job that keeps up never samples', () => {
    const sim = run(world(500, 'sample', 50));
    expect(eventsOf(sim.trace(), 'records.sampled')).toEqual([]);
    expect(sim.getState().streamJobs[0]!.shedCount).toBe(0);
  });
});
