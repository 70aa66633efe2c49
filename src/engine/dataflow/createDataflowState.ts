// The state a dataflow starts from, or restarts from when there is no checkpoint: empty operator
// state, empty channels, and sources at the earliest offset.

import { createWindowOperatorState } from '../flink/windowOperatorState.ts';
import type { StaticIndex } from '../world/staticIndex.ts';
import type { DataflowPlan } from './dataflowPlan.ts';
import type { ChannelState, DataflowState, OperatorState, SubtaskState } from './dataflowTypes.ts';

function initialOperatorState(
  plan: DataflowPlan,
  op: number,
  sub: number,
  index: StaticIndex,
): OperatorState {
  const spec = plan.ops[op]!.spec;
  switch (spec.kind) {
    case 'source': {
      const topic = index.topics.find((t) => t.name === spec.topic)!;
      const parallelism = plan.ops[op]!.parallelism;
      const partitions = [];
      for (let p = sub; p < topic.count; p += parallelism) {
        partitions.push({
          partition: topic.base + p,
          position: 0,
          maxTimestampMs: null,
          watermarkMs: null,
          lastRecordAtMs: 0,
          idle: false,
        });
      }
      return { kind: 'source', partitions, next: 0, lastWatermarkMs: null, idle: false };
    }
    case 'aggregate':
      return { kind: 'aggregate', keys: {} };
    case 'window':
      return { kind: 'window', window: createWindowOperatorState() };
    case 'tableJoin':
      return { kind: 'tableJoin', rows: {}, positions: [] };
    case 'intervalJoin':
      return { kind: 'intervalJoin', left: {}, right: {} };
    case 'windowJoin':
      return { kind: 'windowJoin', panes: {} };
    case 'materialize':
      return { kind: 'materialize', rows: {} };
    case 'sink':
      return { kind: 'sink', staged: [] };
    default:
      return { kind: 'none' };
  }
}

export function freshSubtask(op: OperatorState): SubtaskState {
  return {
    op,
    pending: [],
    watermarkMs: null,
    budgetCarry: 0,
    nextInput: 0,
    nextTarget: 0,
    aligning: null,
    processed: 0,
    blocked: false,
    idle: false,
    overload: null,
  };
}

export function freshChannels(plan: DataflowPlan): ChannelState[] {
  return plan.channels.map(() => ({
    queue: [],
    records: 0,
    watermarkMs: null,
    idle: false,
    blockedBy: null,
    sent: 0,
  }));
}

/** Fresh operator state for every subtask, in plan order. */
export function freshOperatorStates(plan: DataflowPlan, index: StaticIndex): OperatorState[][] {
  return plan.ops.map((o, op) =>
    Array.from({ length: o.parallelism }, (_, sub) => initialOperatorState(plan, op, sub, index)),
  );
}

export function createDataflowState(plan: DataflowPlan, index: StaticIndex): DataflowState {
  return {
    running: true,
    attempt: 0,
    subtasks: freshOperatorStates(plan, index).map((row) => row.map(freshSubtask)),
    channels: freshChannels(plan),
    opWatermarks: plan.ops.map(() => null),
    nextWatermarkAtMs: 0,
    nextMetricsAtMs: plan.spec.metricsIntervalMs ?? 1000,
    nextCheckpointId: 1,
    pending: null,
    lastCompleted: null,
    precommitted: [],
    outputs: {},
    upsertIndex: {},
    readSinceSample: 0,
    lastSampleAtMs: 0,
    latenciesSinceSample: [],
    lastCheckpointDurationMs: null,
    backpressured: false,
    lastBlockedAtMs: -1,
    overloadCounts: plan.ops.map(() => ({ shed: 0, kept: 0, dropped: 0 })),
    sampleRngs: plan.ops.map((o) => Array.from({ length: o.parallelism }, () => null)),
  };
}
