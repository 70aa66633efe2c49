import { describe, expect, it } from 'vitest';
import { createSimulation, formatTraceText, type Simulation } from '../../../src/engine/index.ts';
import { liveWorld, type Timed } from './liveWorld.ts';

/** All four data interventions, with a broker to fail over, so every new path runs. */
const ALL: readonly Timed[] = [
  {
    atMs: 1_500,
    type: 'producer.hotKeyBurst',
    target: 'p1',
    key: 'hot',
    share: 0.3,
    durationMs: 3_000,
  },
  { atMs: 2_000, type: 'producer.clockSkew', target: 'p1', skewMs: -700 },
  { atMs: 3_000, type: 'topic.alterPartitions', target: 'orders', partitions: 4 },
  {
    atMs: 3_500,
    type: 'producer.lateRecord',
    target: 'p1',
    key: 'k3',
    value: 'late',
    eventTimeMs: 100,
  },
  { atMs: 6_000, type: 'topic.alterPartitions', target: 'orders', partitions: 6 },
];

const scenario = liveWorld(ALL, {
  brokers: [
    { id: 'b1', networkDelayMs: 1, networkJitterMsMean: 2 },
    { id: 'b2', networkDelayMs: 1, networkJitterMsMean: 2 },
  ],
  topic: { replicationFactor: 2 },
});

function observe(sim: Simulation): string {
  const s = sim.getState();
  const partitions = s.partitions.map((p) => ({
    ...p,
    records: p.records.slice(p.logStartOffset, p.logEndOffset),
  }));
  return JSON.stringify({ ...s, partitions }) + '\n' + formatTraceText(sim.trace());
}

describe('the data interventions are deterministic', () => {
  it('the same seed and interventions give the same trace', () => {
    const a = createSimulation(scenario);
    const b = createSimulation(scenario);
    a.runUntil(scenario.durationMs);
    b.runUntil(scenario.durationMs);
    expect(formatTraceText(a.trace())).toBe(formatTraceText(b.trace()));
    expect(a.trace().filter((e) => e.type === 'intervention.applied')).toHaveLength(ALL.length);
  });

  it('seeking to either side of each intervention gives the state of a straight run', () => {
    const seeker = createSimulation(scenario, { keyframeEveryEvents: 64 });
    seeker.runUntil(scenario.durationMs);
    for (const t of [9_000, 1_499, 3_000, 3_001, 5_999, 6_500, 2_000, 4_600]) {
      seeker.seek(t);
      const straight = createSimulation(scenario);
      straight.runUntil(t);
      expect(observe(seeker), `at ${t} ms`).toBe(observe(straight));
    }
  });

  it('the commands applied live replay exactly from the recorded list', () => {
    const live = createSimulation({ ...scenario, interventions: [] });
    const recorded: Timed[] = [];
    for (const timed of ALL) {
      live.runUntil(timed.atMs);
      recorded.push({ ...timed, atMs: live.apply(timed) });
    }
    live.runUntil(scenario.durationMs);
    const replay = createSimulation({ ...scenario, interventions: recorded });
    replay.runUntil(scenario.durationMs);
    expect(formatTraceText(live.trace())).toBe(formatTraceText(replay.trace()));
  });
});
