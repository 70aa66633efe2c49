import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, type DataflowSpec } from '../../../src/engine/index.ts';
import { dataflowWorld, rec } from './dataflowWorld.ts';

/** A random keyed window job over random, out-of-order records; parallelism and bounds vary. */
const worlds = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  events: fc.array(
    fc.record({
      gapMs: fc.integer({ min: 1, max: 80 }),
      key: fc.integer({ min: 0, max: 5 }),
      lateMs: fc.integer({ min: 0, max: 600 }),
    }),
    { minLength: 1, maxLength: 120 },
  ),
  boundMs: fc.integer({ min: 0, max: 300 }),
  latenessMs: fc.integer({ min: 0, max: 400 }),
  parallelism: fc.integer({ min: 1, max: 4 }),
  partitions: fc.integer({ min: 1, max: 3 }),
  sizeMs: fc.constantFrom(200, 500, 1_000),
});

type World = typeof worlds extends fc.Arbitrary<infer T> ? T : never;

function build(w: World) {
  let at = 0;
  const records = w.events.map((e) => {
    at += e.gapMs;
    return rec(at, `k${e.key}`, '1', Math.max(0, at - e.lateMs));
  });
  const dataflow: DataflowSpec = {
    id: 'df',
    watermarks: {
      strategy: 'bounded-out-of-orderness',
      maxOutOfOrdernessMs: w.boundMs,
      intervalMs: 50,
      idleTimeoutMs: 1_000,
    },
    operators: [
      { id: 'src', kind: 'source', topic: 'orders', parallelism: w.parallelism },
      {
        id: 'win',
        kind: 'window',
        input: 'src',
        parallelism: w.parallelism,
        assigner: { kind: 'tumbling', sizeMs: w.sizeMs },
        allowedLatenessMs: w.latenessMs,
        aggregate: 'count',
      },
      { id: 'out', kind: 'sink', input: 'win', sink: 'append' },
    ],
  };
  return dataflowWorld(dataflow, {
    records,
    partitions: w.partitions,
    durationMs: at + 3_000,
    seed: w.seed,
  });
}

describe('dataflow properties', () => {
  it('operator watermarks never regress, and each window fires on time at most once per key, never after a late pane', () => {
    fc.assert(
      fc.property(worlds, (w) => {
        const s = build(w);
        const sim = createSimulation(s, { checkInvariantsEveryStep: true });
        sim.runUntil(s.durationMs);
        const last = new Map<string, number>();
        const onTime = new Set<string>();
        const late = new Set<string>();
        for (const e of sim.trace()) {
          if (e.type === 'watermark.advanced') {
            const id = `${e.job}/${e.operator ?? ''}`;
            expect(e.watermarkMs, `seed ${w.seed}: ${id} regressed`).toBeGreaterThan(
              last.get(id) ?? -Infinity,
            );
            last.set(id, e.watermarkMs);
          }
          if (e.type === 'window.fired') {
            const pane = `${e.key}@${e.window[0]}`;
            // A pane whose first record came after the watermark passed it (within the allowed
            // lateness) fires late without an on-time pane, as Beam labels it; but an on-time pane
            // never follows a late one, and fires at most once.
            if (e.timing === 'on-time') {
              expect(onTime.has(pane), `seed ${w.seed}: ${pane} fired on time twice`).toBe(false);
              expect(
                late.has(pane),
                `seed ${w.seed}: ${pane} fired on time after a late pane`,
              ).toBe(false);
              onTime.add(pane);
            } else late.add(pane);
          }
        }
        // Every record is counted once in its window, or reported as dropped: nothing is lost.
        const finalCounts = new Map<string, number>();
        for (const e of sim.trace())
          if (e.type === 'window.fired') finalCounts.set(`${e.key}@${e.window[0]}`, e.value);
        const dropped = sim.trace().filter((e) => e.type === 'window.late.dropped').length;
        const counted = [...finalCounts.values()].reduce((a, b) => a + b, 0);
        const open = sim
          .getState()
          .dataflows[0]!.operators[1]!.subtasks.reduce((n, st) => n + st.stateEntries, 0);
        if (open === 0) expect(counted + dropped, `seed ${w.seed}`).toBe(w.events.length);
      }),
      { numRuns: 60 },
    );
  });
});
