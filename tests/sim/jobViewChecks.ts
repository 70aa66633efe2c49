// Checks of stream jobs over the WorldView: at every checkpoint of the sweep (the job's watermark
// agrees with the trace and, without idleness, is never ahead of a partition's; the job reads only
// below the high watermark; it runs unless failed), and at the end of the liveness phase (it runs,
// has read everything, every checkpoint started after the heal completed, and every window closed
// by the final watermark, or by the final stream time for Kafka Streams, has fired).

import type { PartitionView, StreamJobView, WorldView } from '../../src/engine/index.ts';
import {
  check,
  JobCheck,
  type Expect,
  type JobCheckState,
  type JobChecks,
} from './jobCheckState.ts';
import { latestWindow, paneKey, type Window } from './jobWindows.ts';

function checkJobView(
  c: JobChecks,
  j: JobCheckState,
  job: StreamJobView,
  partitions: ReadonlyMap<string, PartitionView>,
  unclean: ReadonlySet<string>,
  expect: Expect,
): void {
  check(
    c,
    JobCheck.stopped,
    expect,
    job.running === j.running,
    `${job.id} running is ${job.running}, the trace says ${j.running}`,
  );
  if (j.flink) {
    check(
      c,
      JobCheck.watermark,
      expect,
      job.watermarkMs === j.watermarkMs,
      `${job.id} watermark ${job.watermarkMs} differs from the trace's ${j.watermarkMs}`,
    );
  }
  for (const p of job.partitions) {
    const hw = partitions.get(p.partition)?.highWatermark ?? 0;
    if (!unclean.has(p.partition))
      check(
        c,
        JobCheck.readBelowHw,
        expect,
        p.position <= hw,
        `${job.id} read ${p.partition} to ${p.position}, past the high watermark ${hw}`,
      );
    // Without idleness every partition counts in the minimum, and partition watermarks only rise.
    if (!j.flink || job.watermarkMs === null || j.spec.watermarks.idleTimeoutMs !== undefined)
      continue;
    check(
      c,
      JobCheck.activeMark,
      expect,
      p.watermarkMs !== null && p.watermarkMs >= job.watermarkMs,
      `${job.id} watermark ${job.watermarkMs} is ahead of ${p.partition}'s ${p.watermarkMs}`,
    );
  }
}

/** Safety at a sweep checkpoint, for every job. */
export function checkJobViews(
  c: JobChecks,
  view: WorldView,
  unclean: ReadonlySet<string>,
  expect: Expect,
): void {
  const partitions = new Map(view.partitions.map((p) => [p.id, p]));
  for (const job of view.streamJobs) {
    const j = c.jobs.get(job.id);
    if (j !== undefined) checkJobView(c, j, job, partitions, unclean, expect);
  }
}

/** Every started checkpoint that had time to be acknowledged after the heal has completed. */
function checkCheckpointsAfterHeal(
  c: JobChecks,
  j: JobCheckState,
  view: WorldView,
  healMs: number,
  expect: Expect,
): void {
  const ackMs = j.spec.checkpoint?.ackDelayMs ?? 50;
  for (const [id, atMs] of j.checkpointStartedAtMs) {
    // A run to t handles events before t, so an acknowledgement due at the very end never comes.
    if (atMs < healMs || atMs + ackMs >= view.nowMs) continue;
    check(
      c,
      JobCheck.liveCheckpoints,
      expect,
      j.checkpointsCompleted.has(id),
      `liveness: ${j.spec.id} checkpoint ${id}, started at ${atMs} ms after the heal, never completed`,
    );
  }
}

interface LogEntry {
  readonly where: string;
  readonly key: string;
  readonly ts: number;
}

/** The records of the job's topic below the high watermark, and the partitions they came from. */
function topicRecords(view: WorldView, topic: string): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const p of view.partitions) {
    if (p.topic !== topic) continue;
    for (let o = p.logStartOffset; o < p.highWatermark; o++) {
      const r = p.records[o];
      if (r !== undefined)
        entries.push({ where: `${p.id}@${o}`, key: r.key ?? '(null)', ts: r.eventTimeMs });
    }
  }
  return entries;
}

/**
 * The session of each record if every record of the topic had merged into it: as large as any
 * session the job can have built (a cleanup or a drop only splits sessions), so requiring it to
 * have fired once it closed never blames the job for a session still open.
 */
function fullSessions(entries: readonly LogEntry[], gapMs: number): Map<string, Window> {
  const byKey = new Map<string, LogEntry[]>();
  for (const e of entries) {
    const list = byKey.get(e.key);
    if (list === undefined) byKey.set(e.key, [e]);
    else list.push(e);
  }
  const sessionOf = new Map<string, Window>();
  for (const list of byKey.values()) {
    list.sort((a, b) => a.ts - b.ts);
    let group: LogEntry[] = [];
    let end = -Infinity;
    const close = (): void => {
      const start = group[0]?.ts ?? 0;
      for (const e of group) sessionOf.set(e.where, [start, end]);
    };
    for (const e of list) {
      // Flink merges sessions that touch ([a, b) and [b, c)); merging more only makes them larger.
      if (e.ts > end && group.length > 0) {
        close();
        group = [];
      }
      group.push(e);
      end = Math.max(end, e.ts + gapMs);
    }
    close();
  }
  return sessionOf;
}

/** Fired windows by key, for the session lookup. */
function firedByKey(j: JobCheckState): Map<string, Window[]> {
  const byKey = new Map<string, Window[]>();
  for (const pane of j.fired) {
    const [key, start, end] = splitPane(pane);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [[start, end]]);
    else list.push([start, end]);
  }
  return byKey;
}

/**
 * Every record left in the log that no attempt dropped must have made its last window fire (for
 * sessions: some fired session holds it), once the final watermark (Flink) or the final stream
 * time plus grace (Kafka Streams) has closed that window. Shed records are never processed, and
 * an unclean election may have replaced what the job read, so such jobs are not judged.
 */
function checkWindowsFired(
  c: JobChecks,
  j: JobCheckState,
  job: StreamJobView,
  view: WorldView,
  unclean: ReadonlySet<string>,
  expect: Expect,
): void {
  if (j.shed > 0 || view.partitions.some((p) => p.topic === job.sourceTopic && unclean.has(p.id)))
    return;
  const entries = topicRecords(view, job.sourceTopic);
  const streamTimeMs = entries.reduce((t, e) => Math.max(t, e.ts), -Infinity);
  const closedBy = (end: number): boolean =>
    j.flink
      ? job.watermarkMs !== null && end - 1 <= job.watermarkMs
      : end + (j.spec.graceMs ?? 0) <= streamTimeMs;
  const assigner = j.spec.window.assigner;
  const sessions = assigner.kind === 'session' ? fullSessions(entries, assigner.gapMs) : undefined;
  const fired = firedByKey(j);
  for (const e of entries) {
    if (j.dropped.has(e.where)) continue;
    const window = sessions ? sessions.get(e.where) : latestWindow(j.spec, e.ts);
    if (window === undefined || !closedBy(window[1])) continue;
    const ok = sessions
      ? (fired.get(e.key) ?? []).some(([start, end]) => start <= e.ts && e.ts < end)
      : j.fired.has(paneKey(e.key, window));
    const closer = j.flink ? `watermark ${job.watermarkMs}` : `stream time ${streamTimeMs}`;
    check(
      c,
      JobCheck.liveWindows,
      expect,
      ok,
      `liveness: ${job.id} never fired key ${e.key} window [${window[0]}, ${window[1]}) of ${e.where} (event time ${e.ts}), closed by ${closer}`,
    );
  }
}

function splitPane(pane: string): [string, number, number] {
  const parts = pane.split('|');
  const end = Number(parts.pop());
  const start = Number(parts.pop());
  return [parts.join('|'), start, end];
}

/** Liveness at the end of the run, for every job. */
export function checkJobLiveness(
  c: JobChecks,
  view: WorldView,
  healMs: number,
  unclean: ReadonlySet<string>,
  expect: Expect,
): void {
  for (const job of view.streamJobs) {
    const j = c.jobs.get(job.id);
    if (j === undefined) continue;
    check(
      c,
      JobCheck.liveRunning,
      expect,
      job.running && job.lag === 0,
      `liveness: ${job.id} ends ${job.running ? 'running' : 'failed'} with lag ${job.lag}`,
    );
    checkCheckpointsAfterHeal(c, j, view, healMs, expect);
    checkWindowsFired(c, j, job, view, unclean, expect);
  }
}
