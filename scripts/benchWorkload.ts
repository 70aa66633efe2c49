// The standard benchmark workload from the foundation issue, as a scenario: 64 Poisson producers
// (mean gap 1 ms) over 32 partitions with uniform keys, links of 0.5 ms plus exponential 2 ms, and
// one group of 16 consumers polling up to 32 records and spending 0.2 ms on each.

import type { ScenarioFile } from '../src/scenario/index.ts';
import { parseScenario } from '../src/scenario/index.ts';

export type BenchExtra = 'none' | 'window-job' | 'dataflow';

export function benchScenario(
  durationMs: number,
  extra: BenchExtra | boolean = 'none',
): ScenarioFile {
  const withWindowJob = extra === true || extra === 'window-job';
  const raw = {
    schemaVersion: 1,
    id: 'bench-standard',
    title: 'Standard benchmark workload',
    summary: 'Benchmark only.',
    modules: ['M14'],
    seed: 2024,
    durationMs,
    topology: {
      brokers: [
        { id: 'b1', networkDelayMs: 0.5, networkJitterMsMean: 2 },
        { id: 'b2', networkDelayMs: 0.5, networkJitterMsMean: 2 },
        { id: 'b3', networkDelayMs: 0.5, networkJitterMsMean: 2 },
      ],
      topics: [{ name: 'events', partitions: 32 }],
      producers: Array.from({ length: 64 }, (_, i) => ({
        id: `p${i}`,
        topic: 'events',
        rate: { kind: 'poisson', meanIntervalMs: 1 },
        keys: { kind: 'uniform', count: 4096 },
      })),
      consumerGroups: [
        {
          id: 'g1',
          topics: ['events'],
          assignor: 'range',
          initialRebalanceDelayMs: 0,
          members: Array.from({ length: 16 }, (_, i) => ({
            id: `c${i}`,
            joinAtMs: 0,
            maxPollRecords: 32,
            fetchDelayMs: 0,
            processingMsPerRecord: 0.2,
            pollBackoffMs: 1,
            autoOffsetReset: 'earliest',
          })),
        },
      ],
    },
    interventions: [],
  };
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors, null, 2));
  if (extra === 'dataflow') return withDataflow(parsed.scenario);
  if (!withWindowJob) return parsed.scenario;
  // Added to the parsed model: a keyed tumbling-window count over the same topic.
  const job = {
    id: 'window-count',
    sourceTopic: 'events',
    watermarks: { strategy: 'bounded-out-of-orderness' as const, maxOutOfOrdernessMs: 100 },
    window: {
      assigner: { kind: 'tumbling' as const, sizeMs: 1_000 },
      allowedLatenessMs: 0,
      aggregate: 'count' as const,
    },
  };
  return { ...parsed.scenario, topology: { ...parsed.scenario.topology, streamJobs: [job] } };
}

/**
 * The workload with a dataflow reading the topic too: a source of parallelism 4, a filter, a keyBy
 * through a hash shuffle, a keyed 1 s tumbling-window count of parallelism 4 and an upsert sink.
 */
function withDataflow(scenario: ScenarioFile): ScenarioFile {
  const dataflow = {
    id: 'dag-count',
    watermarks: { strategy: 'bounded-out-of-orderness' as const, maxOutOfOrdernessMs: 100 },
    operators: [
      { id: 'src', kind: 'source' as const, topic: 'events', parallelism: 4 },
      { id: 'valid', kind: 'filter' as const, input: 'src', parallelism: 4, where: 'key != null' },
      { id: 'byKey', kind: 'keyBy' as const, input: 'valid', parallelism: 4, key: 'key' },
      {
        id: 'count',
        kind: 'window' as const,
        input: 'byKey',
        parallelism: 4,
        assigner: { kind: 'tumbling' as const, sizeMs: 1_000 },
        allowedLatenessMs: 0,
        aggregate: 'count' as const,
      },
      { id: 'out', kind: 'sink' as const, input: 'count', sink: 'idempotent-upsert' as const },
    ],
  };
  return { ...scenario, topology: { ...scenario.topology, dataflows: [dataflow] } };
}
