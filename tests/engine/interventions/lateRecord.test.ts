import { describe, expect, it } from 'vitest';
import {
  partitionForKey,
  type ScenarioModel,
  type StreamJobSpec,
} from '../../../src/engine/index.ts';
import { eventsOf } from '../../support/traceQueries.ts';
import { liveWorld, runAll, type Timed } from './liveWorld.ts';

const LATE: Timed = {
  atMs: 3_000,
  type: 'producer.lateRecord',
  target: 'p1',
  key: 'straggler',
  value: '7',
  eventTimeMs: 500,
};

/** The world with a stream job that sums values in 1 s tumbling windows, with no lateness allowed. */
function withJob(interventions: readonly Timed[]): ScenarioModel {
  const base = liveWorld(interventions, { topic: { maxPartitions: 2 } });
  const producer = {
    ...base.topology.producers[0]!,
    values: { kind: 'integer' as const, min: 1, max: 9 },
  };
  const job: StreamJobSpec = {
    id: 'sums',
    sourceTopic: 'orders',
    watermarks: { strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 100, intervalMs: 100 },
    window: {
      assigner: { kind: 'tumbling', sizeMs: 1_000 },
      allowedLatenessMs: 0,
      aggregate: 'sum',
    },
  };
  return { ...base, topology: { ...base.topology, producers: [producer], streamJobs: [job] } };
}

describe('producer.lateRecord', () => {
  it('produces the record now, at processing time, with the chosen event time and key', () => {
    const trace = runAll(liveWorld([LATE])).trace();
    const injected = eventsOf(trace, 'producer.record.injected');
    expect(injected).toEqual([
      {
        atMs: 3_000,
        type: 'producer.record.injected',
        producer: 'p1',
        partition: `orders-${partitionForKey('straggler', 2)}`,
        key: 'straggler',
        eventTimeMs: 500,
      },
    ]);
    const appended = eventsOf(trace, 'record.appended').filter((r) => r.key === 'straggler');
    expect(appended).toHaveLength(1);
    expect(appended[0]).toMatchObject({
      partition: injected[0]!.partition,
      value: '7',
      eventTimeMs: 500,
      producedAtMs: 3_000,
      producer: 'p1',
    });
    // It lands a network delay after it was produced, like every other record of the producer.
    expect(appended[0]!.atMs).toBeGreaterThan(3_000);
  });

  it('is dropped as late by an event-time window whose watermark has passed it', () => {
    const trace = runAll(withJob([LATE])).trace();
    const dropped = eventsOf(trace, 'window.late.dropped').filter((d) => d.key === 'straggler');
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.eventTimeMs).toBe(500);
    // Without the straggler nothing is late: the producer's own clock is perfect.
    expect(eventsOf(runAll(withJob([])).trace(), 'window.late.dropped')).toEqual([]);
  });

  it('is refused, with the reason in the trace, while the producer is crashed', () => {
    const trace = runAll(
      liveWorld([{ atMs: 2_000, type: 'producer.crash', target: 'p1' }, LATE]),
    ).trace();
    expect(eventsOf(trace, 'producer.record.injected')).toEqual([]);
    expect(eventsOf(trace, 'record.appended').some((r) => r.key === 'straggler')).toBe(false);
    const rejected = eventsOf(trace, 'intervention.rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({
      atMs: 3_000,
      command: 'producer.lateRecord',
      target: 'p1',
    });
    expect(rejected[0]!.reason).toContain('crashed');
  });

  it('still goes out through a stopped producer, whose client is alive', () => {
    const trace = runAll(
      liveWorld([{ atMs: 2_000, type: 'producer.stop', target: 'p1' }, LATE]),
    ).trace();
    expect(
      eventsOf(trace, 'record.appended')
        .filter((r) => r.atMs > 2_100)
        .map((r) => r.key),
    ).toEqual(['straggler']);
  });
});
