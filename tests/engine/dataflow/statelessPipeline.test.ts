import { describe, expect, it } from 'vitest';
import { createSimulation, type DataflowSpec } from '../../../src/engine/index.ts';
import { eventsOf } from '../../support/traceQueries.ts';
import { dataflowWorld, rec } from './dataflowWorld.ts';

const WATERMARKS = { strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 0 } as const;

function run(dataflow: DataflowSpec, records: Parameters<typeof dataflowWorld>[1]['records']) {
  const s = dataflowWorld(dataflow, { records, durationMs: 5_000 });
  const sim = createSimulation(s, { checkInvariantsEveryStep: true });
  sim.runUntil(s.durationMs);
  return sim;
}

describe('stateless operators', () => {
  it('map, filter and keyBy transform records on their way to the sink', () => {
    const sim = run(
      {
        id: 'df',
        watermarks: WATERMARKS,
        operators: [
          { id: 'src', kind: 'source', topic: 'orders' },
          {
            id: 'double',
            kind: 'map',
            input: 'src',
            set: { value: 'value * 2', region: 'substr(key, 0, 2)' },
          },
          { id: 'big', kind: 'filter', input: 'double', where: 'value >= 10' },
          { id: 'byRegion', kind: 'keyBy', input: 'big', key: 'upper(region)' },
          { id: 'out', kind: 'sink', input: 'byRegion', sink: 'append' },
        ],
      },
      [rec(100, 'eu-1', '3'), rec(200, 'us-1', '5'), rec(300, 'eu-2', '7'), rec(400, 'us-2', '4')],
    );
    const rows = sim.getState().dataflows[0]!.sinks.out!;
    expect(rows.map((r) => [r.key, r.value]).sort()).toEqual([
      ['EU', 14],
      ['US', 10],
    ]);
  });

  it('flatMap emits one record per non-null expression', () => {
    const sim = run(
      {
        id: 'df',
        watermarks: WATERMARKS,
        operators: [
          { id: 'src', kind: 'source', topic: 'orders' },
          {
            id: 'split',
            kind: 'flatMap',
            input: 'src',
            emit: ['value', 'value > 5 ? value * 10 : null'],
          },
          { id: 'out', kind: 'sink', input: 'split', sink: 'append' },
        ],
      },
      [rec(100, 'a', '3'), rec(200, 'b', '6')],
    );
    expect(
      sim
        .getState()
        .dataflows[0]!.sinks.out!.map((r) => r.value)
        .sort((a, b) => Number(a) - Number(b)),
    ).toEqual([3, 6, 60]);
  });

  it('route sends each record to its first matching branch, and the rest to otherwise', () => {
    const sim = run(
      {
        id: 'df',
        watermarks: WATERMARKS,
        operators: [
          { id: 'src', kind: 'source', topic: 'orders' },
          {
            id: 'split',
            kind: 'route',
            input: 'src',
            routes: [
              { name: 'big', when: 'value > 100' },
              { name: 'mid', when: 'value > 10' },
            ],
            otherwise: 'small',
          },
          { id: 'bigOut', kind: 'sink', input: 'split.big', sink: 'append' },
          { id: 'midOut', kind: 'sink', input: 'split.mid', sink: 'append' },
          { id: 'smallOut', kind: 'sink', input: 'split.small', sink: 'append' },
        ],
      },
      [rec(100, 'a', '500'), rec(200, 'b', '50'), rec(300, 'c', '5'), rec(400, 'd', '101')],
    );
    const sinks = sim.getState().dataflows[0]!.sinks;
    expect(sinks.bigOut!.map((r) => r.key).sort()).toEqual(['a', 'd']);
    expect(sinks.midOut!.map((r) => r.key)).toEqual(['b']);
    expect(sinks.smallOut!.map((r) => r.key)).toEqual(['c']);
  });

  it('enrich adds the reference row for the key, and drops or keeps misses as configured', () => {
    const dataflow = (missing: 'null' | 'drop'): DataflowSpec => ({
      id: 'df',
      watermarks: WATERMARKS,
      operators: [
        { id: 'src', kind: 'source', topic: 'orders' },
        {
          id: 'ref',
          kind: 'enrich',
          input: 'src',
          table: { alice: 'gold', bob: 'silver' },
          as: 'tier',
          missing,
        },
        {
          id: 'label',
          kind: 'map',
          input: 'ref',
          set: { value: 'concat(key, ":", coalesce(tier, "none"))' },
        },
        { id: 'out', kind: 'sink', input: 'label', sink: 'append' },
      ],
    });
    const records = [rec(100, 'alice', '1'), rec(200, 'carol', '1'), rec(300, 'bob', '1')];
    const kept = run(dataflow('null'), records)
      .getState()
      .dataflows[0]!.sinks.out!.map((r) => r.value)
      .sort();
    const dropped = run(dataflow('drop'), records)
      .getState()
      .dataflows[0]!.sinks.out!.map((r) => r.value)
      .sort();
    expect(kept).toEqual(['alice:gold', 'bob:silver', 'carol:none']);
    expect(dropped).toEqual(['alice:gold', 'bob:silver']);
  });

  it('records cross each network edge with its delay, so end-to-end latency shows in the output', () => {
    const sim = run(
      {
        id: 'df',
        watermarks: WATERMARKS,
        networkDelayMs: 7,
        tickMs: 1,
        operators: [
          { id: 'src', kind: 'source', topic: 'orders' },
          { id: 'id', kind: 'map', input: 'src', set: { value: 'value' } },
          { id: 'out', kind: 'sink', input: 'id', sink: 'append' },
        ],
      },
      [rec(100, 'a', '1')],
    );
    const out = eventsOf(sim.trace(), 'dataflow.output')[0]!;
    const appended = eventsOf(sim.trace(), 'record.appended')[0]!;
    // Two network hops of 7 ms each after the source reads the record.
    expect(out.atMs - appended.atMs).toBeGreaterThanOrEqual(14);
    expect(out.atMs - appended.atMs).toBeLessThanOrEqual(16);
  });
});
