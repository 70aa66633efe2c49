// Regression test: a dataflow source whose partition an unclean leader election truncated below
// its read position kept that position, waited until the log grew past it, and never read the
// records the new leader wrote at the offsets in between. Flink's KafkaSource applies
// auto.offset.reset (earliest, for a job reading from the beginning) on OFFSET_OUT_OF_RANGE, as
// the stream job already did (tests/sim/jobTruncationReset.test.ts).

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import { eventsOf } from '../support/traceQueries.ts';
import { truncatingWorld } from './truncatingWorld.ts';

const truncating = (): ScenarioFile =>
  truncatingWorld('dataflow-truncation', {
    dataflows: [
      {
        id: 'df',
        tickMs: 10,
        watermarks: { strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 100 },
        operators: [
          { id: 'src', kind: 'source', topic: 'events', parallelism: 1 },
          {
            id: 'counts',
            kind: 'window',
            input: 'src',
            assigner: { kind: 'tumbling', sizeMs: 1000 },
            aggregate: 'count',
          },
          { id: 'out', kind: 'sink', input: 'counts', sink: 'append' },
        ],
      },
    ],
  });

describe('a dataflow source whose partition an unclean election truncated below its position', () => {
  const scenario = truncating();

  it('resets to the earliest offset at its next read, as auto.offset.reset=earliest', () => {
    const sim = createSimulation(scenario, { checkInvariantsEveryStep: true });
    sim.runUntil(7_300);
    const elected = eventsOf(sim.trace(), 'partition.leader.elected');
    expect(elected.map((e) => [e.unclean, e.logEndOffset])).toEqual([[true, 60]]);
    const reset = eventsOf(sim.trace(), 'consumer.offset.reset').filter(
      (e) => e.consumer === 'df/src',
    );
    expect(reset.map((e) => [e.partition, e.offset, e.policy])).toEqual([
      ['events-0', 0, 'earliest (out of range)'],
    ]);
  });

  it('counts the records the new leader took at the offsets it had read before', () => {
    const sim = createSimulation(scenario);
    sim.runUntil(scenario.durationMs);
    const rows = sim.getState().dataflows[0]!.sinks['out']!;
    // Records written to b2 from 7 s on took offsets 60 and up; their windows must all be counted.
    for (const start of [7000, 8000, 9000]) {
      const total = rows
        .filter((r) => r.window?.[0] === start)
        .reduce((sum, r) => sum + Number(r.value), 0);
      expect(total, `window [${start}, ${start + 1000})`).toBe(20);
    }
  });
});
