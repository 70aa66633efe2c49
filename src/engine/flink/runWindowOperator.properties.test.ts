import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runWindowOperator } from './runWindowOperator.ts';
import { windowsFor } from './windowsFor.ts';
import type {
  SessionAssigner,
  TimeWindowAssigner,
  WindowBounds,
  WindowOperatorInput,
  WindowOperatorOutput,
  WindowOperatorSpec,
  WindowRecordInput,
  WindowResultOutput,
} from './windowOperatorTypes.ts';

// Seed sweeps over random inputs. fast-check prints the seed and the shrunk counterexample on
// failure; rerun with fc.assert(..., { seed, path }) to reproduce. The oracles below replay the
// input with only a running watermark and windowsFor (tested against Flink's own cases), never
// with the operator's state, so they check the operator rather than restate it.

const FINAL_WATERMARK: WindowOperatorInput = { type: 'watermark', timestampMs: 1_000_000 };
const RUNS = { numRuns: 300 };

const recordArb: fc.Arbitrary<WindowOperatorInput> = fc.record({
  type: fc.constant('record' as const),
  key: fc.constantFrom('a', 'b', 'c'),
  value: fc.integer({ min: -5, max: 10 }),
  timestampMs: fc.integer({ min: -20, max: 100 }),
});
const watermarkArb: fc.Arbitrary<WindowOperatorInput> = fc.record({
  type: fc.constant('watermark' as const),
  timestampMs: fc.integer({ min: -20, max: 120 }),
});
const inputArb = fc
  .array(fc.oneof(recordArb, recordArb, watermarkArb), { maxLength: 60 })
  .map((events) => [...events, FINAL_WATERMARK]);

const tumblingArb: fc.Arbitrary<TimeWindowAssigner> = fc
  .integer({ min: 1, max: 30 })
  .chain((sizeMs) =>
    fc.record({
      kind: fc.constant('tumbling' as const),
      sizeMs: fc.constant(sizeMs),
      offsetMs: fc.integer({ min: -(sizeMs - 1), max: sizeMs - 1 }),
    }),
  );
const slidingArb: fc.Arbitrary<TimeWindowAssigner> = fc
  .record({ sizeMs: fc.integer({ min: 1, max: 30 }), slideMs: fc.integer({ min: 1, max: 15 }) })
  .chain(({ sizeMs, slideMs }) =>
    fc.record({
      kind: fc.constant('sliding' as const),
      sizeMs: fc.constant(sizeMs),
      slideMs: fc.constant(slideMs),
      offsetMs: fc.integer({ min: -(slideMs - 1), max: slideMs - 1 }),
    }),
  );
const sessionArb: fc.Arbitrary<SessionAssigner> = fc.record({
  kind: fc.constant('session' as const),
  gapMs: fc.integer({ min: 1, max: 15 }),
});

function specArb<A extends WindowOperatorSpec['assigner']>(
  assigner: fc.Arbitrary<A>,
): fc.Arbitrary<WindowOperatorSpec & { assigner: A }> {
  return fc.record({
    assigner,
    allowedLatenessMs: fc.integer({ min: 0, max: 20 }),
    aggregate: fc.constantFrom('sum' as const, 'count' as const),
    accumulation: fc.constantFrom('accumulating' as const, 'discarding' as const),
  });
}
const alignedSpecArb = specArb(fc.oneof(tumblingArb, slidingArb));
const anySpecArb = specArb(fc.oneof(tumblingArb, slidingArb, sessionArb));

function paneKey(key: string, window: WindowBounds): string {
  return JSON.stringify([key, window[0], window[1]]);
}
function resultsOf(outputs: readonly WindowOperatorOutput[]): WindowResultOutput[] {
  return outputs.filter((o): o is WindowResultOutput => o.type === 'result');
}

/** Calls `visit` for each record with the watermark in force when it arrived (null before any). */
function replay(
  input: readonly WindowOperatorInput[],
  visit: (r: WindowRecordInput, wm: number | null) => void,
): void {
  let watermarkMs: number | null = null;
  for (const event of input) {
    if (event.type === 'watermark')
      watermarkMs = Math.max(watermarkMs ?? event.timestampMs, event.timestampMs);
    else visit(event, watermarkMs);
  }
}

describe('runWindowOperator properties (all assigners)', () => {
  it('forwards a strictly increasing watermark sequence and is deterministic, plain data', () => {
    fc.assert(
      fc.property(anySpecArb, inputArb, (spec, input) => {
        const outputs = runWindowOperator(spec, input);
        const marks = outputs.filter((o) => o.type === 'watermark').map((o) => o.timestampMs);
        marks.forEach((mark, i) => expect(i === 0 || mark > (marks[i - 1] ?? mark)).toBe(true));
        expect(marks.at(-1)).toBe(FINAL_WATERMARK.timestampMs);
        expect(runWindowOperator(spec, input)).toEqual(outputs);
        expect(JSON.parse(JSON.stringify(outputs))).toEqual(outputs);
        resultsOf(outputs).forEach((r) => expect(r.timestampMs).toBe(r.window[1] - 1));
      }),
      RUNS,
    );
  });

  it('fires each (key, window) on time at most once', () => {
    fc.assert(
      fc.property(anySpecArb, inputArb, (spec, input) => {
        const onTime = resultsOf(runWindowOperator(spec, input)).filter(
          (r) => r.timing === 'on-time',
        );
        const ids = onTime.map((r) => paneKey(r.key, r.window));
        expect(new Set(ids).size).toBe(ids.length);
      }),
      RUNS,
    );
  });
});

describe('runWindowOperator properties (tumbling and sliding)', () => {
  it('fires on time exactly the windows that received a record before the watermark passed end - 1', () => {
    fc.assert(
      fc.property(alignedSpecArb, inputArb, (spec, input) => {
        const expected = new Set<string>();
        replay(input, (r, wm) => {
          for (const w of windowsFor(spec.assigner, r.timestampMs)) {
            if (wm === null || wm < w[1] - 1) expected.add(paneKey(r.key, w));
          }
        });
        const onTime = resultsOf(runWindowOperator(spec, input)).filter(
          (r) => r.timing === 'on-time',
        );
        expect(new Set(onTime.map((r) => paneKey(r.key, r.window)))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('matches the batch aggregate of every record that arrived before its window was cleaned up', () => {
    fc.assert(
      fc.property(alignedSpecArb, inputArb, (spec, input) => {
        const batch = new Map<string, number>();
        const expectedDropped: WindowOperatorOutput[] = [];
        replay(input, (r, wm) => {
          let accepted = false;
          for (const w of windowsFor(spec.assigner, r.timestampMs)) {
            if (wm !== null && w[1] - 1 + spec.allowedLatenessMs <= wm) continue;
            accepted = true;
            const id = paneKey(r.key, w);
            batch.set(id, (batch.get(id) ?? 0) + (spec.aggregate === 'sum' ? r.value : 1));
          }
          if (!accepted && wm !== null && r.timestampMs + spec.allowedLatenessMs <= wm) {
            expectedDropped.push({ type: 'late-dropped', key: r.key, timestampMs: r.timestampMs });
          }
        });
        const outputs = runWindowOperator(spec, input);
        const seen = new Map<string, number>();
        for (const r of resultsOf(outputs)) {
          const id = paneKey(r.key, r.window);
          // Accumulating results restate the whole window, so the last one counts; discarding
          // results are disjoint pieces, so they add up.
          seen.set(
            id,
            spec.accumulation === 'discarding' ? (seen.get(id) ?? 0) + r.value : r.value,
          );
        }
        expect(seen).toEqual(batch);
        expect(outputs.filter((o) => o.type === 'late-dropped')).toEqual(expectedDropped);
      }),
      RUNS,
    );
  });
});

describe('runWindowOperator properties (sessions and tumbling conservation)', () => {
  it('discarding counts: every record is counted in exactly one result or dropped', () => {
    const spec = specArb(fc.oneof(sessionArb, tumblingArb)).map((s): WindowOperatorSpec => ({
      ...s,
      aggregate: 'count',
      accumulation: 'discarding',
    }));
    fc.assert(
      fc.property(spec, inputArb, (s, input) => {
        const outputs = runWindowOperator(s, input);
        const counted = resultsOf(outputs).reduce((total, r) => total + r.value, 0);
        const droppedCount = outputs.filter((o) => o.type === 'late-dropped').length;
        expect(counted + droppedCount).toBe(input.filter((e) => e.type === 'record').length);
      }),
      RUNS,
    );
  });

  it('accumulating sessions that are never cleaned up end with the batch session sums', () => {
    const spec = sessionArb.map((assigner): WindowOperatorSpec => ({
      assigner,
      allowedLatenessMs: 1000,
      aggregate: 'sum',
    }));
    fc.assert(
      fc.property(spec, inputArb, (s, input) => {
        const gapMs = s.assigner.kind === 'session' ? s.assigner.gapMs : 0;
        const records = input.filter((e): e is WindowRecordInput => e.type === 'record');
        const batch = new Map<string, number>();
        for (const key of new Set(records.map((r) => r.key))) {
          // Batch sessions: sort by time and extend while the next record starts at or before the end.
          const mine = records
            .filter((r) => r.key === key)
            .sort((x, y) => x.timestampMs - y.timestampMs);
          let current: { window: WindowBounds; sum: number } | undefined;
          for (const r of mine) {
            if (current !== undefined && r.timestampMs <= current.window[1]) {
              current.window[1] = Math.max(current.window[1], r.timestampMs + gapMs);
              current.sum += r.value;
            } else {
              if (current !== undefined) batch.set(paneKey(key, current.window), current.sum);
              current = { window: [r.timestampMs, r.timestampMs + gapMs], sum: r.value };
            }
          }
          if (current !== undefined) batch.set(paneKey(key, current.window), current.sum);
        }
        const outputs = runWindowOperator(s, input);
        const last = new Map(
          resultsOf(outputs).map((r) => [paneKey(r.key, r.window), r.value] as const),
        );
        for (const [id, sum] of batch) expect(last.get(id)).toBe(sum);
        expect(outputs.some((o) => o.type === 'late-dropped')).toBe(false);
      }),
      RUNS,
    );
  });
});
