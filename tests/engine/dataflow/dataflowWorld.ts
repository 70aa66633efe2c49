// A small world for dataflow tests: scripted records on `orders` (and optionally other topics),
// no consumer groups, and the dataflow under test. Built from the real scenario parser's output.

import type {
  DataflowSpec,
  ScenarioModel,
  ScriptedRecord,
  TimedIntervention,
} from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';

export interface DataflowWorldOptions {
  readonly records: readonly ScriptedRecord[];
  readonly partitions?: number;
  readonly durationMs?: number;
  readonly extraTopics?: readonly {
    readonly name: string;
    readonly partitions: number;
    readonly records: readonly ScriptedRecord[];
    readonly compacted?: boolean;
  }[];
  readonly interventions?: readonly TimedIntervention[];
  readonly seed?: number;
}

export function dataflowWorld(dataflow: DataflowSpec, o: DataflowWorldOptions): ScenarioModel {
  const base = buildScenario({
    durationMs: o.durationMs ?? 20_000,
    partitions: o.partitions ?? 2,
    seed: o.seed ?? 1,
  });
  const template = base.topology.producers[0]!;
  const producers = [
    {
      ...template,
      id: 'p1',
      topic: 'orders',
      rate: { kind: 'scripted' as const, records: o.records },
      startAtMs: 0,
    },
    ...(o.extraTopics ?? []).map((t, i) => ({
      ...template,
      id: `p${i + 2}`,
      topic: t.name,
      rate: { kind: 'scripted' as const, records: t.records },
      startAtMs: 0,
    })),
  ];
  const topics = [
    ...base.topology.topics,
    ...(o.extraTopics ?? []).map((t) => ({
      name: t.name,
      partitions: t.partitions,
      ...(t.compacted ? { cleanupPolicy: 'compact' as const } : {}),
    })),
  ];
  return {
    ...base,
    interventions: o.interventions ?? [],
    topology: { ...base.topology, topics, producers, consumerGroups: [], dataflows: [dataflow] },
  };
}

/** Records at `atMs` with event time `ts`, key and value. */
export function rec(atMs: number, key: string, value: string | null, ts = atMs): ScriptedRecord {
  return { atMs, key, value, eventTimeMs: ts };
}
