import { describe, expect, it } from 'vitest';
import { createSimulation, type TraceEvent } from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { eventsOf } from '../../support/traceQueries.ts';

const producer = {
  id: 'p1',
  topic: 'orders',
  rate: { kind: 'constant', intervalMs: 5 },
  keys: { kind: 'uniform', count: 32 },
  lingerMs: 0,
};
const member = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  processingMsPerRecord: 2,
  pollBackoffMs: 20,
  ...extra,
});

function runGroup(
  assignor: string,
  interventions: Record<string, unknown>[],
  members = [member('c1'), member('c2'), member('c3', { joinAtMs: null })],
  untilMs = 30_000,
) {
  const scenario = buildScenario({
    partitions: 6,
    producers: [producer],
    group: {
      assignor,
      sessionTimeoutMs: 10_000,
      heartbeatIntervalMs: 1_000,
      initialRebalanceDelayMs: 3_000,
    },
    members,
    interventions,
  });
  const sim = createSimulation(scenario, { checkInvariantsEveryStep: true });
  sim.runUntil(untilMs);
  return sim.trace();
}

/** Fetches between the rebalance that starts after `afterMs` and the moment its last member got partitions. */
function fetchesDuringRebalance(trace: readonly TraceEvent[], afterMs: number) {
  const started = eventsOf(trace, 'group.rebalance.started').find((e) => e.atMs >= afterMs)!.atMs;
  const completed = eventsOf(trace, 'group.rebalance.completed').find(
    (e) => e.atMs >= started,
  )!.atMs;
  const resumed = Math.max(
    ...eventsOf(trace, 'consumer.partitions.assigned')
      .filter((e) => e.atMs >= completed)
      .map((e) => e.atMs),
  );
  const revokedAll = Math.max(
    ...eventsOf(trace, 'consumer.partitions.revoked')
      .filter((e) => e.atMs >= started && e.atMs <= completed)
      .map((e) => e.atMs),
  );
  return {
    started,
    completed,
    revokedAll,
    fetches: eventsOf(trace, 'consumer.fetched').filter(
      (f) => f.atMs > revokedAll && f.atMs < resumed,
    ),
  };
}

describe('classic consumer group protocol', () => {
  it('an eager rebalance stops every member from fetching until the new assignment arrives', () => {
    const trace = runGroup('range', [{ atMs: 10_000, type: 'consumer.join', target: 'c3' }]);
    const r = fetchesDuringRebalance(trace, 10_000);
    expect(r.completed).toBeGreaterThan(r.started);
    expect(r.fetches).toEqual([]);
    const revoked = eventsOf(trace, 'consumer.partitions.revoked').filter(
      (e) => e.atMs >= r.started,
    );
    // Both old members gave up everything they owned.
    expect(revoked.map((e) => e.partitions.length).sort()).toEqual([3, 3]);
  });

  it('cooperative-sticky keeps fetching unmoved partitions and moves the rest in a follow-up rebalance', () => {
    const trace = runGroup('cooperative-sticky', [
      { atMs: 10_000, type: 'consumer.join', target: 'c3' },
    ]);
    const completed = eventsOf(trace, 'group.rebalance.completed').filter((e) => e.atMs >= 10_000);
    expect(completed.length).toBe(2);
    // In the first round c3 gets nothing: the partitions it will get are still owned elsewhere.
    const first = completed[0]!.assignment;
    expect(Object.entries(first).find(([m]) => m.startsWith('c3-'))![1]).toEqual([]);
    const second = completed[1]!.assignment;
    expect(Object.entries(second).find(([m]) => m.startsWith('c3-'))![1].length).toBe(2);
    const revoked = eventsOf(trace, 'consumer.partitions.revoked').filter((e) => e.atMs >= 10_000);
    // Only the moved partitions are revoked, one from each old member.
    expect(revoked.flatMap((e) => e.partitions).length).toBe(2);
    const fetchedDuring = eventsOf(trace, 'consumer.fetched').filter(
      (f) => f.atMs > completed[0]!.atMs - 1 && f.atMs < completed[1]!.atMs,
    );
    expect(fetchedDuring.length).toBeGreaterThan(0);
  });

  it('a crashed member is noticed only when its session times out', () => {
    const trace = runGroup(
      'range',
      [{ atMs: 8_000, type: 'consumer.crash', target: 'c1' }],
      [member('c1'), member('c2')],
    );
    const removed = eventsOf(trace, 'group.member.removed')[0]!;
    expect(removed.reason).toBe('session timeout');
    // Heartbeats every 1 s, session 10 s: removal comes 9 to 11 s after the crash.
    expect(removed.atMs).toBeGreaterThanOrEqual(8_000 + 9_000);
    expect(removed.atMs).toBeLessThanOrEqual(8_000 + 11_000);
    const last = eventsOf(trace, 'group.rebalance.completed').at(-1)!;
    expect(Object.values(last.assignment)).toEqual([
      ['orders-0', 'orders-1', 'orders-2', 'orders-3', 'orders-4', 'orders-5'],
    ]);
  });

  it('a clean leave triggers a rebalance at once, without waiting for the session timeout', () => {
    const trace = runGroup(
      'range',
      [{ atMs: 8_000, type: 'consumer.leave', target: 'c1' }],
      [member('c1'), member('c2')],
    );
    const removed = eventsOf(trace, 'group.member.removed')[0]!;
    expect(removed.reason).toBe('left group');
    expect(removed.atMs).toBeLessThan(8_100);
  });

  it('a static member that restarts within the session timeout gets its partitions back without a rebalance', () => {
    const trace = runGroup(
      'range',
      [
        { atMs: 8_000, type: 'consumer.leave', target: 'c1' },
        { atMs: 12_000, type: 'consumer.restart', target: 'c1' },
      ],
      [member('c1', { groupInstanceId: 'host-1' }), member('c2', { groupInstanceId: 'host-2' })],
    );
    expect(eventsOf(trace, 'group.rebalance.started').length).toBe(1);
    const assigned = eventsOf(trace, 'consumer.partitions.assigned').filter(
      (e) => e.consumer === 'c1',
    );
    expect(assigned.at(-1)!.atMs).toBeGreaterThan(12_000);
    expect(assigned.at(-1)!.partitions).toEqual(assigned[0]!.partitions);
  });

  it('moves through Kafka’s group states in order', () => {
    const trace = runGroup('range', [{ atMs: 10_000, type: 'consumer.join', target: 'c3' }]);
    const states = eventsOf(trace, 'group.state.changed').map((e) => `${e.from}>${e.to}`);
    expect(states).toEqual([
      'Empty>PreparingRebalance',
      'PreparingRebalance>CompletingRebalance',
      'CompletingRebalance>Stable',
      'Stable>PreparingRebalance',
      'PreparingRebalance>CompletingRebalance',
      'CompletingRebalance>Stable',
    ]);
  });

  it('goes back to Empty when the last member leaves', () => {
    const trace = runGroup(
      'range',
      [{ atMs: 5_000, type: 'consumer.leave', target: 'c1' }],
      [member('c1')],
    );
    expect(eventsOf(trace, 'group.state.changed').at(-1)!.to).toBe('Empty');
  });
});
