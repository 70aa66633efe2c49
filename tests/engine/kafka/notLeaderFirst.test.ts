// A broker that no longer leads a partition refuses a produce request for it with
// NOT_LEADER_OR_FOLLOWER before it looks at sequence numbers, as Kafka's does: the producer state
// it would compare against belongs to the new leader, and only the new leader may answer.

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { eventsOf } from '../../support/traceQueries.ts';

/**
 * One record, appended by b1 and copied to b2, whose answer b1 loses. The retry is sent to b1,
 * which crashes, loses the leadership to b2 and comes back while the retry is still on its slow
 * link, so the retry reaches a broker that is up but no longer leads.
 */
function scenario() {
  const base = buildScenario({
    partitions: 1,
    durationMs: 20_000,
    brokers: [
      { id: 'b1', networkDelayMs: 3_000 },
      { id: 'b2', networkDelayMs: 1 },
    ],
    producers: [
      {
        id: 'p1',
        topic: 'orders',
        rate: { kind: 'scripted', records: [{ atMs: 10, key: 'k', value: 'v' }] },
        lingerMs: 0,
        requestTimeoutMs: 7_000,
        retryBackoffMs: 100,
        retries: 5,
      },
    ],
    members: [{ id: 'c1', joinAtMs: null }],
    interventions: [
      { atMs: 0, type: 'broker.dropAcks', target: 'b1', count: 1 },
      { atMs: 8_000, type: 'broker.crash', target: 'b1' },
      { atMs: 9_000, type: 'broker.restart', target: 'b1' },
    ],
  });
  return {
    ...base,
    topology: {
      ...base.topology,
      brokerSessionTimeoutMs: 500,
      topics: [{ ...base.topology.topics[0]!, replicationFactor: 2 }],
    },
  };
}

describe('a produce request that reaches a broker which lost the leadership', () => {
  it('is refused as NOT_LEADER_OR_FOLLOWER, and the retry to the new leader is a duplicate', () => {
    const s = scenario();
    const sim = createSimulation(s, { checkInvariantsEveryStep: true });
    sim.runUntil(s.durationMs);
    const trace = sim.trace();
    expect(sim.getState().partitions[0]!.leader).toBe('b2');
    const failed = eventsOf(trace, 'batch.failed').map((e) => e.reason);
    expect(failed).toEqual(['REQUEST_TIMED_OUT', 'NOT_LEADER_OR_FOLLOWER']);
    const duplicates = eventsOf(trace, 'batch.duplicate');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]!.atMs).toBeGreaterThan(13_000);
    expect(eventsOf(trace, 'record.appended')).toHaveLength(1);
    expect(eventsOf(trace, 'batch.acked')).toHaveLength(1);
  });
});
