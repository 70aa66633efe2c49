// Checks over the WorldView at a checkpoint (safety) and at the end of a run (liveness, and the
// no-skip property of after-processing commits). Each check adds to the same count and violation
// list as the trace checks, so the sweep reports one number of checks performed.

import type { GroupView, WorldView } from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import { checkClusterLiveness, checkClusterView } from './clusterChecks.ts';
import { checkDataflowLiveness, checkDataflowViews } from './dataflowViewChecks.ts';
import { checkJobLiveness, checkJobViews } from './jobViewChecks.ts';
import type { TraceCheckState } from './traceChecks.ts';

function expect(s: TraceCheckState, ok: boolean, atMs: number, message: string): void {
  s.checks++;
  if (!ok) s.violations.push(`at ${atMs} ms, state: ${message}`);
}

function ownerCounts(group: GroupView): Map<string, number> {
  const owners = new Map<string, number>();
  for (const list of Object.values(group.assignment))
    for (const p of list) owners.set(p, (owners.get(p) ?? 0) + 1);
  return owners;
}

/** A Stable group gives each subscribed partition to one member (cooperative: at most one). */
function checkStableGroup(s: TraceCheckState, view: WorldView, group: GroupView): void {
  const owners = ownerCounts(group);
  const eager = s.assignorOf.get(group.id) !== 'cooperative-sticky';
  for (const p of s.partitionsOf.get(group.id) ?? []) {
    const n = owners.get(p) ?? 0;
    expect(
      s,
      n <= 1 && (n === 1 || !eager),
      view.nowMs,
      `Stable ${group.id} gives ${p} to ${n} members`,
    );
  }
  for (const member of Object.keys(group.assignment)) {
    expect(
      s,
      group.members.includes(member),
      view.nowMs,
      `Stable ${group.id} assigns to ${member}, which is not a member`,
    );
  }
}

/**
 * Safety at any time: logs agree with the trace, commits stay in the log (unless an unclean
 * election cut it), Stable groups are whole, the replicated log holds (clusterChecks.ts), stream
 * jobs read and mark time correctly (jobViewChecks.ts), and dataflows agree with their trace and
 * keep their buffers within credit (dataflowViewChecks.ts).
 */
export function checkViewSafety(s: TraceCheckState, view: WorldView): void {
  checkClusterView(s.cluster, view, (ok, message) => expect(s, ok, view.nowMs, message));
  checkJobViews(s.jobs, view, s.cluster.unclean, (ok, message) =>
    expect(s, ok, view.nowMs, message),
  );
  checkDataflowViews(s.flows, view, (ok, message) => expect(s, ok, view.nowMs, message));
  const logEnd = new Map(view.partitions.map((p) => [p.id, p.logEndOffset]));
  for (const p of view.partitions) {
    expect(
      s,
      p.logEndOffset === (s.logEnd.get(p.id) ?? 0),
      view.nowMs,
      `${p.id} log end ${p.logEndOffset} differs from the trace's ${s.logEnd.get(p.id) ?? 0}`,
    );
    const last = p.records[p.logEndOffset - 1];
    expect(
      s,
      p.logEndOffset === p.logStartOffset || last?.offset === p.logEndOffset - 1,
      view.nowMs,
      `${p.id} last record has offset ${last?.offset}`,
    );
  }
  for (const g of view.groups) {
    for (const [p, offset] of Object.entries(g.committed)) {
      expect(
        s,
        offset <= (logEnd.get(p) ?? 0) || s.cluster.unclean.has(p),
        view.nowMs,
        `${g.id} committed ${offset} past the log end of ${p}`,
      );
    }
    if (g.state === 'Stable') checkStableGroup(s, view, g);
  }
}

/**
 * Lag that no commit will ever clear, legitimately, when the refused commit covered everything
 * readable (the high watermark) and the owner has read that far, so nothing was lost, only not
 * recorded. In a cooperative group a member keeps its partitions through a rebalance, so a manual
 * commit refused during it (REBALANCE_IN_PROGRESS, as the Java client's
 * RebalanceInProgressException) is not retried and no rewind from the committed offset happens. A
 * commit refused for a cut link to the coordinator (COORDINATOR_NOT_AVAILABLE) is not retried
 * either, and with a link cut for less than a session the member keeps its partitions.
 */
function isUnretriedCommit(
  s: TraceCheckState,
  view: WorldView,
  group: GroupView,
  partition: string,
): boolean {
  const refused = s.refusedCommit.get(`${group.id}/${partition}`);
  const excused =
    refused?.reason === 'COORDINATOR_NOT_AVAILABLE' ||
    (refused?.reason === 'REBALANCE_IN_PROGRESS' &&
      s.assignorOf.get(group.id) === 'cooperative-sticky');
  const hw = view.partitions.find((p) => p.id === partition)?.highWatermark;
  const owner = view.consumers.find((c) => c.group === group.id && c.assigned.includes(partition));
  return (
    excused && hw !== undefined && refused?.offset === hw && owner?.positions[partition] === hw
  );
}

/**
 * Consumers whose crash was armed for a commit (consumer.crash with a moment) before the heal and
 * came after it: the schedule cannot know when the commit comes, so such a crash may end a run.
 */
function crashedByArmedCommit(
  s: TraceCheckState,
  scenario: ScenarioFile,
  healMs: number,
  consumer: string,
): boolean {
  const armed = scenario.interventions.some(
    (i) => i.type === 'consumer.crash' && i.target === consumer && (i.moment ?? 'now') !== 'now',
  );
  return armed && (s.crashedAtMs.get(consumer) ?? -1) >= healMs;
}

/**
 * Liveness at the end: every consumer runs (but one whose armed crash came after the heal), every
 * group is Stable, whole, and has no lag, the replicated log has recovered, every stream job
 * has caught up, checkpointed and fired its closed windows, and every dataflow has caught up.
 */
export function checkViewLiveness(
  s: TraceCheckState,
  view: WorldView,
  scenario: ScenarioFile,
  healMs: number,
): void {
  checkClusterLiveness(view, (ok, message) => expect(s, ok, view.nowMs, message));
  checkJobLiveness(s.jobs, view, healMs, s.cluster.unclean, (ok, message) =>
    expect(s, ok, view.nowMs, message),
  );
  checkDataflowLiveness(s.flows, scenario, view, healMs, (ok, message) =>
    expect(s, ok, view.nowMs, message),
  );
  for (const c of view.consumers) {
    const ok = c.status === 'active' || crashedByArmedCommit(s, scenario, healMs, c.id);
    expect(s, ok, view.nowMs, `liveness: ${c.id} ends ${c.status}`);
  }
  for (const g of view.groups) {
    expect(s, g.state === 'Stable', view.nowMs, `liveness: ${g.id} ends ${g.state}`);
    const owners = ownerCounts(g);
    for (const p of s.partitionsOf.get(g.id) ?? []) {
      expect(
        s,
        owners.get(p) === 1,
        view.nowMs,
        `liveness: ${g.id} ends with ${p} assigned ${owners.get(p) ?? 0} times`,
      );
      const drained = g.lag[p] === 0 || isUnretriedCommit(s, view, g, p);
      expect(s, drained, view.nowMs, `liveness: ${g.id} ends with lag ${g.lag[p]} on ${p}`);
    }
  }
}

/** Partitions of topics whose records retention or compaction may remove. */
function cleanedPartitions(scenario: ScenarioFile): Set<string> {
  const cleaned = new Set<string>();
  for (const t of scenario.topology.topics) {
    const cleans =
      (t.cleanupPolicy ?? 'delete') !== 'delete' ||
      t.retentionMs !== undefined ||
      t.retentionRecords !== undefined;
    if (cleans) for (let i = 0; i < t.partitions; i++) cleaned.add(`${t.name}-${i}`);
  }
  return cleaned;
}

/**
 * With after-processing commits, no seeks, no unclean election and no retention or compaction, a
 * committed offset promises that every record below it was processed (or, for a poison record,
 * skipped or dead-lettered); only records before an auto.offset.reset position may have been
 * skipped.
 */
export function checkNothingSkipped(
  s: TraceCheckState,
  view: WorldView,
  scenario: ScenarioFile,
): void {
  const cleaned = cleanedPartitions(scenario);
  for (const group of scenario.topology.consumerGroups) {
    if (!group.members.every((m) => m.commit.mode === 'after-processing')) continue;
    for (const p of s.partitionsOf.get(group.id) ?? []) {
      const key = `${group.id}/${p}`;
      if (s.seeked.has(key) || s.cluster.unclean.has(p) || cleaned.has(p)) continue;
      const committed = s.committed.get(key) ?? 0;
      const flags = s.processed.get(key);
      let missing = -1;
      for (let o = s.resetFloor.get(key) ?? 0; o < committed && missing < 0; o++)
        if (flags?.[o] !== 1) missing = o;
      expect(
        s,
        missing < 0,
        view.nowMs,
        `${key} committed ${committed} but offset ${missing} was never processed`,
      );
    }
  }
}
