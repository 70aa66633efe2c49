// Checks over the WorldView at a checkpoint (safety) and at the end of a run (liveness, and the
// no-skip property of after-processing commits). Each check adds to the same count and violation
// list as the trace checks, so the sweep reports one number of checks performed.

import type { GroupView, WorldView } from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
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

/** Safety at any time: logs agree with the trace, commits stay in the log, Stable groups are whole. */
export function checkViewSafety(s: TraceCheckState, view: WorldView): void {
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
        offset <= (logEnd.get(p) ?? 0),
        view.nowMs,
        `${g.id} committed ${offset} past the log end of ${p}`,
      );
    }
    if (g.state === 'Stable') checkStableGroup(s, view, g);
  }
}

/**
 * Lag that no commit will ever clear, legitimately: in a cooperative group a member keeps its
 * partitions through a rebalance, so a manual commit refused during it (REBALANCE_IN_PROGRESS, as
 * the Java client's RebalanceInProgressException) is not retried and no rewind from the committed
 * offset happens. That is allowed only when the refused commit covered the whole log and the owner
 * has read to the log end, so nothing was lost, only not recorded.
 */
function isUnretriedCommit(
  s: TraceCheckState,
  view: WorldView,
  group: GroupView,
  partition: string,
): boolean {
  if (s.assignorOf.get(group.id) !== 'cooperative-sticky') return false;
  const logEnd = view.partitions.find((p) => p.id === partition)?.logEndOffset;
  const owner = view.consumers.find((c) => c.group === group.id && c.assigned.includes(partition));
  return (
    logEnd !== undefined &&
    s.refusedCommit.get(`${group.id}/${partition}`) === logEnd &&
    owner?.positions[partition] === logEnd
  );
}

/** Liveness at the end: every consumer runs, every group is Stable, whole, and has no lag. */
export function checkViewLiveness(s: TraceCheckState, view: WorldView): void {
  for (const c of view.consumers)
    expect(s, c.status === 'active', view.nowMs, `liveness: ${c.id} ends ${c.status}`);
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

/**
 * With after-processing commits and no seeks, a committed offset promises that every record below
 * it was processed; only records before an auto.offset.reset position may have been skipped.
 */
export function checkNothingSkipped(
  s: TraceCheckState,
  view: WorldView,
  scenario: ScenarioFile,
): void {
  for (const group of scenario.topology.consumerGroups) {
    if (!group.members.every((m) => m.commit.mode === 'after-processing')) continue;
    for (const p of s.partitionsOf.get(group.id) ?? []) {
      const key = `${group.id}/${p}`;
      if (s.seeked.has(key)) continue;
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
