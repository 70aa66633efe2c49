import { describe, expect, it } from 'vitest';
import { runWindowOperator } from './runWindowOperator.ts';
import type {
  WindowOperatorInput,
  WindowOperatorOutput,
  WindowOperatorSpec,
} from './windowOperatorTypes.ts';

// Every expected output here is worked out by hand from the rules of Flink's WindowOperator and
// EventTimeTrigger (fire at maxTimestamp = end - 1, late when maxTimestamp + lateness <= watermark).

function rec(key: string, value: number, timestampMs: number): WindowOperatorInput {
  return { type: 'record', key, value, timestampMs };
}
function wm(timestampMs: number): WindowOperatorInput & WindowOperatorOutput {
  return { type: 'watermark', timestampMs };
}
function onTime(key: string, window: [number, number], value: number): WindowOperatorOutput {
  return { type: 'result', key, window, value, timestampMs: window[1] - 1, timing: 'on-time' };
}
function late(key: string, window: [number, number], value: number): WindowOperatorOutput {
  return { type: 'result', key, window, value, timestampMs: window[1] - 1, timing: 'late' };
}
function dropped(key: string, timestampMs: number): WindowOperatorOutput {
  return { type: 'late-dropped', key, timestampMs };
}

const tumbling10: WindowOperatorSpec = {
  assigner: { kind: 'tumbling', sizeMs: 10 },
  allowedLatenessMs: 0,
  aggregate: 'sum',
};

describe('runWindowOperator: on-time firing', () => {
  it('fires exactly when the watermark reaches end - 1, not at end - 2', () => {
    expect(runWindowOperator(tumbling10, [rec('a', 5, 3), rec('a', 2, 9), wm(8), wm(9)])).toEqual([
      wm(8),
      onTime('a', [0, 10], 7),
      wm(9),
    ]);
  });

  it('fires timers in time order, breaking ties by key then window start', () => {
    const input = [rec('b', 1, 1), rec('a', 2, 2), rec('c', 4, 12), rec('a', 8, 11), wm(30)];
    expect(runWindowOperator(tumbling10, input)).toEqual([
      onTime('a', [0, 10], 2),
      onTime('b', [0, 10], 1),
      onTime('a', [10, 20], 8),
      onTime('c', [10, 20], 4),
      wm(30),
    ]);
  });

  it('forwards only watermarks that advance, so the output never regresses', () => {
    expect(runWindowOperator(tumbling10, [wm(10), wm(5), wm(10), wm(11)])).toEqual([
      wm(10),
      wm(11),
    ]);
  });

  it('counts with the count aggregate and emits nothing for a window that never had records', () => {
    const spec: WindowOperatorSpec = { ...tumbling10, aggregate: 'count' };
    expect(runWindowOperator(spec, [rec('a', 50, 1), rec('a', 60, 2), wm(100)])).toEqual([
      onTime('a', [0, 10], 2),
      wm(100),
    ]);
  });
});

describe('runWindowOperator: lateness', () => {
  const lateness5: WindowOperatorSpec = { ...tumbling10, allowedLatenessMs: 5 };

  it('drops a record at once when there is no allowed lateness', () => {
    expect(runWindowOperator(tumbling10, [wm(9), rec('a', 1, 3)])).toEqual([
      wm(9),
      dropped('a', 3),
    ]);
  });

  it('accumulating: a late record refires with the whole window, until cleanup at end - 1 + lateness', () => {
    const input = [
      rec('a', 1, 3),
      wm(9),
      rec('a', 2, 4),
      wm(13),
      rec('a', 4, 5),
      wm(14),
      rec('a', 8, 6),
    ];
    expect(runWindowOperator(lateness5, input)).toEqual([
      onTime('a', [0, 10], 1),
      wm(9),
      late('a', [0, 10], 3),
      wm(13),
      late('a', [0, 10], 7),
      wm(14),
      dropped('a', 6),
    ]);
  });

  it('discarding: a late firing carries only the late records', () => {
    const input = [rec('a', 1, 3), wm(9), rec('a', 2, 4), rec('a', 4, 5)];
    expect(runWindowOperator({ ...lateness5, accumulation: 'discarding' }, input)).toEqual([
      onTime('a', [0, 10], 1),
      wm(9),
      late('a', [0, 10], 2),
      late('a', [0, 10], 4),
    ]);
  });

  it('skips only the late sliding windows of a record and keeps it in the rest', () => {
    const spec: WindowOperatorSpec = {
      assigner: { kind: 'sliding', sizeMs: 10, slideMs: 5 },
      allowedLatenessMs: 0,
      aggregate: 'count',
    };
    // At watermark 9, [0, 10) is closed but [5, 15) is open, so the record at 7 is not dropped.
    expect(runWindowOperator(spec, [wm(9), rec('a', 1, 7), wm(20)])).toEqual([
      wm(9),
      onTime('a', [5, 15], 1),
      wm(20),
    ]);
  });
});

describe('runWindowOperator: sliding windows', () => {
  it('counts a record in size / slide windows, firing oldest window first', () => {
    const spec: WindowOperatorSpec = {
      assigner: { kind: 'sliding', sizeMs: 10, slideMs: 5 },
      allowedLatenessMs: 0,
      aggregate: 'count',
    };
    expect(runWindowOperator(spec, [rec('a', 1, 7), wm(100)])).toEqual([
      onTime('a', [0, 10], 1),
      onTime('a', [5, 15], 1),
      wm(100),
    ]);
  });

  it('refires late sliding windows in the assigner order, newest first', () => {
    const spec: WindowOperatorSpec = {
      assigner: { kind: 'sliding', sizeMs: 10, slideMs: 5 },
      allowedLatenessMs: 20,
      aggregate: 'sum',
    };
    expect(runWindowOperator(spec, [wm(14), rec('a', 3, 7)])).toEqual([
      wm(14),
      late('a', [5, 15], 3),
      late('a', [0, 10], 3),
    ]);
  });
});

describe('runWindowOperator: session windows', () => {
  const session5: WindowOperatorSpec = {
    assigner: { kind: 'session', gapMs: 5 },
    allowedLatenessMs: 0,
    aggregate: 'count',
  };

  it('merges two records exactly one gap apart, because touching windows intersect', () => {
    expect(runWindowOperator(session5, [rec('a', 1, 0), rec('a', 1, 5), wm(100)])).toEqual([
      onTime('a', [0, 10], 2),
      wm(100),
    ]);
  });

  it('keeps records further apart than the gap in separate sessions', () => {
    expect(runWindowOperator(session5, [rec('a', 1, 0), rec('a', 1, 6), wm(100)])).toEqual([
      onTime('a', [0, 5], 1),
      onTime('a', [6, 11], 1),
      wm(100),
    ]);
  });

  it('bridges two sessions with a record between them, out of order', () => {
    const input = [rec('a', 1, 0), rec('a', 1, 10), wm(3), rec('a', 1, 5), wm(100)];
    expect(runWindowOperator(session5, input)).toEqual([wm(3), onTime('a', [0, 15], 3), wm(100)]);
  });

  it('does not fire a window whose session grew before its end', () => {
    const input = [rec('a', 1, 0), wm(3), rec('a', 1, 4), wm(4), wm(8)];
    expect(runWindowOperator(session5, input)).toEqual([
      wm(3),
      wm(4),
      onTime('a', [0, 9], 2),
      wm(8),
    ]);
  });

  it('drops a lone late session record and fires a late merge within allowed lateness', () => {
    const spec: WindowOperatorSpec = { ...session5, allowedLatenessMs: 30, aggregate: 'sum' };
    const input = [
      rec('a', 1, 0),
      wm(20),
      rec('a', 2, 3),
      rec('a', 4, -40),
      wm(40),
      rec('a', 8, 1),
    ];
    expect(runWindowOperator(spec, input)).toEqual([
      onTime('a', [0, 5], 1),
      wm(20),
      late('a', [0, 8], 3),
      dropped('a', -40),
      wm(40),
      dropped('a', 1),
    ]);
  });
});

describe('runWindowOperator: validation', () => {
  it.each<[string, WindowOperatorSpec]>([
    [
      'a zero session gap',
      { assigner: { kind: 'session', gapMs: 0 }, allowedLatenessMs: 0, aggregate: 'sum' },
    ],
    ['negative lateness', { ...tumbling10, allowedLatenessMs: -1 }],
    [
      'a bad tumbling offset',
      { ...tumbling10, assigner: { kind: 'tumbling', sizeMs: 10, offsetMs: 10 } },
    ],
  ])('rejects %s even with no input', (_name, spec) => {
    expect(() => runWindowOperator(spec, [])).toThrow(Error);
  });

  it('names the index of a malformed event', () => {
    expect(() => runWindowOperator(tumbling10, [wm(1), wm(1.5)])).toThrow(
      /input\[1\]\.timestampMs/,
    );
  });
});
