// Regression test for a gap named in the last closing note: a member whose offset commit is refused
// with ILLEGAL_GENERATION kept its partitions, went on processing them and committing in vain, and
// only rejoined when its lost JoinGroup answer timed out. Kafka's client resets its generation
// (keeping the member id) on ILLEGAL_GENERATION from a commit or a heartbeat, raises
// CommitFailedException, and at its next poll gives every partition up as lost
// (onPartitionsLost, since the generation is gone) and joins again.
//
// The setup: in a cooperative group, c3 joins at 10 s; the link between the member that is not the
// leader and the coordinator is cut just as the coordinator sends the join answers of the new
// generation, so that member's answer is lost. The leader's SyncGroup makes the group Stable
// without hearing from it; it keeps processing (a cooperative member keeps its partitions while it
// rejoins) and commits with the old generation.

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import { buildScenario } from '../support/scenarios.ts';
import { eventsOf } from '../support/traceQueries.ts';

const SESSION_MS = 6_000;
const JOIN_C3_AT_MS = 10_000;

function scenario(interventions: Record<string, unknown>[]): ScenarioFile {
  return buildScenario({
    partitions: 6,
    durationMs: 30_000,
    producers: [
      {
        id: 'p1',
        topic: 'orders',
        rate: { kind: 'constant', intervalMs: 10 },
        keys: { kind: 'uniform', count: 32 },
        lingerMs: 0,
      },
    ],
    group: {
      assignor: 'cooperative-sticky',
      sessionTimeoutMs: SESSION_MS,
      heartbeatIntervalMs: 1_000,
      maxPollIntervalMs: 20_000,
    },
    members: [
      { id: 'c1', commit: { mode: 'after-processing' } },
      { id: 'c2', commit: { mode: 'after-processing' } },
      { id: 'c3', joinAtMs: null, commit: { mode: 'after-processing' } },
    ],
    interventions: [{ atMs: JOIN_C3_AT_MS, type: 'consumer.join', target: 'c3' }, ...interventions],
  });
}

/**
 * When the rebalance that c3's join starts sends its join answers (CompletingRebalance), and which
 * of c1 and c2 is not its leader.
 */
function probe(): { cutAtMs: number; member: string } {
  const run = createSimulation(scenario([]));
  run.runUntil(20_000);
  const completing = eventsOf(run.trace(), 'group.state.changed').find(
    (e) => e.atMs > JOIN_C3_AT_MS && e.to === 'CompletingRebalance',
  );
  const completed = eventsOf(run.trace(), 'group.rebalance.completed').find(
    (e) => e.atMs > JOIN_C3_AT_MS,
  );
  if (completing === undefined || completed === undefined)
    throw new Error('c3 joining started no rebalance');
  return { cutAtMs: completing.atMs, member: completed.leader.startsWith('c1') ? 'c2' : 'c1' };
}

describe('a member whose commit is refused with ILLEGAL_GENERATION', () => {
  const { cutAtMs, member } = probe();
  const sim = createSimulation(
    scenario([
      { atMs: cutAtMs, type: 'network.partition', target: member, peer: 'b1' },
      { atMs: cutAtMs + 50, type: 'network.heal', target: member, peer: 'b1' },
    ]),
    { checkInvariantsEveryStep: true },
  );
  sim.runUntil(30_000);
  const trace = sim.trace();
  const refused = eventsOf(trace, 'offset.commit.failed').filter(
    (e) => e.consumer === member && e.reason === 'ILLEGAL_GENERATION',
  );

  it('is refused at all: the group moved to a generation whose answer the member never got', () => {
    expect(refused.length).toBeGreaterThan(0);
  });

  it('gives every partition up at its next poll and stops processing them', () => {
    const first = refused[0]!;
    const owned = sim.seek(first.atMs - 1).ok
      ? [...sim.getState().consumers.find((c) => c.id === member)!.assigned]
      : [];
    sim.runUntil(30_000);
    expect(owned.length).toBeGreaterThan(0);
    const lost = eventsOf(trace, 'consumer.partitions.revoked').find(
      (e) => e.consumer === member && e.atMs >= first.atMs,
    );
    expect(lost).toBeDefined();
    expect([...lost!.partitions].sort()).toEqual([...owned].sort());
    // One refused commit is enough (the rest of the same batch is refused in the same instant):
    // Kafka raises CommitFailedException, and the next poll, a few ms later, loses the partitions.
    expect(lost!.atMs - first.atMs).toBeLessThan(500);
    expect(refused.filter((e) => e.atMs < lost!.atMs).every((e) => e.atMs === first.atMs)).toBe(
      true,
    );
    const reassigned = eventsOf(trace, 'consumer.partitions.assigned').find(
      (e) => e.consumer === member && e.atMs > first.atMs,
    );
    expect(reassigned).toBeDefined();
    expect(refused.filter((e) => e.atMs > lost!.atMs && e.atMs < reassigned!.atMs)).toEqual([]);
    const processedMeanwhile = eventsOf(trace, 'consumer.fetched').filter(
      (e) => e.consumer === member && e.atMs > lost!.atMs && e.atMs < reassigned!.atMs,
    );
    expect(processedMeanwhile).toEqual([]);
  });

  it('rejoins under the same member id, long before its lost answer would have timed out', () => {
    const first = refused[0]!;
    const reassigned = eventsOf(trace, 'consumer.partitions.assigned').find(
      (e) => e.consumer === member && e.atMs > first.atMs && e.partitions.length > 0,
    );
    expect(reassigned).toBeDefined();
    expect(reassigned!.atMs).toBeLessThan(cutAtMs + SESSION_MS);
    const removed = eventsOf(trace, 'group.member.removed').filter((e) =>
      e.member.startsWith(member),
    );
    expect(removed).toEqual([]);
    // The timeout of the lost answer, when it comes, no longer sends the member into a rebalance.
    const later = eventsOf(trace, 'group.rebalance.started').filter(
      (e) => e.atMs > reassigned!.atMs,
    );
    expect(later).toEqual([]);
    const end = sim.getState();
    expect(end.groups[0]!.state).toBe('Stable');
    expect(end.consumers.flatMap((c) => c.assigned).sort()).toEqual([
      'orders-0',
      'orders-1',
      'orders-2',
      'orders-3',
      'orders-4',
      'orders-5',
    ]);
  });
});
