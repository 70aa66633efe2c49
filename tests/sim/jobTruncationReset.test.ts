// Regression test for a gap the sweep left excluded: a stream job whose topic loses records to an
// unclean leader election kept its read position above the new log end, waited until the log grew
// past it, and never read the records written at the offsets in between. A Kafka consumer's fetch
// there fails with OFFSET_OUT_OF_RANGE and it applies auto.offset.reset; Flink's KafkaSource sets
// auto.offset.reset from its starting offsets, earliest for a job that reads from the beginning.

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/index.ts';
import {
  formatScenarioErrors,
  parseScenario,
  type ScenarioFile,
} from '../../src/scenario/index.ts';
import { eventsOf } from '../support/traceQueries.ts';

/**
 * b2, a follower, crashes at 3 s and leaves the ISR; b1 leads alone until it crashes at 6 s; b2
 * returns at 7 s and is elected uncleanly with the records up to 3 s, 60 of them. The job had read
 * about 118 by then, and the producer writes on to b2, one record every 50 ms.
 */
function truncatingWorld(): ScenarioFile {
  const raw = {
    schemaVersion: 1,
    id: 'job-truncation',
    title: 'Job after an unclean election',
    summary: 'An unclean election truncates the log below the job position.',
    modules: ['M15'],
    seed: 1,
    durationMs: 16_000,
    topology: {
      brokerSessionTimeoutMs: 1000,
      brokers: [
        { id: 'b1', networkDelayMs: 1 },
        { id: 'b2', networkDelayMs: 1 },
      ],
      topics: [
        {
          name: 'events',
          partitions: 1,
          replicationFactor: 2,
          minInsyncReplicas: 1,
          uncleanLeaderElection: true,
          replicaLagTimeMaxMs: 500,
        },
      ],
      producers: [
        {
          id: 'p1',
          topic: 'events',
          rate: { kind: 'constant', intervalMs: 50 },
          keys: { kind: 'uniform', count: 2 },
          acks: '1',
          idempotence: false,
          values: { kind: 'integer', min: 1, max: 1 },
          lingerMs: 0,
        },
      ],
      consumerGroups: [],
      streamJobs: [
        {
          id: 'j1',
          sourceTopic: 'events',
          watermarks: {
            strategy: 'bounded-out-of-orderness',
            maxOutOfOrdernessMs: 100,
            intervalMs: 100,
          },
          window: {
            assigner: { kind: 'tumbling', sizeMs: 1000 },
            allowedLatenessMs: 0,
            aggregate: 'count',
          },
          sink: { kind: 'append' },
        },
      ],
    },
    interventions: [
      { atMs: 3000, type: 'broker.crash', target: 'b2' },
      { atMs: 6000, type: 'broker.crash', target: 'b1' },
      { atMs: 7000, type: 'broker.restart', target: 'b2' },
    ],
  };
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(formatScenarioErrors(parsed.errors));
  return parsed.scenario;
}

describe('a stream job whose topic an unclean election truncated below its position', () => {
  const scenario = truncatingWorld();

  it('resets its position to the earliest offset at its next poll, as auto.offset.reset=earliest', () => {
    const sim = createSimulation(scenario, { checkInvariantsEveryStep: true });
    sim.runUntil(7_000);
    const before = sim.getState().streamJobs[0]!.partitions[0]!.position;
    sim.runUntil(7_300);
    const elected = eventsOf(sim.trace(), 'partition.leader.elected');
    expect(elected.map((e) => [e.unclean, e.logEndOffset])).toEqual([[true, 60]]);
    expect(before).toBeGreaterThan(60);
    const reset = eventsOf(sim.trace(), 'consumer.offset.reset').filter((e) => e.consumer === 'j1');
    expect(reset.map((e) => [e.partition, e.offset, e.policy])).toEqual([
      ['events-0', 0, 'earliest (out of range)'],
    ]);
    const view = sim.getState();
    expect(view.streamJobs[0]!.partitions[0]!.position).toBeLessThanOrEqual(
      view.partitions[0]!.logEndOffset,
    );
  });

  it('counts the records the new leader took at the offsets it had read before', () => {
    const sim = createSimulation(scenario);
    sim.runUntil(scenario.durationMs);
    // Records written to b2 from 7 s on took offsets 60 and up; their windows must fire.
    const fired = eventsOf(sim.trace(), 'window.fired').filter((e) => e.timing === 'on-time');
    for (const start of [7000, 8000, 9000]) {
      const counts = fired.filter((e) => e.window[0] === start).map((e) => e.value);
      expect(
        counts.reduce((a, b) => a + b, 0),
        `window [${start}, ${start + 1000})`,
      ).toBe(20);
    }
  });
});
