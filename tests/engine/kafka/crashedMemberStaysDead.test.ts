// Regression tests for two bugs the sweep found once removed members rejoined correctly (seeds 71
// and 554). A consumer whose crash was armed for its next commit died in the auto-commit of a
// rebalance's revocation, then went on to send a JoinGroup as if alive, without heartbeats. And a
// static member that took over its old member record on restart was never checked for session
// expiry again, so when it crashed as the group's leader the group waited for it forever.

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { eventsOf } from '../../support/traceQueries.ts';

const SESSION_MS = 3_000;
const group = {
  assignor: 'range',
  sessionTimeoutMs: SESSION_MS,
  heartbeatIntervalMs: 1_000,
  maxPollIntervalMs: 5_000,
};

describe('a consumer that crashed', () => {
  it('at the auto-commit of a revocation stays dead and is removed by session timeout', () => {
    const scenario = buildScenario({
      partitions: 4,
      durationMs: 20_000,
      group,
      members: [
        // Auto-commit is rare, so the first commit is the one in the revocation.
        { id: 'c1', commit: { mode: 'auto', intervalMs: 60_000 } },
        { id: 'c2', joinAtMs: null },
      ],
      interventions: [
        { atMs: 5_000, type: 'consumer.crash', target: 'c1', moment: 'after-commit' },
        { atMs: 6_000, type: 'consumer.join', target: 'c2' },
      ],
    });
    const sim = createSimulation(scenario, { checkInvariantsEveryStep: true });
    sim.runUntil(20_000);
    const trace = sim.trace();
    const crashed = eventsOf(trace, 'consumer.crashed').filter((e) => e.consumer === 'c1');
    expect(crashed.length).toBe(1);
    // The crash came with the revocation's commit, after c2 joined.
    expect(crashed[0]!.atMs).toBeGreaterThan(6_000);
    expect(sim.getState().consumers.find((c) => c.id === 'c1')!.status).toBe('crashed');
    // A dead process sends no JoinGroup: c1 never joins again, and its old member times out.
    const c1Joins = eventsOf(trace, 'group.member.joined').filter((e) =>
      e.member.startsWith('c1-'),
    );
    expect(c1Joins.map((e) => e.member)).toEqual(['c1-1']);
    const removed = eventsOf(trace, 'group.member.removed').filter((e) => e.member === 'c1-1');
    expect(removed.map((e) => e.reason)).toEqual(['session timeout']);
    const end = sim.getState().groups[0]!;
    expect(end.state).toBe('Stable');
    expect(Object.keys(end.assignment)).toEqual(['c2-1']);
  });

  it('after a static restart is still removed when its session expires', () => {
    const scenario = buildScenario({
      partitions: 4,
      durationMs: 30_000,
      group,
      members: [
        { id: 'c1', groupInstanceId: 'host-1' },
        { id: 'c2', groupInstanceId: 'host-2' },
      ],
      interventions: [
        // Restarted within the session timeout, c1 takes over its member record without a rebalance.
        { atMs: 5_000, type: 'consumer.crash', target: 'c1' },
        { atMs: 6_000, type: 'consumer.restart', target: 'c1' },
        { atMs: 15_000, type: 'consumer.crash', target: 'c1' },
      ],
    });
    const sim = createSimulation(scenario, { checkInvariantsEveryStep: true });
    sim.runUntil(30_000);
    const trace = sim.trace();
    expect(
      eventsOf(trace, 'group.rebalance.started').filter((e) => e.atMs > 5_000 && e.atMs < 15_000),
    ).toEqual([]);
    const removed = eventsOf(trace, 'group.member.removed').filter((e) => e.member === 'c1-2');
    expect(removed.map((e) => e.reason)).toEqual(['session timeout']);
    // Heartbeats every second: the last one came at most a second before the crash.
    expect(removed[0]!.atMs).toBeGreaterThanOrEqual(15_000 + SESSION_MS - 1_000);
    expect(removed[0]!.atMs).toBeLessThanOrEqual(15_000 + SESSION_MS + 1_000);
    const end = sim.getState().groups[0]!;
    expect(end.state).toBe('Stable');
    expect(Object.values(end.assignment)).toEqual([
      ['orders-0', 'orders-1', 'orders-2', 'orders-3'],
    ]);
  });
});
