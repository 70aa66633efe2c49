import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { deliveryCounts, eventsOf } from '../../support/traceQueries.ts';

const producer = {
  id: 'p1',
  topic: 'orders',
  rate: { kind: 'constant', intervalMs: 20 },
  keys: { kind: 'uniform', count: 8 },
  lingerMs: 0,
};

describe('consuming with Kafka semantics', () => {
  it('processes every record exactly once with one healthy consumer', () => {
    const scenario = buildScenario({
      partitions: 2,
      producers: [{ ...producer, stopAtMs: 5_000 }],
    });
    const sim = createSimulation(scenario, { checkInvariantsEveryStep: true });
    sim.runUntil(10_000);
    const counts = deliveryCounts(sim.trace());
    const appended = eventsOf(sim.trace(), 'record.appended').length;
    expect(counts.size).toBe(appended);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const g = sim.getState().groups[0]!;
    expect(Object.values(g.lag).every((lag) => lag === 0)).toBe(true);
  });

  it('auto.offset.reset=latest skips what was produced before the consumer joined', () => {
    const scenario = buildScenario({
      partitions: 1,
      producers: [producer],
      members: [{ id: 'c1', joinAtMs: 3_000, autoOffsetReset: 'latest' }],
    });
    const sim = createSimulation(scenario);
    sim.runUntil(6_000);
    const reset = eventsOf(sim.trace(), 'consumer.offset.reset')[0]!;
    expect(reset.policy).toBe('latest');
    expect(reset.offset).toBeGreaterThan(140);
    expect(Math.min(...eventsOf(sim.trace(), 'consumer.fetched').map((f) => f.fromOffset))).toBe(
      reset.offset,
    );
  });

  it('auto-commit commits on poll, at most once per interval', () => {
    const scenario = buildScenario({
      partitions: 1,
      producers: [producer],
      members: [{ id: 'c1', commit: { mode: 'auto', intervalMs: 1_000 } }],
    });
    const sim = createSimulation(scenario);
    sim.runUntil(10_000);
    const times = eventsOf(sim.trace(), 'offset.committed').map((c) => c.atMs);
    expect(times.length).toBeGreaterThan(5);
    for (let i = 1; i < times.length; i++)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1_000);
  });

  it('commit-before-processing commits at fetch time, commit-after-processing after the work', () => {
    for (const mode of ['before-processing', 'after-processing'] as const) {
      const scenario = buildScenario({
        partitions: 1,
        producers: [producer],
        members: [{ id: 'c1', commit: { mode }, processingMsPerRecord: 7 }],
      });
      const sim = createSimulation(scenario);
      sim.runUntil(3_000);
      const trace = sim.trace();
      const fetched = eventsOf(trace, 'consumer.fetched');
      const processed = eventsOf(trace, 'consumer.processed');
      const commits = eventsOf(trace, 'offset.committed');
      const source = mode === 'before-processing' ? fetched : processed;
      expect(commits.map((c) => [c.atMs, c.offset])).toEqual(
        source.map((f) => [f.atMs, f.fromOffset + f.count]),
      );
    }
  });

  it('seeks by timestamp and replays the records from there', () => {
    const scenario = buildScenario({
      partitions: 1,
      producers: [{ ...producer, stopAtMs: 4_000 }],
      interventions: [{ atMs: 6_000, type: 'consumer.seek', target: 'c1', toTimestampMs: 2_000 }],
    });
    const sim = createSimulation(scenario, { checkInvariantsEveryStep: true });
    sim.runUntil(9_000);
    const seek = eventsOf(sim.trace(), 'consumer.seeked')[0]!;
    const record = sim.getState().partitions[0]!.records[seek.offset]!;
    expect(record.eventTimeMs).toBeGreaterThanOrEqual(2_000);
    expect(sim.getState().partitions[0]!.records[seek.offset - 1]!.eventTimeMs).toBeLessThan(2_000);
    const counts = deliveryCounts(sim.trace());
    expect(counts.get(`orders-0@${seek.offset}`)).toBe(2);
    expect(counts.get(`orders-0@${seek.offset - 1}`)).toBe(1);
  });

  it('leaves the group when processing outlasts max.poll.interval.ms', () => {
    const scenario = buildScenario({
      partitions: 1,
      producers: [producer],
      group: { maxPollIntervalMs: 2_000, sessionTimeoutMs: 10_000 },
      members: [{ id: 'c1', processingMsPerRecord: 300, maxPollRecords: 20 }],
    });
    const sim = createSimulation(scenario);
    sim.runUntil(15_000);
    const left = eventsOf(sim.trace(), 'consumer.left');
    expect(left[0]?.reason).toBe('max.poll.interval.ms exceeded');
    expect(eventsOf(sim.trace(), 'group.member.removed')[0]?.reason).toBe('left group');
  });
});
