// The life of a dataflow job: the tick that runs every subtask in topological order, periodic
// checkpoints and their completion, failure, and restart from the last completed checkpoint (with
// sources rewound to its offsets, in-flight data dropped and watermarks regenerated, as in Flink).

import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { broadcast } from './channels.ts';
import { cloneOperatorState } from './cloneDataflowState.ts';
import { freshChannels, freshOperatorStates, freshSubtask } from './createDataflowState.ts';
import { sampleMetrics } from './dataflowMetrics.ts';
import { reportOverload } from './overloadPolicy.ts';
import type { DataflowPlan } from './dataflowPlan.ts';
import type { DataflowState, OperatorState } from './dataflowTypes.ts';
import type { OperatorContext } from './operators/operatorContext.ts';
import { publishRows } from './operators/sinkOperator.ts';
import { runSubtask } from './runSubtask.ts';
import { cleanExpiredState } from './stateTtl.ts';
import { snapshotSubtask } from './barriers.ts';
import { discoverSourcePartitions } from './sourceDiscovery.ts';

/** How long the source stays shown as backpressured after it last could not send. */
const BACKPRESSURE_QUIET_MS = 500;

function parts(w: World, d: number): { plan: DataflowPlan; df: DataflowState } {
  return { plan: w.index.dataflows[d]!, df: w.m.dataflows[d]! };
}

function ctxFor(w: World, d: number, op: number, sub: number): OperatorContext {
  return { w, plan: w.index.dataflows[d]!, df: w.m.dataflows[d]!, d, op, sub };
}

function scheduleLoops(w: World, d: number): void {
  const { plan, df } = parts(w, d);
  schedule(w, w.m.nowMs, EventKind.dataflowTick, d, df.attempt);
  if (plan.spec.checkpoint)
    schedule(
      w,
      w.m.nowMs + plan.spec.checkpoint.intervalMs,
      EventKind.dataflowCheckpoint,
      d,
      df.attempt,
    );
}

export function startDataflow(w: World, d: number): void {
  scheduleLoops(w, d);
}

function updateBackpressure(w: World, plan: DataflowPlan, df: DataflowState): void {
  const blocked = plan.ops.some(
    (o, i) => o.spec.kind === 'source' && df.subtasks[i]!.some((s) => s.blocked),
  );
  if (blocked) df.lastBlockedAtMs = w.m.nowMs;
  const shown =
    blocked || (df.lastBlockedAtMs >= 0 && w.m.nowMs - df.lastBlockedAtMs < BACKPRESSURE_QUIET_MS);
  if (shown === df.backpressured) return;
  df.backpressured = shown;
  const backlog = plan.ops.reduce(
    (n, _, i) => n + df.subtasks[i]!.reduce((m, s) => m + s.pending.length, 0),
    0,
  );
  emit(w, { atMs: w.m.nowMs, type: 'job.backpressure', job: plan.spec.id, active: shown, backlog });
}

/** Handles `dataflowTick`: every subtask takes a turn, upstream first. */
export function onDataflowTick(w: World, d: number, attempt: number): void {
  const { plan, df } = parts(w, d);
  if (!df.running || df.attempt !== attempt) return;
  schedule(w, w.m.nowMs + plan.tickMs, EventKind.dataflowTick, d, attempt);
  discoverSourcePartitions(w, plan, df);
  const watermarkDue = w.m.nowMs >= df.nextWatermarkAtMs;
  if (watermarkDue)
    df.nextWatermarkAtMs =
      w.m.nowMs + (plan.continuous ? (plan.spec.watermarks.intervalMs ?? 200) : plan.tickMs);
  const metricsDue = w.m.nowMs >= df.nextMetricsAtMs;
  // A micro-batch flows through the whole graph in one turn, upstream first. In continuous mode
  // downstream goes first, so the credit it returns by reading is there when upstream sends, as
  // Flink's receivers announce credit as soon as they free a buffer.
  const n = plan.ops.length;
  for (let k = 0; k < n; k++) {
    const op = plan.continuous ? n - 1 - k : k;
    for (let sub = 0; sub < plan.ops[op]!.parallelism; sub++) {
      const ctx = ctxFor(w, d, op, sub);
      runSubtask(ctx, watermarkDue);
      if (metricsDue) cleanExpiredState(ctx);
    }
  }
  updateBackpressure(w, plan, df);
  if (metricsDue) {
    reportOverload(w, plan, df);
    sampleMetrics(w, plan, df);
  }
}

/** Handles `dataflowCheckpoint`: sources snapshot their offsets and inject barrier n. */
export function onDataflowCheckpoint(w: World, d: number, attempt: number): void {
  const { plan, df } = parts(w, d);
  if (!df.running || df.attempt !== attempt || !plan.spec.checkpoint) return;
  schedule(
    w,
    w.m.nowMs + plan.spec.checkpoint.intervalMs,
    EventKind.dataflowCheckpoint,
    d,
    attempt,
  );
  // One checkpoint at a time (Flink's default): a trigger while one is in flight is skipped.
  if (df.pending) return;
  const id = df.nextCheckpointId++;
  df.pending = {
    id,
    startedAtMs: w.m.nowMs,
    states: plan.ops.map((o) => Array.from({ length: o.parallelism }, () => null)),
    acks: 0,
  };
  emit(w, { atMs: w.m.nowMs, type: 'checkpoint.started', job: plan.spec.id, checkpoint: id });
  plan.ops.forEach((o, op) => {
    if (o.spec.kind !== 'source') return;
    for (let sub = 0; sub < o.parallelism; sub++) {
      snapshotSubtask(ctxFor(w, d, op, sub), id);
      broadcast(plan, df, w.m.nowMs, op, sub, { t: 'b', id });
    }
  });
}

/** Handles `dataflowCheckpointAck`: the checkpoint completes and transactional sinks commit. */
export function onDataflowCheckpointAck(w: World, d: number, attempt: number, id: number): void {
  const { plan, df } = parts(w, d);
  if (df.attempt !== attempt || df.pending?.id !== id) return;
  const durationMs = w.m.nowMs - df.pending.startedAtMs;
  df.lastCompleted = { id, states: df.pending.states };
  df.pending = null;
  df.lastCheckpointDurationMs = durationMs;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'checkpoint.completed',
    job: plan.spec.id,
    checkpoint: id,
    durationMs,
  });
  const due = df.precommitted.filter((p) => p.id <= id);
  df.precommitted = df.precommitted.filter((p) => p.id > id);
  for (const p of due) {
    publishRows(df, p.sink, 'transactional', p.rows, w.m.nowMs);
    emit(w, {
      atMs: w.m.nowMs,
      type: 'sink.committed',
      job: plan.spec.id,
      checkpoint: id,
      count: p.rows.length,
    });
  }
}

/** A task fails: in-flight data, open transactions and the checkpoint in flight are lost. */
export function failDataflow(w: World, d: number): void {
  const { plan, df } = parts(w, d);
  if (!df.running) return;
  df.running = false;
  df.attempt++;
  df.pending = null;
  df.precommitted = [];
  emit(w, { atMs: w.m.nowMs, type: 'job.failed', job: plan.spec.id });
  schedule(
    w,
    w.m.nowMs + (plan.spec.restartDelayMs ?? 1_000),
    EventKind.dataflowRestart,
    d,
    df.attempt,
  );
}

function restoredState(
  op: OperatorState | null | undefined,
  fresh: OperatorState,
  nowMs: number,
): OperatorState {
  if (op === null || op === undefined) return fresh;
  const copy = cloneOperatorState(op);
  // Watermarks are not part of a snapshot: they start again and are regenerated from replay.
  if (copy.kind === 'source') {
    copy.lastWatermarkMs = null;
    copy.idle = false;
    for (const sp of copy.partitions)
      Object.assign(sp, {
        maxTimestampMs: null,
        watermarkMs: null,
        lastRecordAtMs: nowMs,
        idle: false,
      });
  }
  if (copy.kind === 'window') copy.window.watermarkMs = null;
  return copy;
}

/** Handles `dataflowRestart`: restore the last completed checkpoint (or start over) and run. */
export function onDataflowRestart(w: World, d: number, attempt: number): void {
  const { plan, df } = parts(w, d);
  if (df.attempt !== attempt || df.running) return;
  const snap = df.lastCompleted;
  const fresh = freshOperatorStates(plan, w.index);
  df.subtasks = fresh.map((row, op) =>
    row.map((f, sub) => freshSubtask(restoredState(snap?.states[op]?.[sub], f, w.m.nowMs))),
  );
  df.channels = freshChannels(plan);
  df.opWatermarks = plan.ops.map(() => null);
  df.nextWatermarkAtMs = w.m.nowMs;
  df.running = true;
  emit(w, { atMs: w.m.nowMs, type: 'job.restored', job: plan.spec.id, checkpoint: snap?.id ?? 0 });
  scheduleLoops(w, d);
}
