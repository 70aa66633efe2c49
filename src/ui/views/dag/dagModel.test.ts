import { describe, expect, test } from 'vitest';
import type { DataflowSubtaskView, DataflowView } from '../../../engine/index.ts';
import {
  bufferFraction,
  clip,
  dagStructureKey,
  edgeLabelLines,
  operatorDetail,
  operatorLabel,
  parseOperatorEntityId,
  shortWatermark,
  subtaskSentence,
} from './dagModel.ts';

const ST: DataflowSubtaskView = {
  bufferedRecords: 12,
  bufferCapacity: 100,
  pendingOut: 0,
  stateEntries: 1,
  watermarkMs: 1_234,
  idle: false,
  aligningCheckpoint: null,
  processed: 40,
};

const DF: DataflowView = {
  id: 'df',
  mode: 'continuous',
  running: true,
  operators: [
    {
      id: 'src',
      kind: 'source',
      parallelism: 1,
      detail: 'topic orders',
      watermarkMs: null,
      subtasks: [ST],
    },
    {
      id: 'out',
      kind: 'sink',
      parallelism: 2,
      detail: 'append',
      watermarkMs: 900,
      subtasks: [ST, { ...ST, pendingOut: 3, aligningCheckpoint: 4 }],
    },
  ],
  edges: [
    { from: 'src', to: 'out', mode: 'rebalance', input: 0, port: null, records: 5, barriers: 1 },
  ],
  checkpointInFlight: null,
  lastCompletedCheckpoint: null,
  backpressured: false,
  sinks: { out: [{ key: 'a', value: 1, window: null, atMs: 5 }] },
  uncommittedRows: 0,
  tables: {},
};

describe('dagModel', () => {
  test('operator entity ids carry the dataflow, and parse back', () => {
    expect(parseOperatorEntityId('df/agg')).toEqual({ dataflow: 'df', operator: 'agg' });
    expect(parseOperatorEntityId('agg')).toBeNull();
    expect(parseOperatorEntityId('df/')).toBeNull();
  });

  test('the structure key ignores live numbers but not parallelism or edges', () => {
    const busier = { ...DF, edges: [{ ...DF.edges[0]!, records: 99, barriers: 0 }] };
    expect(dagStructureKey(busier)).toBe(dagStructureKey(DF));
    const wider = { ...DF, operators: [DF.operators[0]!, { ...DF.operators[1]!, parallelism: 3 }] };
    expect(dagStructureKey(wider)).not.toBe(dagStructureKey(DF));
  });

  test('buffer fill is a fraction of capacity, capped at 1, and absent without a bounded buffer', () => {
    expect(bufferFraction(ST)).toBe(0.12);
    expect(bufferFraction({ ...ST, bufferedRecords: 150 })).toBe(1);
    expect(bufferFraction({ ...ST, bufferCapacity: 0 })).toBeNull();
  });

  test('watermarks read in tenths of seconds in cells, with a real minus sign', () => {
    expect(shortWatermark(null)).toBe('—');
    expect(shortWatermark(1_234)).toBe('1.2s');
    expect(shortWatermark(-101)).toBe('−0.1s');
  });

  test('a subtask sentence says what the cell shows, and sources leave out what they do not count', () => {
    expect(subtaskSentence({ ...ST, pendingOut: 3, aligningCheckpoint: 4 }, 1)).toBe(
      'subtask 1: 12 of 100 records buffered; 3 waiting for credit (backpressured); 1 state entry; watermark 1.234 s; aligning barrier of checkpoint 4; 40 processed',
    );
    expect(subtaskSentence({ ...ST, idle: true }, 0, true)).toBe(
      'subtask 0: reads its partitions (no input buffer); 1 state entry; idle',
    );
  });

  test('an operator label names backpressure and alignment, and the detail counts sink rows', () => {
    const out = DF.operators[1]!;
    expect(operatorLabel(out)).toBe(
      'sink operator out, parallelism 2, append, watermark 0.900 s, 2 state entries, backpressured on 1 of 2 subtasks, aligning checkpoint 4',
    );
    expect(operatorDetail(DF, out)).toBe('append · 1 row');
    expect(operatorDetail(DF, DF.operators[0]!)).toBe('topic orders');
  });

  test('edge labels give the partitioning, the route and what is on the edge', () => {
    expect(edgeLabelLines(DF.edges[0]!)).toEqual(['rebalance', '5 in flight', '1 barrier']);
    expect(edgeLabelLines({ ...DF.edges[0]!, mode: 'hash', port: 'big', barriers: 0 })).toEqual([
      'route big',
      'hash shuffle',
      '5 in flight',
    ]);
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
  });
});
