// What the stream-job checkers remember while they read a trace, and the names of their checks.
// Every check is counted under its name, so the sweep's report says how often each one ran.

import type { StreamJobSpec } from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import { DataflowCheck } from './dataflowCheckState.ts';
import type { Window } from './jobWindows.ts';

/** The job checks by name, in the order the report lists them; the dataflow checks come last. */
export const JobCheck = {
  watermark: 'job: watermark never regresses within an attempt',
  onTime: 'job: on-time firing as the watermark passes the window end, once per key and window',
  late: 'job: late firing only after the window end and within allowed lateness',
  early: 'job: early firing only before the window end',
  drop: 'job: a record is dropped only past the lateness horizon',
  final: 'job: a suppressed (on-window-close) result once per key and window',
  activeMark: 'job: watermark never ahead of an active partition',
  readBelowHw: 'job: reads only below the high watermark',
  checkpoint: 'job: a checkpoint completes once, after it started',
  stopped: 'job: no results while failed',
  liveRunning: 'job liveness: running and caught up',
  liveWindows: 'job liveness: every window closed by the final watermark fired',
  liveCheckpoints: 'job liveness: every checkpoint after the heal completed',
  sameInput: 'job failures leave the input log unchanged',
  transactional: 'job: transactional sink output equals the failure-free run',
  idempotent: 'job: idempotent sink table equals the failure-free run',
  append: 'job: append sink keeps every failure-free result (at least once)',
  ...DataflowCheck,
} as const;

export type JobCheckName = (typeof JobCheck)[keyof typeof JobCheck];

export interface PendingFiring {
  readonly key: string;
  readonly window: Window;
}

export interface JobCheckState {
  readonly spec: StreamJobSpec;
  /** Flink semantics (watermarks); false for Kafka Streams (stream time). */
  readonly flink: boolean;
  running: boolean;
  /** The job's watermark in the current attempt, from `watermark.advanced`; null after a restore. */
  watermarkMs: number | null;
  /** On-time firings waiting for the `watermark.advanced` that the same step emits after them. */
  pendingOnTime: PendingFiring[];
  /** Pane keys fired on time (Flink) or finally (suppressed Kafka Streams) in this attempt. */
  onTimeInAttempt: Set<string>;
  lateInAttempt: Set<string>;
  /** Pane keys of every result, of any timing and attempt. */
  readonly fired: Set<string>;
  /** Records dropped as late in some attempt, as `partition@offset`. */
  readonly dropped: Set<string>;
  lateFirings: number;
  /** Offset resets of the job's source (a truncation took the log below what it had read). */
  offsetResets: number;
  earlyFirings: number;
  shed: number;
  restores: number;
  /** When each checkpoint started, by id. */
  readonly checkpointStartedAtMs: Map<number, number>;
  readonly checkpointsCompleted: Set<number>;
  /** Whether the sink was compared with a failure-free run, or why not; undefined: no failure. */
  comparison?: 'compared' | 'input differs' | 'not settled' | 'late data' | 'source offsets reset';
}

export interface JobChecks {
  readonly jobs: Map<string, JobCheckState>;
  readonly counts: Record<string, number>;
}

function createJobState(spec: StreamJobSpec): JobCheckState {
  return {
    spec,
    flink: (spec.semantics ?? 'flink') === 'flink',
    running: true,
    watermarkMs: null,
    pendingOnTime: [],
    onTimeInAttempt: new Set(),
    lateInAttempt: new Set(),
    fired: new Set(),
    dropped: new Set(),
    lateFirings: 0,
    offsetResets: 0,
    earlyFirings: 0,
    shed: 0,
    restores: 0,
    checkpointStartedAtMs: new Map(),
    checkpointsCompleted: new Set(),
  };
}

export function createJobChecks(scenario: ScenarioFile): JobChecks {
  const specs = scenario.topology.streamJobs ?? [];
  return { jobs: new Map(specs.map((s) => [s.id, createJobState(s)])), counts: {} };
}

export type Expect = (ok: boolean, message: string) => void;

/** Makes one named check: counts it, and records a violation through `expect` when it fails. */
export function check(
  c: JobChecks,
  name: JobCheckName,
  expect: Expect,
  ok: boolean,
  message: string,
): void {
  c.counts[name] = (c.counts[name] ?? 0) + 1;
  expect(ok, message);
}
