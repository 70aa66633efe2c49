// Regression test for a gap the sweep left excluded: a stream job whose topic loses records to an
// unclean leader election kept its read position above the new log end, waited until the log grew
// past it, and never read the records written at the offsets in between. A Kafka consumer's fetch
// there fails with OFFSET_OUT_OF_RANGE and it applies auto.offset.reset; Flink's KafkaSource sets
// auto.offset.reset from its starting offsets, earliest for a job that reads from the beginning.

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import { eventsOf } from '../support/traceQueries.ts';
import { createJobChecks } from './jobCheckState.ts';
import { compareWithFailureFree } from './jobComparison.ts';
import { observeJobEvent } from './jobTraceChecks.ts';
import { truncatingWorld } from './truncatingWorld.ts';

const truncating = (): ScenarioFile =>
  truncatingWorld('job-truncation', {
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
  });

describe('a stream job whose topic an unclean election truncated below its position', () => {
  const scenario = truncating();

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

  it('is not held to exactly-once against a failure-free run, having read some offsets twice', () => {
    const failing = {
      ...scenario,
      interventions: [
        ...scenario.interventions,
        { atMs: 10_000, type: 'job.fail' as const, target: 'j1' },
      ],
    };
    const sim = createSimulation(failing);
    sim.runUntil(failing.durationMs);
    const checks = createJobChecks(failing);
    const complaints: string[] = [];
    for (const e of sim.trace())
      observeJobEvent(checks, e, (ok, message) => ok || complaints.push(message));
    compareWithFailureFree(
      checks,
      failing,
      sim.getState(),
      (ok, message) => ok || complaints.push(message),
    );
    expect(checks.jobs.get('j1')!.offsetResets).toBeGreaterThan(0);
    expect(checks.jobs.get('j1')!.comparison).toBe('source offsets reset');
  });
});
