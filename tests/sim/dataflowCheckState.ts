// What the dataflow checkers remember while they read a trace, and the names of their checks.
// Every check is counted under its name in the same table as the stream-job checks, so the
// sweep's report lists them next to each other (JobCheck includes these names).

import type { DataflowSpec } from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import { analyseDataflow, type DataflowAnalysis } from './dataflowAnalysis.ts';

/** The dataflow checks by name, in the order the report lists them. */
export const DataflowCheck = {
  flowWatermark: 'dataflow: operator watermark never regresses within an attempt',
  flowOnTime:
    'dataflow: an on-time pane fires at most once per key and window, never after a late one',
  flowBuffer: 'dataflow: channel buffers never exceed their credit',
  flowCheckpointOrder: 'dataflow: checkpoint ids increase',
  flowCheckpointAcked: 'dataflow: a completed checkpoint was acknowledged by every sink subtask',
  flowStopped: 'dataflow: no results while failed',
  flowView: 'dataflow: the view agrees with the trace (running, operator watermarks)',
  flowLiveLag: 'dataflow liveness: running with source lag 0 after the heal',
  flowLiveCheckpoints: 'dataflow liveness: every checkpoint after draining completed',
  flowSameInput: 'dataflow failures leave the input logs unchanged',
  flowTransactional: 'dataflow: transactional sink output equals the failure-free run',
  flowIdempotent: 'dataflow: idempotent sink table equals the failure-free run',
  flowAppend: 'dataflow: append sink keeps every failure-free result (at least once)',
} as const;

export type DataflowCheckName = (typeof DataflowCheck)[keyof typeof DataflowCheck];

export type Expect = (ok: boolean, message: string) => void;

/** A `dataflow.metrics` sample, as far as the liveness checks need it. */
export interface MetricsSample {
  readonly atMs: number;
  readonly lagRecords: number;
  readonly bufferFillPercent: number;
}

export interface FlowState {
  readonly analysis: DataflowAnalysis;
  running: boolean;
  /** Each operator's watermark in the current attempt, from `watermark.advanced`. */
  opWatermarks: Map<string, number>;
  /** Pane keys (`operator|key|start|end`) fired on time, and late, in the current attempt. */
  onTime: Set<string>;
  late: Set<string>;
  lastStarted: number;
  lastCompleted: number;
  /** Checkpoints started in the current attempt, with the time they started. */
  startedInAttempt: Map<number, number>;
  /** Terminal subtasks (`operator/subtask`) that aligned each checkpoint in the current attempt. */
  aligned: Map<number, Set<string>>;
  readonly startedAtMs: Map<number, number>;
  readonly completed: Set<number>;
  /** The samples of `dataflow.metrics`, in order. */
  readonly samples: MetricsSample[];
  restores: number;
  lateFirings: number;
  dropped: number;
  /** Offset resets of the dataflow's sources (a truncation below what they had read). */
  offsetResets: number;
  expired: number;
  backpressured: number;
  outputs: number;
  /** Whether each sink was compared with a failure-free run, or why not, by sink id. */
  readonly comparisons: Map<string, string>;
  /** Whether liveness was judged at the end, or why not. */
  liveness?: 'judged' | 'not judged: capacity';
}

export interface DataflowChecks {
  readonly flows: Map<string, FlowState>;
  /** Shared with the stream-job checks: one count per check name. */
  readonly counts: Record<string, number>;
}

function createFlowState(scenario: ScenarioFile, spec: DataflowSpec): FlowState {
  return {
    analysis: analyseDataflow(scenario, spec),
    running: true,
    opWatermarks: new Map(),
    onTime: new Set(),
    late: new Set(),
    lastStarted: 0,
    lastCompleted: 0,
    startedInAttempt: new Map(),
    aligned: new Map(),
    startedAtMs: new Map(),
    completed: new Set(),
    samples: [],
    restores: 0,
    lateFirings: 0,
    dropped: 0,
    offsetResets: 0,
    expired: 0,
    backpressured: 0,
    outputs: 0,
    comparisons: new Map(),
  };
}

/** `counts` is the stream-job checks' table, so both report through one figure per name. */
export function createDataflowChecks(
  scenario: ScenarioFile,
  counts: Record<string, number>,
): DataflowChecks {
  const specs = scenario.topology.dataflows ?? [];
  return { flows: new Map(specs.map((s) => [s.id, createFlowState(scenario, s)])), counts };
}

/** Makes one named check: counts it, and records a violation through `expect` when it fails. */
export function checkFlow(
  c: DataflowChecks,
  name: DataflowCheckName,
  expect: Expect,
  ok: boolean,
  message: string,
): void {
  c.counts[name] = (c.counts[name] ?? 0) + 1;
  expect(ok, message);
}
