// Safety checks of stream jobs over the trace, after every step's events, with Flink's rules for
// event-time windows (WindowOperator with EventTimeTrigger): within an attempt the watermark only
// rises; a window fires on time once per key, in the same step as the watermark that passes its
// last instant (end - 1); early panes come only before that, late firings only after it and while
// the watermark is below end - 1 + allowed lateness, and a record is dropped only once all its
// windows are past that horizon. A restore starts a new attempt: Flink does not checkpoint
// watermarks, so replayed windows may fire again. Kafka Streams jobs have no watermarks in the
// trace; for them a suppressed result comes once per key and window.

import type { TraceEvent, TraceEventOf } from '../../src/engine/index.ts';
import {
  check,
  JobCheck,
  type Expect,
  type JobCheckState,
  type JobChecks,
} from './jobCheckState.ts';
import { latestWindow, paneKey, type Window } from './jobWindows.ts';

function describeWindow(key: string, w: Window): string {
  return `key ${key} window [${w[0]}, ${w[1]})`;
}

function watermarkAdvanced(
  c: JobChecks,
  j: JobCheckState,
  e: TraceEventOf<'watermark.advanced'>,
  expect: Expect,
): void {
  const before = j.watermarkMs;
  check(
    c,
    JobCheck.watermark,
    expect,
    before === null || e.watermarkMs > before,
    `${e.job} watermark went from ${before} to ${e.watermarkMs} within one attempt`,
  );
  for (const f of j.pendingOnTime) {
    const last = f.window[1] - 1;
    check(
      c,
      JobCheck.onTime,
      expect,
      (before === null || before < last) && last <= e.watermarkMs,
      `${e.job} fired ${describeWindow(f.key, f.window)} on time as the watermark moved from ${before} to ${e.watermarkMs}, which does not pass ${last}`,
    );
  }
  j.pendingOnTime = [];
  j.watermarkMs = e.watermarkMs;
}

function flinkFiring(
  c: JobChecks,
  j: JobCheckState,
  e: TraceEventOf<'window.fired'>,
  expect: Expect,
): void {
  const pane = paneKey(e.key, e.window);
  const last = e.window[1] - 1;
  const wm = j.watermarkMs;
  const what = `${e.job} ${e.timing} firing of ${describeWindow(e.key, e.window)} at watermark ${wm}`;
  if (e.timing === 'on-time') {
    check(
      c,
      JobCheck.onTime,
      expect,
      !j.onTimeInAttempt.has(pane),
      `${what}: a second on-time firing in one attempt`,
    );
    check(
      c,
      JobCheck.onTime,
      expect,
      !j.lateInAttempt.has(pane),
      `${what}: an on-time firing after a late one`,
    );
    j.onTimeInAttempt.add(pane);
    j.pendingOnTime.push({ key: e.key, window: e.window });
  } else if (e.timing === 'late') {
    j.lateFirings++;
    const horizon = last + j.spec.window.allowedLatenessMs;
    check(
      c,
      JobCheck.late,
      expect,
      wm !== null && wm >= last && wm < horizon,
      `${what}: outside [${last}, ${horizon})`,
    );
    j.lateInAttempt.add(pane);
  } else {
    j.earlyFirings++;
    check(
      c,
      JobCheck.early,
      expect,
      wm === null || wm < last,
      `${what}: the window already closed`,
    );
  }
}

function ksFiring(
  c: JobChecks,
  j: JobCheckState,
  e: TraceEventOf<'window.fired'>,
  expect: Expect,
): void {
  if (j.spec.emit !== 'on-window-close') return;
  const pane = paneKey(e.key, e.window);
  const what = `${e.job} suppressed result of ${describeWindow(e.key, e.window)}`;
  check(
    c,
    JobCheck.final,
    expect,
    e.timing === 'on-time' && !j.onTimeInAttempt.has(pane),
    `${what} came twice or as ${e.timing}`,
  );
  j.onTimeInAttempt.add(pane);
}

function windowFired(
  c: JobChecks,
  j: JobCheckState,
  e: TraceEventOf<'window.fired'>,
  expect: Expect,
): void {
  check(
    c,
    JobCheck.stopped,
    expect,
    j.running,
    `${e.job} fired ${describeWindow(e.key, e.window)} while failed`,
  );
  j.fired.add(paneKey(e.key, e.window));
  if (j.flink) flinkFiring(c, j, e, expect);
  else ksFiring(c, j, e, expect);
}

/** A record is dropped only when even its last window is past end - 1 + allowed lateness. */
function lateDropped(
  c: JobChecks,
  j: JobCheckState,
  e: TraceEventOf<'window.late.dropped'>,
  expect: Expect,
): void {
  j.dropped.add(`${e.partition}@${e.offset}`);
  if (!j.flink) return;
  const lateness = j.spec.window.allowedLatenessMs;
  const window = latestWindow(j.spec, e.eventTimeMs);
  const horizon = (window === undefined ? e.eventTimeMs : window[1] - 1) + lateness;
  const wm = j.watermarkMs;
  check(
    c,
    JobCheck.drop,
    expect,
    wm !== null && horizon <= wm,
    `${e.job} dropped the record at ${e.partition}@${e.offset} (event time ${e.eventTimeMs}) at watermark ${wm}, before its horizon ${horizon}`,
  );
}

function checkpointCompleted(
  c: JobChecks,
  j: JobCheckState,
  e: TraceEventOf<'checkpoint.completed'>,
  expect: Expect,
): void {
  const started = j.checkpointStartedAtMs.get(e.checkpoint);
  check(
    c,
    JobCheck.checkpoint,
    expect,
    started !== undefined &&
      !j.checkpointsCompleted.has(e.checkpoint) &&
      e.durationMs === e.atMs - started,
    `${e.job} completed checkpoint ${e.checkpoint} (started at ${started}) twice, before it started, or with a wrong duration ${e.durationMs}`,
  );
  j.checkpointsCompleted.add(e.checkpoint);
}

function restored(j: JobCheckState): void {
  j.running = true;
  j.restores++;
  j.watermarkMs = null;
  j.onTimeInAttempt = new Set();
  j.lateInAttempt = new Set();
}

type JobEvent = TraceEvent & { readonly job: string };

/** The stream job an event belongs to; a dataflow's events name an operator and are not judged. */
function jobOf(c: JobChecks, e: TraceEvent): JobCheckState | undefined {
  if (!('job' in e) || ('operator' in e && e.operator !== undefined)) return undefined;
  return c.jobs.get((e as JobEvent).job);
}

/** Takes one trace event into the job checks; events of other kinds are ignored. */
export function observeJobEvent(c: JobChecks, e: TraceEvent, expect: Expect): void {
  if (e.type === 'consumer.offset.reset') {
    // A stream job's reset is traced with the job's id as the consumer, not as a job event.
    const reset = c.jobs.get(e.consumer);
    if (reset !== undefined) reset.offsetResets++;
    return;
  }
  const j = jobOf(c, e);
  if (j === undefined) return;
  if (
    j.pendingOnTime.length > 0 &&
    e.type !== 'sink.written' &&
    e.type !== 'window.fired' &&
    e.type !== 'watermark.advanced'
  ) {
    check(
      c,
      JobCheck.onTime,
      expect,
      false,
      `${e.type} came between an on-time firing and its watermark`,
    );
    j.pendingOnTime = [];
  }
  switch (e.type) {
    case 'watermark.advanced':
      return watermarkAdvanced(c, j, e, expect);
    case 'window.fired':
      return windowFired(c, j, e, expect);
    case 'window.late.dropped':
      return lateDropped(c, j, e, expect);
    case 'checkpoint.started':
      j.checkpointStartedAtMs.set(e.checkpoint, e.atMs);
      return;
    case 'checkpoint.completed':
      return checkpointCompleted(c, j, e, expect);
    case 'records.shed':
      j.shed += e.count;
      return;
    case 'job.failed':
      j.running = false;
      return;
    case 'job.restored':
      return restored(j);
    default:
      return;
  }
}
