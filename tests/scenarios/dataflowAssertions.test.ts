// Unit tests of the two dataflow assertion kinds, against hand-written traces and world views
// rather than the engine: dataflowMetric reads dataflow.metrics samples in a span, sinkRows
// counts the rows a sink shows at a time.

import { describe, expect, it } from 'vitest';
import type { TraceEvent, TraceEventOf, WorldView } from '../../src/engine/index.ts';
import { checkOutcomes, describeAssertion, type Assertion } from '../../src/scenario/index.ts';
import { dataflowScenario } from '../../src/scenario/dataflowTestScenario.ts';
import { parsedScenario } from './support/guidedScenario.ts';

function withExpect(...assertions: Assertion[]) {
  return parsedScenario({ ...dataflowScenario(), expect: assertions });
}

function metrics(
  atMs: number,
  job: string,
  fields: Partial<TraceEventOf<'dataflow.metrics'>>,
): TraceEvent {
  return {
    atMs,
    type: 'dataflow.metrics',
    job,
    recordsPerSecond: 0,
    lagRecords: 0,
    lagByPartition: {},
    latencyMsP50: null,
    latencyMsP95: null,
    latencyMsP99: null,
    watermarkLagMs: null,
    stateEntries: 0,
    stateByOperator: {},
    bufferFillPercent: 0,
    checkpointDurationMs: null,
    ...fields,
  };
}

const TRACE: TraceEvent[] = [
  metrics(1000, 'pipeline', { latencyMsP95: 40, stateEntries: 3 }),
  metrics(1000, 'batches', { latencyMsP95: 900 }),
  metrics(2000, 'pipeline', { latencyMsP95: 70, stateEntries: 9 }),
  metrics(3000, 'pipeline', { latencyMsP95: null, stateEntries: 5 }),
];

describe('dataflowMetric', () => {
  const metric = (fields: Partial<Extract<Assertion, { kind: 'dataflowMetric' }>>): Assertion => ({
    kind: 'dataflowMetric',
    job: 'pipeline',
    metric: 'latencyMsP95',
    stat: 'max',
    op: '<=',
    value: 70,
    ...fields,
  });

  it('compares the largest, smallest or last sample of that dataflow, skipping samples without a value', () => {
    const scenario = withExpect(
      metric({}),
      metric({ op: '<=', value: 69 }),
      metric({ stat: 'min', op: '==', value: 40 }),
      metric({ stat: 'last', op: '==', value: 70 }),
      metric({ metric: 'stateEntries', stat: 'last', op: '==', value: 5 }),
    );
    const results = checkOutcomes(scenario, { trace: TRACE, stateAt: () => ({}) as WorldView });
    expect(results.map((r) => r.ok)).toEqual([true, false, true, true, true]);
    expect(results[1]?.message).toBe(
      'expected the largest latencyMsP95 sample of dataflow pipeline to be at most 69, found 70',
    );
    expect(results[0]?.message).toBe(
      'the largest latencyMsP95 sample of dataflow pipeline is 70, as expected (at most 70)',
    );
  });

  it('reads only samples in [afterMs, byMs)', () => {
    const scenario = withExpect(
      metric({ metric: 'stateEntries', afterMs: 2000, op: '==', value: 9 }),
      metric({ metric: 'stateEntries', byMs: 2000, op: '==', value: 3 }),
      metric({ afterMs: 2500 }),
    );
    const results = checkOutcomes(scenario, { trace: TRACE, stateAt: () => ({}) as WorldView });
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[2]?.message).toBe(
      'expected the largest latencyMsP95 sample from 2500 ms of dataflow pipeline to be at most 70, but there is no sample with a value',
    );
  });

  it('is described without a label', () => {
    expect(describeAssertion(metric({ afterMs: 1000, byMs: 5000, op: '>=' }))).toBe(
      'the largest latencyMsP95 sample from 1000 ms before 5000 ms of dataflow pipeline is at least 70',
    );
  });
});

describe('sinkRows', () => {
  const row = (key: string, window: [number, number] | null) => ({
    key,
    value: 1,
    window,
    atMs: 0,
  });
  const view = (tMs: number) =>
    ({
      nowMs: tMs,
      streamJobs: [],
      dataflows: [
        {
          id: 'pipeline',
          sinks: {
            countsOut:
              tMs < 5000
                ? [row('k0', [0, 1000])]
                : [
                    row('k0', [0, 1000]),
                    row('k0', [0, 1000]),
                    row('k1', [0, 1000]),
                    row('k0', [1000, 2000]),
                  ],
          },
        },
      ],
    }) as unknown as WorldView;

  it('counts the rows the sink shows at that time, by key and window, reading each time once in order', () => {
    const sinkRows = (fields: Partial<Extract<Assertion, { kind: 'sinkRows' }>>): Assertion => ({
      kind: 'sinkRows',
      job: 'pipeline',
      sink: 'countsOut',
      atMs: 8000,
      op: '==',
      count: 4,
      ...fields,
    });
    const scenario = withExpect(
      sinkRows({}),
      sinkRows({ key: 'k0', count: 3 }),
      sinkRows({ key: 'k0', window: [0, 1000], count: 2 }),
      sinkRows({ atMs: 1000, count: 1 }),
      sinkRows({ sink: 'tableOut', op: '==', count: 1 }),
    );
    const asked: number[] = [];
    const results = checkOutcomes(scenario, {
      trace: [],
      stateAt: (tMs) => {
        asked.push(tMs);
        return view(tMs);
      },
    });
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, false]);
    expect(asked).toEqual([1000, 8000]);
    expect(results[2]?.message).toBe(
      '2 rows of key k0, window [0,1000) in sink countsOut of dataflow pipeline at 8000 ms, as expected (exactly 2)',
    );
    expect(results[4]?.message).toBe(
      'expected exactly 1 rows in sink tableOut of dataflow pipeline at 8000 ms, found 0',
    );
  });
});
