import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  type DataflowSpec,
  type ScenarioModel,
} from '../../../src/engine/index.ts';
import { eventsOf } from '../../support/traceQueries.ts';
import { dataflowWorld, rec, type DataflowWorldOptions } from './dataflowWorld.ts';

function run(dataflow: DataflowSpec, o: DataflowWorldOptions) {
  const s: ScenarioModel = dataflowWorld(dataflow, o);
  const sim = createSimulation(s, { checkInvariantsEveryStep: true });
  sim.runUntil(s.durationMs);
  return sim;
}

const WATERMARKS = {
  strategy: 'bounded-out-of-orderness',
  maxOutOfOrdernessMs: 0,
  intervalMs: 50,
} as const;

describe('joins', () => {
  it('a stream-table join uses the table row as of processing time, and tombstones delete rows', () => {
    const sim = run(
      {
        id: 'df',
        watermarks: WATERMARKS,
        operators: [
          { id: 'orders', kind: 'source', topic: 'orders' },
          {
            id: 'withTier',
            kind: 'tableJoin',
            input: 'orders',
            tableTopic: 'customers',
            as: 'tier',
            join: 'left',
          },
          { id: 'label', kind: 'map', input: 'withTier', set: { value: 'coalesce(tier, "none")' } },
          { id: 'out', kind: 'sink', input: 'label', sink: 'append' },
        ],
      },
      {
        records: [
          rec(500, 'alice', '1'),
          rec(1_500, 'alice', '1'),
          rec(2_500, 'alice', '1'),
          rec(2_600, 'bob', '1'),
        ],
        extraTopics: [
          {
            name: 'customers',
            partitions: 1,
            compacted: true,
            records: [
              rec(100, 'alice', 'silver'),
              rec(1_000, 'alice', 'gold'),
              rec(2_000, 'alice', null),
            ],
          },
        ],
        durationMs: 4_000,
      },
    );
    expect(
      sim.getState().dataflows[0]!.sinks.out!.map((r) => `${r.key}:${String(r.value)}`),
    ).toEqual(['alice:silver', 'alice:gold', 'alice:none', 'bob:none']);
  });

  it('an interval join pairs records within inclusive bounds, and its state grows with the watermark delay', () => {
    const dataflow = (boundMs: number): DataflowSpec => ({
      id: 'df',
      watermarks: {
        strategy: 'bounded-out-of-orderness',
        maxOutOfOrdernessMs: boundMs,
        intervalMs: 50,
      },
      metricsIntervalMs: 250,
      operators: [
        { id: 'clicks', kind: 'source', topic: 'orders' },
        { id: 'buys', kind: 'source', topic: 'buys' },
        {
          id: 'j',
          kind: 'intervalJoin',
          left: 'clicks',
          right: 'buys',
          lowerBoundMs: 0,
          upperBoundMs: 100,
        },
        { id: 'out', kind: 'sink', input: 'j', sink: 'append' },
      ],
    });
    // Buys at exactly +0 and +100 ms join (bounds are inclusive); +101 does not.
    const clicks = [rec(1_000, 'u1', 'c1'), rec(2_000, 'u2', 'c2'), rec(3_000, 'u3', 'c3')];
    const buys = [rec(1_000, 'u1', 'b1'), rec(2_100, 'u2', 'b2'), rec(3_101, 'u3', 'b3')];
    const options = (bound: number) => ({
      records: clicks,
      extraTopics: [{ name: 'buys', partitions: 1, records: buys }],
      partitions: 1,
      durationMs: 3_000 + bound + 1_000,
    });
    const small = run(dataflow(50), options(50));
    expect(small.getState().dataflows[0]!.sinks.out!.map((r) => r.key)).toEqual(['u1', 'u2']);
    const joined = eventsOf(small.trace(), 'dataflow.output')[1]!;
    expect(joined.value).toBe('c2');
    // A continuous stream: state held by the join, sampled, for a small and a large watermark delay.
    const many = Array.from({ length: 200 }, (_, i) => rec(100 + i * 20, `u${i % 10}`, String(i)));
    const peak = (bound: number) => {
      const sim = run(dataflow(bound), {
        records: many,
        extraTopics: [{ name: 'buys', partitions: 1, records: many }],
        partitions: 1,
        durationMs: 4_000,
      });
      return Math.max(
        ...eventsOf(sim.trace(), 'dataflow.metrics').map((m) => m.stateByOperator.j ?? 0),
      );
    };
    expect(peak(1_000)).toBeGreaterThan(peak(50) * 3);
  });

  it('a window join emits every pair of a key in a window when the watermark passes its end', () => {
    const sim = run(
      {
        id: 'df',
        // Without idleness, the silent left side would hold the watermark at 1199 for ever.
        watermarks: { ...WATERMARKS, idleTimeoutMs: 500 },
        operators: [
          { id: 'a', kind: 'source', topic: 'orders' },
          { id: 'b', kind: 'source', topic: 'other' },
          {
            id: 'j',
            kind: 'windowJoin',
            left: 'a',
            right: 'b',
            assigner: { kind: 'tumbling', sizeMs: 1_000 },
          },
          { id: 'out', kind: 'sink', input: 'j', sink: 'append' },
        ],
      },
      {
        records: [rec(100, 'x', 'a1'), rec(200, 'x', 'a2'), rec(1_200, 'x', 'a3')],
        extraTopics: [
          {
            name: 'other',
            partitions: 1,
            records: [rec(300, 'x', 'b1'), rec(1_900, 'x', 'b2'), rec(2_500, 'y', 'b3')],
          },
        ],
        partitions: 1,
        durationMs: 4_000,
      },
    );
    const rows = sim
      .getState()
      .dataflows[0]!.sinks.out!.map((r) => `${r.window![0]} ${String(r.value)}`);
    expect(rows).toEqual(['0 a1', '0 a2', '1000 a3']);
  });
});

describe('credit-based flow control', () => {
  function slowSink(sinkRate: number) {
    const records = Array.from({ length: 800 }, (_, i) => rec(i * 10, `k${i % 8}`, '1'));
    return run(
      {
        id: 'df',
        watermarks: WATERMARKS,
        bufferRecords: 20,
        metricsIntervalMs: 500,
        operators: [
          { id: 'src', kind: 'source', topic: 'orders' },
          { id: 'm', kind: 'map', input: 'src', set: { value: 'value + 1' } },
          { id: 'out', kind: 'sink', input: 'm', sink: 'append', recordsPerSecond: sinkRate },
        ],
      },
      { records, durationMs: 8_000 },
    );
  }

  it('a slow sink fills the buffers upstream until the source stops reading, and lag grows', () => {
    const sim = slowSink(50);
    const trace = sim.trace();
    expect(eventsOf(trace, 'job.backpressure')[0]?.active).toBe(true);
    const metrics = eventsOf(trace, 'dataflow.metrics');
    const at4s = metrics.find((m) => m.atMs === 4_000)!;
    // 100 records/s arrive, 50/s leave: after 4 s about 200 are behind, most of them still in Kafka.
    expect(at4s.lagRecords).toBeGreaterThan(120);
    expect(at4s.bufferFillPercent).toBe(100);
    const view = sim.getState().dataflows[0]!;
    // Buffered records never exceed what credits allow: one buffer per channel.
    for (const op of view.operators)
      for (const st of op.subtasks) expect(st.bufferedRecords).toBeLessThanOrEqual(20);
    expect(view.sinks.out!.length).toBeLessThan(420);
  });

  it('a sink that keeps up causes no backpressure and no lasting lag', () => {
    const trace = slowSink(500).trace();
    expect(eventsOf(trace, 'job.backpressure')).toEqual([]);
    expect(eventsOf(trace, 'dataflow.metrics').at(-1)!.lagRecords).toBe(0);
  });
});
