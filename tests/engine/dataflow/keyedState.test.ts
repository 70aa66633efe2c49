import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  runWindowOperator,
  type DataflowSpec,
  type WindowOperatorInput,
} from '../../../src/engine/index.ts';
import { eventsOf } from '../../support/traceQueries.ts';
import { dataflowWorld, rec } from './dataflowWorld.ts';

const WATERMARKS = {
  strategy: 'bounded-out-of-orderness',
  maxOutOfOrdernessMs: 100,
  intervalMs: 50,
} as const;

describe('keyed state', () => {
  it('a keyed aggregate emits each key’s running value, whatever subtask owns the key', () => {
    const records = ['a', 'b', 'a', 'c', 'a', 'b'].map((k, i) =>
      rec(100 + i * 50, k, String(i + 1)),
    );
    const df = (
      fn: 'count' | 'sum' | 'max' | 'avg' | 'distinct',
      parallelism: number,
    ): DataflowSpec => ({
      id: 'df',
      watermarks: WATERMARKS,
      operators: [
        { id: 'src', kind: 'source', topic: 'orders' },
        { id: 'agg', kind: 'aggregate', input: 'src', fn, parallelism },
        { id: 'out', kind: 'sink', input: 'agg', sink: 'idempotent-upsert' },
      ],
    });
    const final = (fn: 'count' | 'sum' | 'max' | 'avg' | 'distinct', parallelism: number) => {
      const s = dataflowWorld(df(fn, parallelism), { records, durationMs: 3_000 });
      const sim = createSimulation(s);
      sim.runUntil(s.durationMs);
      return Object.fromEntries(
        sim.getState().dataflows[0]!.sinks.out!.map((r) => [r.key, r.value]),
      );
    };
    // a: 1, 3, 5; b: 2, 6; c: 4.
    expect(final('count', 1)).toEqual({ a: 3, b: 2, c: 1 });
    expect(final('count', 3)).toEqual({ a: 3, b: 2, c: 1 });
    expect(final('sum', 2)).toEqual({ a: 9, b: 8, c: 4 });
    expect(final('max', 2)).toEqual({ a: 5, b: 6, c: 4 });
    expect(final('avg', 2)).toEqual({ a: 3, b: 4, c: 4 });
    expect(final('distinct', 2)).toEqual({ a: 3, b: 2, c: 1 });
  });

  it('state older than its TTL is dropped, and a late write starts the key afresh', () => {
    const records = [rec(100, 'a', '1'), rec(200, 'b', '1'), rec(3_000, 'a', '1')];
    const s = dataflowWorld(
      {
        id: 'df',
        watermarks: WATERMARKS,
        metricsIntervalMs: 500,
        operators: [
          { id: 'src', kind: 'source', topic: 'orders' },
          { id: 'agg', kind: 'aggregate', input: 'src', fn: 'count', stateTtlMs: 1_000 },
          { id: 'out', kind: 'sink', input: 'agg', sink: 'append' },
        ],
      },
      { records, durationMs: 5_000 },
    );
    const sim = createSimulation(s);
    sim.runUntil(s.durationMs);
    const trace = sim.trace();
    // Both keys expire about a second after their last write; `a` counts from 1 again at 3 s.
    expect(eventsOf(trace, 'state.expired').reduce((n, e) => n + e.count, 0)).toBe(3);
    expect(
      sim
        .getState()
        .dataflows[0]!.sinks.out!.filter((r) => r.key === 'a')
        .map((r) => r.value),
    ).toEqual([1, 1]);
    const sizes = eventsOf(trace, 'dataflow.metrics').map((m) => [m.atMs, m.stateEntries]);
    expect(sizes.find(([t]) => t === 1_000)?.[1]).toBe(2);
    expect(sizes.find(([t]) => t === 2_000)?.[1]).toBe(0);
  });

  it('a window operator with parallelism 3 fires exactly what the Flink kernel fires for the same input', () => {
    const keys = ['k0', 'k1', 'k2', 'k3', 'k4'];
    // Out-of-order event times within the 100 ms bound, plus two stragglers beyond it.
    const records = Array.from({ length: 60 }, (_, i) =>
      rec(100 + i * 40, keys[i % 5]!, String(i % 7), 100 + i * 40 - ((i * 37) % 90)),
    );
    records.push(rec(2_250, 'k2', '5', 1_800), rec(2_600, 'k1', '5', 900));
    records.sort((a, b) => a.atMs - b.atMs);
    const s = dataflowWorld(
      {
        id: 'df',
        watermarks: WATERMARKS,
        operators: [
          { id: 'src', kind: 'source', topic: 'orders', parallelism: 2 },
          {
            id: 'win',
            kind: 'window',
            input: 'src',
            parallelism: 3,
            assigner: { kind: 'tumbling', sizeMs: 500 },
            allowedLatenessMs: 200,
            aggregate: 'sum',
          },
          { id: 'out', kind: 'sink', input: 'win', sink: 'append' },
        ],
      },
      { records, partitions: 1, durationMs: 6_000 },
    );
    const sim = createSimulation(s);
    sim.runUntil(s.durationMs);
    const fired = eventsOf(sim.trace(), 'window.fired').map(
      (e) => `${e.key} ${e.window[0]} ${e.value} ${e.timing}`,
    );
    // The kernel sees the same records and the job's watermarks, interleaved as the job saw them.
    const input: WindowOperatorInput[] = [];
    for (const e of sim.trace()) {
      if (e.type === 'record.appended')
        input.push({
          type: 'record',
          key: e.key!,
          value: Number(e.value),
          timestampMs: e.eventTimeMs,
        });
      if (e.type === 'watermark.advanced' && e.operator === 'src')
        input.push({ type: 'watermark', timestampMs: e.watermarkMs });
    }
    const expected = runWindowOperator(
      { assigner: { kind: 'tumbling', sizeMs: 500 }, allowedLatenessMs: 200, aggregate: 'sum' },
      input,
    ).flatMap((o) =>
      o.type === 'result' ? [`${o.key} ${o.window[0]} ${o.value} ${o.timing}`] : [],
    );
    expect(fired.length).toBeGreaterThanOrEqual(20);
    expect([...fired].sort()).toEqual([...expected].sort());
    expect(fired.filter((f) => f.endsWith(' late'))).toEqual(['k2 1500 12 late']);
    expect(eventsOf(sim.trace(), 'window.late.dropped').map((e) => e.eventTimeMs)).toEqual([900]);
  });
});
