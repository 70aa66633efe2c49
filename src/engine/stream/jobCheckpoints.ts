// Checkpoints and recovery of a stream job, as Flink does them for a single-input pipeline: the
// barrier splits the stream at an instant, the snapshot holds source offsets, window state and the
// early trigger's state, and the checkpoint completes when the sink acknowledges. A failure
// restores the last completed checkpoint and replays from its offsets. Like Flink, watermarks are
// not part of the snapshot: they start again from nothing and are regenerated from the replays.

import { cloneWindowOperatorState } from '../flink/windowOperatorState.ts';
import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { JobSnapshot, SourcePartitionState } from '../world/streamJobState.ts';
import type { World } from '../world/worldTypes.ts';
import { createWindowOperatorState } from '../flink/windowOperatorState.ts';
import { earlyStateForSnapshot } from './earlyFirings.ts';

function spec(w: World, j: number) {
  return w.scenario.topology.streamJobs![j]!;
}

/** Schedules the job's loops for its current attempt. */
export function scheduleJobLoops(w: World, j: number): void {
  const s = spec(w, j);
  const attempt = w.m.streamJobs[j]!.attempt;
  schedule(w, w.m.nowMs, EventKind.jobPoll, j, attempt);
  schedule(w, w.m.nowMs + (s.watermarks.intervalMs ?? 200), EventKind.jobWatermarkTick, j, attempt);
  if (s.checkpoint)
    schedule(w, w.m.nowMs + s.checkpoint.intervalMs, EventKind.jobCheckpoint, j, attempt);
}

/** Handles `jobCheckpoint`: take a snapshot at the barrier and wait for the sink's acknowledgement. */
export function onJobCheckpoint(w: World, j: number, attempt: number): void {
  const job = w.m.streamJobs[j]!;
  const s = spec(w, j);
  if (!job.running || job.attempt !== attempt || !s.checkpoint) return;
  schedule(w, w.m.nowMs + s.checkpoint.intervalMs, EventKind.jobCheckpoint, j, attempt);
  // One checkpoint at a time (Flink's default); a trigger during one in flight is skipped.
  if (job.pending) return;
  const id = job.nextCheckpointId++;
  job.pending = {
    id,
    startedAtMs: w.m.nowMs,
    partitions: job.partitions.map((p) => ({ ...p })),
    watermarkMs: null,
    window: cloneWindowOperatorState(job.window),
    ks: {
      streamTimeMs: job.ks.streamTimeMs,
      panes: Object.fromEntries(Object.entries(job.ks.panes).map(([k, p]) => [k, { ...p }])),
    },
    earlyDirty: earlyStateForSnapshot(w, j),
  };
  // Results before the barrier belong to this checkpoint's transaction (pre-commit).
  job.stagedForPending = job.staged;
  job.staged = [];
  emit(w, { atMs: w.m.nowMs, type: 'checkpoint.started', job: s.id, checkpoint: id });
  schedule(
    w,
    w.m.nowMs + (s.checkpoint.ackDelayMs ?? 50),
    EventKind.jobCheckpointAck,
    j,
    attempt,
    id,
  );
}

/** Handles `jobCheckpointAck`: the checkpoint completes and a transactional sink commits. */
export function onJobCheckpointAck(w: World, j: number, attempt: number, id: number): void {
  const job = w.m.streamJobs[j]!;
  const s = spec(w, j);
  if (job.attempt !== attempt || job.pending?.id !== id) return;
  const { startedAtMs, ...snapshot } = job.pending;
  job.lastCompleted = snapshot;
  job.pending = null;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'checkpoint.completed',
    job: s.id,
    checkpoint: id,
    durationMs: w.m.nowMs - startedAtMs,
  });
  if (s.sink?.kind === 'transactional') {
    job.output.push(...job.stagedForPending);
    emit(w, {
      atMs: w.m.nowMs,
      type: 'sink.committed',
      job: s.id,
      checkpoint: id,
      count: job.stagedForPending.length,
    });
    job.stagedForPending = [];
  }
}

/** A task fails: in-flight work and open transactions are lost; the job restarts after a delay. */
export function failJob(w: World, j: number): void {
  const job = w.m.streamJobs[j]!;
  if (!job.running) return;
  job.running = false;
  job.attempt++;
  job.pending = null;
  job.staged = [];
  job.stagedForPending = [];
  emit(w, { atMs: w.m.nowMs, type: 'job.failed', job: spec(w, j).id });
  schedule(
    w,
    w.m.nowMs + (spec(w, j).restartDelayMs ?? 1_000),
    EventKind.jobRestart,
    j,
    job.attempt,
  );
}

function freshPartitions(count: number): SourcePartitionState[] {
  return Array.from({ length: count }, () => ({
    position: 0,
    maxTimestampMs: null,
    watermarkMs: null,
    lastRecordAtMs: 0,
    idle: false,
  }));
}

/** Handles `jobRestart`: restore the last completed checkpoint (or start over) and run again. */
export function onJobRestart(w: World, j: number, attempt: number): void {
  const job = w.m.streamJobs[j]!;
  if (job.attempt !== attempt || job.running) return;
  const snap: JobSnapshot | null = job.lastCompleted;
  job.partitions = snap
    ? snap.partitions.map((p) => ({
        ...p,
        maxTimestampMs: null,
        watermarkMs: null,
        lastRecordAtMs: w.m.nowMs,
        idle: false,
      }))
    : freshPartitions(job.partitions.length);
  job.window = snap
    ? { ...cloneWindowOperatorState(snap.window), watermarkMs: null }
    : createWindowOperatorState();
  job.ks = snap
    ? {
        streamTimeMs: snap.ks.streamTimeMs,
        panes: Object.fromEntries(Object.entries(snap.ks.panes).map(([k, p]) => [k, { ...p }])),
      }
    : { streamTimeMs: null, panes: {} };
  // The early trigger's state comes back with the windows it belongs to.
  job.earlyDirty = snap ? { ...snap.earlyDirty } : {};
  job.watermarkMs = null;
  job.running = true;
  emit(w, { atMs: w.m.nowMs, type: 'job.restored', job: spec(w, j).id, checkpoint: snap?.id ?? 0 });
  scheduleJobLoops(w, j);
}
