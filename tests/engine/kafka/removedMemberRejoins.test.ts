// Regression test for the bug behind sweep seeds 1704 and 2181: a cooperative member paused
// between its JoinGroup and its SyncGroup is removed by the coordinator when its session expires.
// When it wakes up, its SyncGroup must be answered UNKNOWN_MEMBER_ID, and it must give up every
// partition it owned (Kafka's onPartitionsLost) and join again as a new member. Before the fix it
// rejoined under its old member id still owning its partitions, while another member of the same
// generation owned them too.

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/engine/index.ts';
import type { ScenarioFile } from '../../../src/scenario/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { eventsOf } from '../../support/traceQueries.ts';

const SESSION_MS = 3_000;
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
      maxPollIntervalMs: 5_000,
    },
    members: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3', joinAtMs: null }],
    interventions: [{ atMs: JOIN_C3_AT_MS, type: 'consumer.join', target: 'c3' }, ...interventions],
  });
}

/** When the rebalance that c3's join starts hands out join responses (CompletingRebalance). */
function joinCompletedAtMs(): number {
  const probe = createSimulation(scenario([]));
  probe.runUntil(20_000);
  const completing = eventsOf(probe.trace(), 'group.state.changed').find(
    (e) => e.atMs > JOIN_C3_AT_MS && e.to === 'CompletingRebalance',
  );
  if (completing === undefined) throw new Error('c3 joining started no rebalance');
  return completing.atMs;
}

describe('a member the coordinator removed', () => {
  it('gets UNKNOWN_MEMBER_ID, loses its partitions and rejoins under a new member id', () => {
    // The pause starts before c1's join response is delivered, so c1 never sends its SyncGroup
    // in time, and lasts past its session timeout.
    const pauseAtMs = joinCompletedAtMs();
    const pauseMs = 2 * SESSION_MS;
    const sim = createSimulation(
      scenario([{ atMs: pauseAtMs, type: 'node.pause', target: 'c1', durationMs: pauseMs }]),
      { checkInvariantsEveryStep: true },
    );
    // The engine's invariant (no partition owned by two synced members) is checked after every step.
    sim.runUntil(30_000);
    const trace = sim.trace();

    const removed = eventsOf(trace, 'group.member.removed').filter((e) => e.member === 'c1-1');
    expect(removed.map((e) => e.reason)).toEqual(['session timeout']);
    const resumedAtMs = pauseAtMs + pauseMs;

    // c1 owned partitions when it was paused, and gives all of them up once it learns it was removed.
    const ownedBefore = eventsOf(trace, 'consumer.partitions.assigned')
      .filter((e) => e.consumer === 'c1' && e.atMs < pauseAtMs)
      .flatMap((e) => e.partitions);
    expect(ownedBefore.length).toBeGreaterThan(0);
    const lost = eventsOf(trace, 'consumer.partitions.revoked').find(
      (e) => e.consumer === 'c1' && e.atMs >= resumedAtMs,
    );
    expect(lost?.partitions).toEqual(expect.arrayContaining(ownedBefore));

    // It joins again with a new member id, never with the old one.
    const joinedAfter = eventsOf(trace, 'group.member.joined').filter((e) => e.atMs >= resumedAtMs);
    expect(joinedAfter.map((e) => e.member)).toEqual(['c1-2']);

    // The old member id does not commit after its removal.
    const commitsAfter = eventsOf(trace, 'offset.committed').filter(
      (e) => e.consumer === 'c1' && e.atMs > removed[0]!.atMs,
    );
    const reassignedAt = eventsOf(trace, 'consumer.partitions.assigned').find(
      (e) => e.consumer === 'c1' && e.atMs >= resumedAtMs,
    )?.atMs;
    expect(reassignedAt).toBeDefined();
    expect(commitsAfter.filter((e) => e.atMs < reassignedAt!)).toEqual([]);

    // In the end the group is Stable and whole, and each consumer owns exactly its share.
    const end = sim.getState();
    const group = end.groups[0]!;
    expect(group.state).toBe('Stable');
    const owned = end.consumers.flatMap((c) => c.assigned);
    expect([...owned].sort()).toEqual([
      'orders-0',
      'orders-1',
      'orders-2',
      'orders-3',
      'orders-4',
      'orders-5',
    ]);
    for (const c of end.consumers) expect(group.assignment[c.memberId ?? '']).toEqual(c.assigned);
  });
});
