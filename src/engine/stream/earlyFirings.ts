// Early firings, the Beam model's early panes: a window reports its partial result before the
// watermark closes it, every so often in processing time or every so many records. In discarding
// mode an early pane is purged after it is reported, so later panes carry only what came after.

import { clearPane, paneIdFor, type WindowPane } from '../flink/windowOperatorState.ts';
import { windowsFor } from '../flink/windowsFor.ts';
import { emit } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { writeToSink } from './jobSink.ts';

function fireEarly(w: World, j: number, pane: WindowPane): void {
  const spec = w.scenario.topology.streamJobs![j]!;
  const job = w.m.streamJobs[j]!;
  const value = spec.window.aggregate === 'sum' ? pane.sum : pane.count;
  job.firedCount++;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'window.fired',
    job: spec.id,
    key: pane.key,
    window: [pane.window[0], pane.window[1]],
    value,
    timing: 'early',
  });
  writeToSink(w, j, {
    key: pane.key,
    window: [pane.window[0], pane.window[1]],
    value,
    atMs: w.m.nowMs,
  });
  delete job.earlyDirty[paneIdFor(pane.key, pane.window)];
  if ((spec.window.accumulation ?? 'accumulating') === 'discarding')
    clearPane(job.window, pane.key, pane.window);
}

/** True while the watermark has not reached the window's end yet: an early pane is still possible. */
function stillOpen(w: World, j: number, pane: WindowPane): boolean {
  const wm = w.m.streamJobs[j]!.window.watermarkMs;
  return wm === null || wm < pane.window[1] - 1;
}

/**
 * The early trigger's state for a checkpoint, as Flink keeps a trigger's state with the window's:
 * the open panes still to be reported early. A restore puts it back, so an early pane due at the
 * checkpoint comes again after a failure and one reported before it does not.
 */
export function earlyStateForSnapshot(w: World, j: number): Record<string, true> {
  const job = w.m.streamJobs[j]!;
  const state: Record<string, true> = {};
  for (const id of Object.keys(job.earlyDirty)) {
    const pane = job.window.panes[id];
    if (pane !== undefined && stillOpen(w, j, pane)) state[id] = true;
  }
  return state;
}

/** After a record is added: mark its panes dirty and fire those that reached the count trigger. */
export function afterRecord(w: World, j: number, key: string, timestampMs: number): void {
  const spec = w.scenario.topology.streamJobs![j]!;
  const early = spec.window.earlyFiring;
  const assigner = spec.window.assigner;
  if (!early || assigner.kind === 'session') return;
  const job = w.m.streamJobs[j]!;
  for (const window of windowsFor(assigner, timestampMs)) {
    const id = paneIdFor(key, window);
    const pane = job.window.panes[id];
    if (!pane || !stillOpen(w, j, pane)) continue;
    job.earlyDirty[id] = true;
    if (early.everyCount !== undefined && pane.count % early.everyCount === 0)
      fireEarly(w, j, pane);
  }
}

/** On each periodic tick: fire every dirty, still-open pane once `everyMs` has passed. */
export function onEarlyTick(w: World, j: number): void {
  const spec = w.scenario.topology.streamJobs![j]!;
  const everyMs = spec.window.earlyFiring?.everyMs;
  const job = w.m.streamJobs[j]!;
  if (everyMs === undefined || w.m.nowMs - job.lastEarlyFiringMs < everyMs) return;
  job.lastEarlyFiringMs = w.m.nowMs;
  const due = Object.keys(job.earlyDirty)
    .map((id) => job.window.panes[id])
    .filter((p): p is WindowPane => p !== undefined && stillOpen(w, j, p))
    .sort((a, b) => a.window[0] - b.window[0] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const pane of due) fireEarly(w, j, pane);
  job.earlyDirty = {};
}
