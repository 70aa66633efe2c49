import { describe, expect, test } from 'vitest';
import type { StreamJobSpec } from '../../../engine/index.ts';
import { describeSemantics, timelineJobInput } from './jobSemantics.ts';
import { createRecordColumns, DROPPED, BEHIND_MARK, pushRecord } from './recordColumns.ts';
import { timelineEmphasis } from './timelineEmphasis.ts';
import { firingGroups } from './timelineMarks.ts';
import { markCounts, recentFirings, timelineSentence } from './timelineSummary.ts';
import type { TimelineJob } from './timelineTypes.ts';

const FLINK_SPEC: StreamJobSpec = {
  id: 'clicks-per-10s',
  sourceTopic: 'clicks',
  watermarks: {
    strategy: 'bounded-out-of-orderness',
    maxOutOfOrdernessMs: 1000,
    idleTimeoutMs: 3000,
  },
  window: {
    assigner: { kind: 'tumbling', sizeMs: 10_000 },
    allowedLatenessMs: 5000,
    aggregate: 'count',
  },
};

const STREAMS_SPEC: StreamJobSpec = {
  ...FLINK_SPEC,
  id: 'ks',
  semantics: 'kafka-streams',
  graceMs: 2000,
  emit: 'on-window-close',
  window: { ...FLINK_SPEC.window, assigner: { kind: 'sliding', sizeMs: 10_000, slideMs: 5000 } },
};

describe('job semantics in words', () => {
  test('Flink: the watermark rule with its bound, idleness and allowed lateness', () => {
    const text = describeSemantics(FLINK_SPEC);
    expect(text.system).toBe('Flink');
    expect(text.lineName).toBe('watermark');
    expect(text.windows).toBe('tumbling windows of 10 s');
    expect(text.rules.join('\n')).toMatch(
      /largest event time seen − 1 s − 1 ms \(forBoundedOutOfOrderness\)/,
    );
    expect(text.rules.join('\n')).toMatch(/silent for 3 s is idle/);
    expect(text.rules.join('\n')).toMatch(/allowed lateness 5 s/);
    expect(timelineJobInput(FLINK_SPEC)).toEqual({
      id: 'clicks-per-10s',
      label: 'clicks-per-10s',
      job: 'clicks-per-10s',
      operator: null,
      sourceTopics: ['clicks'],
      semantics: 'flink',
      graceMs: 0,
    });
    expect(text.horizons).toEqual([]);
  });

  test('Kafka Streams: stream time, grace and suppression', () => {
    const text = describeSemantics(STREAMS_SPEC);
    expect(text.system).toBe('Kafka Streams');
    expect(text.lineName).toBe('stream time');
    expect(text.windows).toMatch(/^sliding windows of 10 s every 5 s/);
    expect(text.rules.join('\n')).toMatch(/end \+ grace \(2 s, ofSizeAndGrace\)/);
    expect(text.rules.join('\n')).toMatch(/only final results/);
    expect(timelineJobInput(STREAMS_SPEC).graceMs).toBe(2000);
    expect(text.horizons).toEqual([
      { offsetMs: 2000, label: 'stream time − grace: windows ending left of it are closed' },
    ]);
  });
});

describe('emphasis', () => {
  const partitions = ['sales-0', 'sales-1', 'other-0'];
  const producers = ['shop-a', 'shop-b'];
  const scope = { partitions: ['sales-0', 'sales-1'], producers: ['shop-a', 'shop-b'] };

  test('a picked or narrated partition or producer stands out; windows are outlined', () => {
    const picked = timelineEmphasis(
      { kind: 'partition', id: 'sales-1' },
      [],
      partitions,
      producers,
      scope,
    );
    expect(picked.dots?.partitions).toEqual(new Set([1]));
    const narrated = timelineEmphasis(
      { kind: 'consumer', id: 'c1' },
      [
        { kind: 'producer', name: 'shop-b' },
        { kind: 'window', startMs: 0, endMs: 10_000 },
      ],
      partitions,
      producers,
      scope,
    );
    expect(narrated.dots?.producers).toEqual(new Set([1]));
    expect(narrated.windows).toEqual([[0, 10_000]]);
    expect(narrated.key).not.toBe(picked.key);
  });

  test('emphasis that covers every partition of the job dims nothing', () => {
    const all = timelineEmphasis(
      null,
      [
        { kind: 'partition', name: 'sales-0', topic: 'sales', partition: 0 },
        { kind: 'partition', name: 'sales-1', topic: 'sales', partition: 1 },
      ],
      partitions,
      producers,
      scope,
    );
    expect(all.dots).toBeNull();
    expect(timelineEmphasis(null, [], partitions, producers, scope)).toEqual({
      dots: null,
      key: '',
      windows: [],
    });
  });
});

describe('the summary in words', () => {
  test('counts records by status and firings by timing, and names the latest firing', () => {
    const records = createRecordColumns();
    [0, 0, BEHIND_MARK, BEHIND_MARK | DROPPED].forEach((status, i) =>
      pushRecord(records, {
        eventMs: i * 1000,
        procMs: i * 1000,
        traceIndex: i,
        status,
        partition: 0,
        producer: 0,
      }),
    );
    const firing = { startMs: 0, endMs: 10_000, key: 'k0', value: 3, traceIndex: 9 };
    const job: TimelineJob = {
      id: 'j',
      label: 'j',
      operator: null,
      sourceTopics: ['clicks'],
      semantics: 'flink',
      graceMs: 0,
      records,
      marks: [{ atMs: 11_000, valueMs: 9_500, traceIndex: 5 }],
      firings: [
        { ...firing, atMs: 11_000, timing: 'on-time' },
        { ...firing, atMs: 12_000, timing: 'late', value: 4 },
      ],
      jobEvents: [],
      idleChanges: [],
      revision: 1,
    };
    const counts = markCounts(job);
    expect(counts).toEqual({
      'on-time-record': 2,
      'behind-record': 1,
      'dropped-record': 1,
      early: 0,
      'on-time': 1,
      late: 1,
    });
    const groups = firingGroups(job.firings);
    expect(timelineSentence(job, counts, groups, 12_500, 'watermark')).toBe(
      'At 12.500 s the watermark of j is 9.500 s, 3.000 s behind processing time. ' +
        '4 records read: 2 ahead of the watermark, 1 behind it but counted, 1 dropped as late. ' +
        'Firings: 0 early, 1 on time, 1 late. ' +
        'Latest: late firing of [0.000 s, 10.000 s) at 12.000 s (k0 = 4).',
    );
    expect(recentFirings(groups, 1)).toEqual([
      'late firing of [0.000 s, 10.000 s) at 12.000 s (k0 = 4)',
    ]);
  });
});
