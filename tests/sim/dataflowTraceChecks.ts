// Safety checks of dataflows over the trace, after every step's events. Within an attempt (a
// restore starts a new one: Flink does not checkpoint watermarks, so replayed windows may fire
// again) each operator's watermark only rises, and a window fires on time at most once per key
// and window and never after a late pane of the same window. Checkpoint ids only increase; a
// checkpoint completes only after it started in the same attempt and every terminal subtask (the
// sinks) aligned its barrier; a transactional sink commits only a completed checkpoint. Nothing is
// written while the dataflow is failed, and no channel ever holds more records than its credit.

import type { TraceEvent, TraceEventOf } from '../../src/engine/index.ts';
import {
  checkFlow,
  DataflowCheck,
  type DataflowChecks,
  type Expect,
  type FlowState,
} from './dataflowCheckState.ts';

function opWatermark(
  c: DataflowChecks,
  f: FlowState,
  e: TraceEventOf<'watermark.advanced'>,
  expect: Expect,
): void {
  const op = e.operator ?? '';
  const before = f.opWatermarks.get(op);
  checkFlow(
    c,
    DataflowCheck.flowWatermark,
    expect,
    before === undefined || e.watermarkMs > before,
    `${e.job} operator ${op} watermark went from ${before} to ${e.watermarkMs} within one attempt`,
  );
  f.opWatermarks.set(op, e.watermarkMs);
}

function fired(
  c: DataflowChecks,
  f: FlowState,
  e: TraceEventOf<'window.fired'>,
  expect: Expect,
): void {
  const pane = `${e.operator ?? ''}|${e.key}|${e.window[0]}|${e.window[1]}`;
  const what = `${e.job} ${e.timing} firing of operator ${e.operator} key ${e.key} window [${e.window[0]}, ${e.window[1]})`;
  checkFlow(c, DataflowCheck.flowStopped, expect, f.running, `${what} while failed`);
  if (e.timing === 'late') {
    f.late.add(pane);
    f.lateFirings++;
    return;
  }
  checkFlow(
    c,
    DataflowCheck.flowOnTime,
    expect,
    e.timing === 'on-time' && !f.onTime.has(pane) && !f.late.has(pane),
    `${what}: ${e.timing === 'early' ? 'a dataflow window has no early trigger' : f.late.has(pane) ? 'on time after a late pane' : 'a second on-time firing in one attempt'}`,
  );
  f.onTime.add(pane);
}

function started(
  c: DataflowChecks,
  f: FlowState,
  e: TraceEventOf<'checkpoint.started'>,
  expect: Expect,
): void {
  checkFlow(
    c,
    DataflowCheck.flowCheckpointOrder,
    expect,
    e.checkpoint > f.lastStarted && f.running,
    `${e.job} started checkpoint ${e.checkpoint} after ${f.lastStarted}${f.running ? '' : ' while failed'}`,
  );
  f.lastStarted = Math.max(f.lastStarted, e.checkpoint);
  f.startedInAttempt.set(e.checkpoint, e.atMs);
  f.startedAtMs.set(e.checkpoint, e.atMs);
}

function aligned(f: FlowState, e: TraceEventOf<'barrier.aligned'>): void {
  const plan = f.analysis.plan;
  const op = plan.ops[plan.opIndex[e.operator] ?? -1];
  if (op === undefined || op.out.length > 0) return;
  const set = f.aligned.get(e.checkpoint) ?? new Set<string>();
  set.add(`${e.operator}/${e.subtask}`);
  f.aligned.set(e.checkpoint, set);
}

function completed(
  c: DataflowChecks,
  f: FlowState,
  e: TraceEventOf<'checkpoint.completed'>,
  expect: Expect,
): void {
  checkFlow(
    c,
    DataflowCheck.flowCheckpointOrder,
    expect,
    e.checkpoint > f.lastCompleted && f.startedInAttempt.has(e.checkpoint),
    `${e.job} completed checkpoint ${e.checkpoint} after ${f.lastCompleted}, or one not started in this attempt`,
  );
  const acks = f.aligned.get(e.checkpoint)?.size ?? 0;
  const terminal = f.analysis.plan.terminalSubtasks;
  checkFlow(
    c,
    DataflowCheck.flowCheckpointAcked,
    expect,
    acks === terminal,
    `${e.job} completed checkpoint ${e.checkpoint} with ${acks} of ${terminal} sink subtasks aligned`,
  );
  f.lastCompleted = Math.max(f.lastCompleted, e.checkpoint);
  f.completed.add(e.checkpoint);
}

function metrics(
  c: DataflowChecks,
  f: FlowState,
  e: TraceEventOf<'dataflow.metrics'>,
  expect: Expect,
): void {
  // Exact for the buffers the generator draws: a channel over its credit shows as 101 % or more.
  checkFlow(
    c,
    DataflowCheck.flowBuffer,
    expect,
    e.bufferFillPercent <= 100,
    `${e.job} has a channel at ${e.bufferFillPercent} % of its credit`,
  );
  f.samples.push({
    atMs: e.atMs,
    lagRecords: e.lagRecords,
    bufferFillPercent: e.bufferFillPercent,
  });
}

function restored(f: FlowState): void {
  f.running = true;
  f.restores++;
  f.opWatermarks = new Map();
  f.onTime = new Set();
  f.late = new Set();
  f.startedInAttempt = new Map();
  f.aligned = new Map();
}

/** The dataflow an event belongs to, or undefined for events of anything else. */
function flowOf(c: DataflowChecks, e: TraceEvent): FlowState | undefined {
  if (c.flows.size === 0 || !('job' in e)) return undefined;
  return c.flows.get(e.job);
}

/** Takes one trace event into the dataflow checks; events of other kinds are ignored. */
export function observeDataflowEvent(c: DataflowChecks, e: TraceEvent, expect: Expect): void {
  if (e.type === 'consumer.offset.reset') {
    // A dataflow source's reset is traced under `<dataflow>/<source>`, not as a job event.
    const reset = c.flows.get(e.consumer.split('/')[0]!);
    if (reset !== undefined && e.consumer.includes('/')) reset.offsetResets++;
    return;
  }
  const f = flowOf(c, e);
  if (f === undefined) return;
  switch (e.type) {
    case 'watermark.advanced':
      return opWatermark(c, f, e, expect);
    case 'window.fired':
      return fired(c, f, e, expect);
    case 'window.late.dropped':
      f.dropped++;
      return;
    case 'dataflow.output':
      f.outputs++;
      return checkFlow(
        c,
        DataflowCheck.flowStopped,
        expect,
        f.running,
        `${e.job} sink ${e.sink} wrote while failed`,
      );
    case 'checkpoint.started':
      return started(c, f, e, expect);
    case 'barrier.aligned':
      return aligned(f, e);
    case 'checkpoint.completed':
      return completed(c, f, e, expect);
    case 'sink.committed':
      return checkFlow(
        c,
        DataflowCheck.flowCheckpointAcked,
        expect,
        f.completed.has(e.checkpoint),
        `${e.job} committed ${e.count} rows with checkpoint ${e.checkpoint}, which has not completed`,
      );
    case 'dataflow.metrics':
      return metrics(c, f, e, expect);
    case 'state.expired':
      f.expired += e.count;
      return;
    case 'job.backpressure':
      if (e.active) f.backpressured++;
      return;
    case 'job.failed':
      f.running = false;
      return;
    case 'job.restored':
      return restored(f);
    default:
      return;
  }
}
