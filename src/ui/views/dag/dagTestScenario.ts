// Small dataflow worlds for the DAG and metrics view tests, built as ScenarioModels directly (as
// the engine's own dataflow tests do): one broker, an `orders` topic with two partitions, one
// producer writing a record every `intervalMs`, no consumer groups, and the dataflow under test.

import type { DataflowSpec, ScenarioModel, TimedIntervention } from '../../../engine/index.ts';

export interface DagTestOptions {
  readonly intervalMs?: number;
  readonly durationMs?: number;
  readonly interventions?: readonly TimedIntervention[];
}

export function dagTestScenario(dataflow: DataflowSpec, o: DagTestOptions = {}): ScenarioModel {
  return {
    id: 'dag-test',
    seed: 7,
    durationMs: o.durationMs ?? 10_000,
    interventions: o.interventions ?? [],
    topology: {
      brokers: [{ id: 'b1', networkDelayMs: 1, networkJitterMsMean: 0 }],
      topics: [{ name: 'orders', partitions: 2 }],
      producers: [
        {
          id: 'p1',
          topic: 'orders',
          rate: { kind: 'constant', intervalMs: o.intervalMs ?? 10 },
          keys: { kind: 'uniform', count: 8 },
          partitioner: 'default',
          lingerMs: 0,
          batchSizeRecords: 1,
          retries: 5,
          retryBackoffMs: 100,
          acks: 'all',
          idempotence: true,
          startAtMs: 0,
        },
      ],
      consumerGroups: [],
      dataflows: [dataflow],
    },
  };
}

const WATERMARKS = {
  strategy: 'bounded-out-of-orderness',
  maxOutOfOrdernessMs: 100,
  intervalMs: 50,
} as const;

/** source ×2 → map ×2 → sink ×1 that takes `sinkRecordsPerSecond`: a slow sink backs the job up. */
export function slowSinkDataflow(sinkRecordsPerSecond: number): DataflowSpec {
  return {
    id: 'df',
    watermarks: WATERMARKS,
    bufferRecords: 10,
    operators: [
      { id: 'src', kind: 'source', topic: 'orders', parallelism: 2 },
      { id: 'double', kind: 'map', input: 'src', parallelism: 2, set: { value: 'value * 2' } },
      {
        id: 'out',
        kind: 'sink',
        input: 'double',
        sink: 'append',
        recordsPerSecond: sinkRecordsPerSecond,
      },
    ],
  };
}

/** source ×2 → keyed count ×2 (a hash shuffle) → sink, with aligned checkpoints every `intervalMs`. */
export function checkpointedDataflow(intervalMs: number): DataflowSpec {
  return {
    id: 'df',
    watermarks: WATERMARKS,
    checkpoint: { intervalMs },
    restartDelayMs: 500,
    operators: [
      { id: 'src', kind: 'source', topic: 'orders', parallelism: 2 },
      {
        id: 'count',
        kind: 'aggregate',
        input: 'src',
        fn: 'count',
        parallelism: 2,
        stateTtlMs: 60_000,
      },
      { id: 'out', kind: 'sink', input: 'count', sink: 'transactional' },
    ],
  };
}
