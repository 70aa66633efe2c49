import { describe, expect, it } from 'vitest';
import { createSimulation, type ScenarioModel, type StreamJobSpec } from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { eventsOf } from '../../support/traceQueries.ts';

/** 100 records/s in; the job can process `capacity` per second. */
function world(capacity: number | undefined, overload?: StreamJobSpec['overload']): ScenarioModel {
  const base = buildScenario({ durationMs: 20_000, partitions: 2 });
  const producer = { ...base.topology.producers[0]!, rate: { kind: 'constant' as const, intervalMs: 10 }, keys: { kind: 'uniform' as const, count: 8 } };
  const job: StreamJobSpec = {
    id: 'slow',
    sourceTopic: 'orders',
    watermarks: { strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 500 },
    window: { assigner: { kind: 'tumbling', sizeMs: 2_000 }, allowedLatenessMs: 0, aggregate: 'count' },
    ...(capacity === undefined ? {} : { maxRecordsPerSecond: capacity }),
    ...(overload ? { overload } : {}),
  };
  return { ...base, topology: { ...base.topology, producers: [producer], consumerGroups: [], streamJobs: [job] } };
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
});
