// Partition discovery by jobs: a stream job and a dataflow source read only the partitions they
// know of. Partitions added to the topic are found at the next partition.discovery.interval.ms
// boundary (Flink's KafkaSource, FLIP-288) and read from the earliest offset, so nothing written
// to them before the discovery is lost; with discovery off they are never read.

import { describe, expect, it } from 'vitest';
import type {
  DataflowSpec,
  ScenarioModel,
  Simulation,
  StreamJobSpec,
} from '../../../src/engine/index.ts';
import { eventsOf } from '../../support/traceQueries.ts';
import { liveWorld, runAll, type Timed } from './liveWorld.ts';

const GROW: Timed = { atMs: 3_000, type: 'topic.alterPartitions', target: 'orders', partitions: 4 };
const WATERMARKS = {
  strategy: 'bounded-out-of-orderness',
  maxOutOfOrdernessMs: 50,
  intervalMs: 100,
} as const;

function withJobs(discoveryMs: number | undefined): ScenarioModel {
  const base = liveWorld([GROW]);
  const interval = discoveryMs === undefined ? {} : { partitionDiscoveryIntervalMs: discoveryMs };
  const job: StreamJobSpec = {
    id: 'j1',
    sourceTopic: 'orders',
    ...interval,
    watermarks: WATERMARKS,
    window: {
      assigner: { kind: 'tumbling', sizeMs: 1000 },
      allowedLatenessMs: 0,
      aggregate: 'count',
    },
  };
  const dataflow: DataflowSpec = {
    id: 'df',
    ...interval,
    watermarks: WATERMARKS,
    operators: [
      { id: 'src', kind: 'source', topic: 'orders', parallelism: 3 },
      { id: 'out', kind: 'sink', input: 'src', sink: 'append' },
    ],
  };
  return {
    ...base,
    topology: {
      ...base.topology,
      // The producer refreshes its metadata every second, so it writes to the new partitions from
      // 3 s on, a second before the jobs look for them.
      producers: base.topology.producers.map((p) => ({ ...p, metadataMaxAgeMs: 1_000 })),
      consumerGroups: [],
      streamJobs: [job],
      dataflows: [dataflow],
    },
  };
}

function appendedTo(sim: Simulation, partition: string, beforeMs = Infinity): number {
  return eventsOf(sim.trace(), 'record.appended').filter(
    (r) => r.partition === partition && r.atMs < beforeMs,
  ).length;
}

describe('partition discovery by a stream job and a dataflow source', () => {
  it('finds the new partitions at the first interval boundary after they exist, and traces it', () => {
    const sim = runAll(withJobs(2_000), 4_500);
    const found = eventsOf(sim.trace(), 'source.partitions.discovered');
    expect(found.map((e) => [e.atMs, e.job, e.operator, e.from, e.to])).toEqual([
      [4_000, 'j1', undefined, 2, 4],
      [4_000, 'df', 'src', 2, 4],
    ]);
  });

  it('reads every record of the new partitions, including those written before the discovery', () => {
    const early = runAll(withJobs(2_000), 4_050).getState().streamJobs[0]!;
    const sim = runAll(withJobs(2_000));
    // Right after the discovery at 4 s the job has read what the new partitions took from 3 s on.
    for (const name of ['orders-2', 'orders-3']) {
      const before = appendedTo(sim, name, 4_000);
      expect(before, name).toBeGreaterThan(0);
      expect(early.partitions.find((x) => x.partition === name)!.position, name).toBe(before);
    }
    const view = sim.getState();
    const job = view.streamJobs[0]!;
    expect(job.partitions.map((p) => p.partition)).toEqual([
      'orders-0',
      'orders-1',
      'orders-2',
      'orders-3',
    ]);
    for (const name of ['orders-2', 'orders-3']) {
      expect(appendedTo(sim, name), name).toBeGreaterThan(0);
      // Polls come every 100 ms, so the last few records may wait for the next one.
      const read = job.partitions.find((x) => x.partition === name)!.position;
      expect(read, name).toBeGreaterThanOrEqual(
        view.partitions.find((x) => x.id === name)!.highWatermark - 5,
      );
    }
    // The append sink holds one row per record the source read; only the last few ms are in flight.
    const rows = view.dataflows[0]!.sinks['out']!.length;
    const written = view.partitions.reduce((n, p) => n + p.highWatermark, 0);
    expect(rows).toBeLessThanOrEqual(written);
    expect(rows).toBeGreaterThanOrEqual(written - 4);
  });

  it('with the Flink default of 5 minutes, a 10-second run never reads the new partitions and their lag grows', () => {
    const sim = runAll(withJobs(undefined));
    expect(eventsOf(sim.trace(), 'source.partitions.discovered')).toEqual([]);
    const view = sim.getState();
    expect(view.streamJobs[0]!.partitions).toHaveLength(2);
    const unread = appendedTo(sim, 'orders-2') + appendedTo(sim, 'orders-3');
    expect(unread).toBeGreaterThan(0);
    expect(view.streamJobs[0]!.lag).toBeGreaterThanOrEqual(unread);
    const rows = view.dataflows[0]!.sinks['out']!.length;
    expect(rows).toBeLessThanOrEqual(appendedTo(sim, 'orders-0') + appendedTo(sim, 'orders-1'));
  });

  it('with discovery off (0), never looks', () => {
    const sim = runAll(withJobs(0));
    expect(eventsOf(sim.trace(), 'source.partitions.discovered')).toEqual([]);
  });
});
