import { describe, expect, test } from 'vitest';
import type { TimedIntervention } from '../../engine/index.ts';
import { parsedEagerScenario } from '../testing/parsedScenario.ts';
import { decodeRunData } from './decodeRunData.ts';
import { parseSessionHash, sessionHash, type SessionLinkState } from './sessionLink.ts';

/** `eager-rebalance-pause` with room for its topic (6 partitions) to grow to 8. */
function growable() {
  const scenario = parsedEagerScenario();
  const [orders] = scenario.topology.topics;
  return {
    ...scenario,
    topology: { ...scenario.topology, topics: [{ ...orders!, maxPartitions: 8 }] },
  };
}

const LIVE: TimedIntervention[] = [
  {
    atMs: 1000,
    type: 'producer.lateRecord',
    target: 'p1',
    key: 'k2',
    value: 'late',
    eventTimeMs: 0,
  },
  { atMs: 1500, type: 'producer.clockSkew', target: 'p1', skewMs: -2000 },
  {
    atMs: 2000,
    type: 'producer.hotKeyBurst',
    target: 'p1',
    key: 'k0',
    share: 0.8,
    durationMs: 5000,
  },
  { atMs: 3000, type: 'topic.alterPartitions', target: 'orders', partitions: 8 },
];

function state(interventions: TimedIntervention[]): SessionLinkState {
  return { seed: 7, interventions, position: { tMs: 3500, traceLength: 99 }, params: {} };
}

function decode(interventions: TimedIntervention[]) {
  const hash = sessionHash('eager-rebalance-pause', state(interventions));
  return decodeRunData(parseSessionHash(hash).run ?? '', growable());
}

describe('links holding the live data commands', () => {
  test('round-trip: each command comes back as it was recorded', () => {
    expect(decode(LIVE)).toEqual({ ok: true, state: state(LIVE) });
  });

  test('a tampered link that shrinks a topic is refused with the rule, not replayed', () => {
    const shrink: TimedIntervention = {
      atMs: 4000,
      type: 'topic.alterPartitions',
      target: 'orders',
      partitions: 7,
    };
    const result = decode([...LIVE, shrink]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: 'link.interventions[4].partitions',
        message: expect.stringContaining('Kafka can only increase') as string,
      }),
    ]);
  });
});
