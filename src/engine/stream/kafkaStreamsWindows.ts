// Kafka Streams' windowed aggregation, the alternative to Flink's: no watermarks, but stream time
// (the largest record timestamp the task has seen). A window accepts records until stream time
// reaches its end plus the grace period; after that, records for it are dropped as expired. By
// default every update is emitted downstream; with `suppress(untilWindowCloses)` only the final
// result, once the window closes.

import { windowsFor } from '../flink/windowsFor.ts';
import { emit } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import type { LogRecord } from '../view/worldView.ts';
import { writeToSink } from './jobSink.ts';

function fire(
  w: World,
  j: number,
  key: string,
  window: readonly [number, number],
  value: number,
  timing: 'on-time' | 'late',
): void {
  const job = w.m.streamJobs[j]!;
  job.firedCount++;
  const id = w.scenario.topology.streamJobs![j]!.id;
  emit(w, { atMs: w.m.nowMs, type: 'window.fired', job: id, key, window, value, timing });
  writeToSink(w, j, { key, window, value, atMs: w.m.nowMs });
}

/** Emits (suppressed mode) and forgets every window that stream time has closed, in (end, key) order. */
function closeWindows(w: World, j: number, graceMs: number, finalOnly: boolean): void {
  const spec = w.scenario.topology.streamJobs![j]!;
  const ks = w.m.streamJobs[j]!.ks;
  const closed = Object.entries(ks.panes)
    .filter(([, p]) => p.window[1] + graceMs <= ks.streamTimeMs!)
    .sort(
      ([, a], [, b]) => a.window[1] - b.window[1] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  for (const [id, p] of closed) {
    if (finalOnly)
      fire(w, j, p.key, p.window, spec.window.aggregate === 'sum' ? p.sum : p.count, 'on-time');
    delete ks.panes[id];
  }
}

/** Processes one record with Kafka Streams semantics. */
export function processKafkaStreamsRecord(
  w: World,
  j: number,
  r: LogRecord,
  key: string,
  value: number,
): void {
  const spec = w.scenario.topology.streamJobs![j]!;
  const job = w.m.streamJobs[j]!;
  const ks = job.ks;
  const assigner = spec.window.assigner;
  if (assigner.kind === 'session')
    throw new Error(
      `job ${spec.id}: session windows are not supported with kafka-streams semantics here`,
    );
  const graceMs = spec.graceMs ?? 0;
  ks.streamTimeMs = Math.max(ks.streamTimeMs ?? r.eventTimeMs, r.eventTimeMs);
  const finalOnly = spec.emit === 'on-window-close';
  let accepted = false;
  for (const [start, end] of windowsFor(assigner, r.eventTimeMs)) {
    if (end + graceMs <= ks.streamTimeMs) continue;
    accepted = true;
    const id = `${key.length}:${key}:${start}:${end}`;
    const pane = (ks.panes[id] ??= { key, window: [start, end], sum: 0, count: 0 });
    pane.sum += value;
    pane.count += 1;
    const current = spec.window.aggregate === 'sum' ? pane.sum : pane.count;
    if (!finalOnly)
      fire(w, j, key, pane.window, current, ks.streamTimeMs >= end ? 'late' : 'on-time');
  }
  if (!accepted) {
    job.droppedCount++;
    emit(w, {
      atMs: w.m.nowMs,
      type: 'window.late.dropped',
      job: spec.id,
      key,
      eventTimeMs: r.eventTimeMs,
      partition: r.partition,
      offset: r.offset,
    });
  }
  closeWindows(w, j, graceMs, finalOnly);
}
