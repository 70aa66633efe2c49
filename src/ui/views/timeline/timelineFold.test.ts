import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../../engine/index.ts';
import { BEHIND_MARK, DROPPED } from './recordColumns.ts';
import { createTimelineFold } from './timelineFold.ts';
import type { TimelineJob, TimelineJobInput } from './timelineTypes.ts';

const FLINK: TimelineJobInput = {
  id: 'counts',
  label: 'counts',
  job: 'counts',
  operator: null,
  sourceTopics: ['clicks'],
  semantics: 'flink',
  graceMs: 0,
};
const STREAMS: TimelineJobInput = {
  id: 'ks',
  label: 'ks',
  job: 'ks',
  operator: null,
  sourceTopics: ['clicks'],
  semantics: 'kafka-streams',
  graceMs: 500,
};

function appended(
  atMs: number,
  offset: number,
  eventTimeMs: number,
  partition = 'clicks-0',
): TraceEvent {
  return {
    atMs,
    type: 'record.appended',
    partition,
    offset,
    key: 'k0',
    value: '1',
    producer: 'web',
    eventTimeMs,
    producedAtMs: atMs,
  };
}

const TRACE: TraceEvent[] = [
  appended(100, 0, 90),
  appended(200, 1, 190),
  { atMs: 210, type: 'watermark.advanced', job: 'counts', watermarkMs: 180 },
  appended(300, 2, 150),
  appended(310, 0, 305, 'orders-0'),
  {
    atMs: 400,
    type: 'window.fired',
    job: 'counts',
    key: 'k0',
    window: [0, 200],
    value: 2,
    timing: 'on-time',
  },
  {
    atMs: 420,
    type: 'window.late.dropped',
    job: 'counts',
    key: 'k0',
    eventTimeMs: 150,
    partition: 'clicks-0',
    offset: 2,
  },
  { atMs: 500, type: 'job.failed', job: 'counts' },
  { atMs: 600, type: 'source.partition.idle', job: 'counts', partition: 'clicks-1', idle: true },
];

function fold(jobs: readonly TimelineJobInput[] = [FLINK]) {
  return createTimelineFold({
    jobs,
    partitions: ['clicks-0', 'clicks-1', 'orders-0'],
    producers: ['web'],
  });
}

function recordsOf(job: TimelineJob | undefined): [number, number, number][] {
  if (job === undefined) throw new Error('no job');
  const rows: [number, number, number][] = [];
  for (let i = 0; i < job.records.count; i += 1)
    rows.push([
      job.records.eventMs[i] ?? -1,
      job.records.procMs[i] ?? -1,
      job.records.status[i] ?? -1,
    ]);
  return rows;
}

describe('the event-time fold', () => {
  test('turns the records of the job’s topic into dots and marks the late and the dropped', () => {
    const timeline = fold();
    timeline.add(TRACE, 0);
    const snapshot = timeline.snapshot(650);
    const job = snapshot.jobs[0];
    // orders-0 is another topic; the record stamped 150 arrived behind the watermark 180 and was dropped.
    expect(recordsOf(job)).toEqual([
      [90, 100, 0],
      [190, 200, 0],
      [150, 300, BEHIND_MARK | DROPPED],
    ]);
    expect(job?.marks).toEqual([{ atMs: 210, valueMs: 180, traceIndex: 2 }]);
    expect(job?.firings.map((f) => [f.atMs, f.startMs, f.endMs, f.timing])).toEqual([
      [400, 0, 200, 'on-time'],
    ]);
    expect(job?.jobEvents.map((e) => e.kind)).toEqual(['failed']);
    expect(job?.idleChanges.map((c) => [c.partition, c.idle])).toEqual([['clicks-1', true]]);
    expect(snapshot.eventRangeMs).toEqual([90, 190]);
  });

  test('gives the same picture whether fed at once or in pieces', () => {
    const whole = fold();
    whole.add(TRACE, 0);
    const pieces = fold();
    pieces.add(TRACE.slice(0, 4), 0);
    pieces.add(TRACE.slice(4), 4);
    expect(recordsOf(pieces.snapshot(650).jobs[0])).toEqual(recordsOf(whole.snapshot(650).jobs[0]));
    expect(pieces.snapshot(650).jobs[0]?.firings).toEqual(whole.snapshot(650).jobs[0]?.firings);
  });

  test('truncating to a shorter trace equals folding only that trace, drops undone', () => {
    const truncated = fold();
    truncated.add(TRACE, 0);
    const before = truncated.snapshot(650).jobs[0]?.revision;
    truncated.truncate(5);
    const fresh = fold();
    fresh.add(TRACE.slice(0, 5), 0);
    const job = truncated.snapshot(350).jobs[0];
    expect(recordsOf(job)).toEqual(recordsOf(fresh.snapshot(350).jobs[0]));
    expect(recordsOf(job)[2]).toEqual([150, 300, BEHIND_MARK]);
    expect(job?.firings).toEqual([]);
    expect(job?.jobEvents).toEqual([]);
    expect(job?.revision).not.toBe(before);
  });

  test('a Kafka Streams job has no watermark: its line is the largest timestamp seen', () => {
    const timeline = fold([STREAMS]);
    timeline.add(TRACE, 0);
    const job = timeline.snapshot(650).jobs[0];
    expect(job?.marks.map((m) => [m.atMs, m.valueMs])).toEqual([
      [100, 90],
      [200, 190],
    ]);
    // 150 is behind stream time 190 when it arrives; no drop names this job.
    expect(recordsOf(job)[2]).toEqual([150, 300, BEHIND_MARK]);
  });

  test('hands out the same lists while they do not change, so views can memoise', () => {
    const timeline = fold();
    timeline.add(TRACE.slice(0, 6), 0);
    const first = timeline.snapshot(450).jobs[0];
    timeline.add([appended(460, 3, 455)], 6);
    const second = timeline.snapshot(470).jobs[0];
    expect(second?.firings).toBe(first?.firings);
    expect(second?.records.count).toBe((first?.records.count ?? 0) + 1);
  });

  test('folds a dataflow operator: records of every topic upstream, only its own events', () => {
    const join: TimelineJobInput = {
      id: 'shop/paid',
      label: 'paid in shop',
      job: 'shop',
      operator: 'paid',
      sourceTopics: ['orders', 'payments'],
      semantics: 'flink',
      graceMs: 0,
    };
    const window: TimelineJobInput = { ...join, id: 'shop/per5s', operator: 'per5s' };
    const timeline = createTimelineFold({
      jobs: [join, window],
      partitions: ['orders-0', 'payments-0', 'clicks-0'],
      producers: ['web'],
    });
    const onOrders = (atMs: number, offset: number, eventTimeMs: number): TraceEvent => ({
      ...appended(atMs, offset, eventTimeMs, 'orders-0'),
    });
    timeline.add(
      [
        onOrders(110, 0, 100),
        appended(130, 0, 120, 'payments-0'),
        appended(140, 0, 135, 'clicks-0'),
        {
          atMs: 150,
          type: 'watermark.advanced',
          job: 'shop',
          operator: 'orders',
          watermarkMs: 900,
        },
        { atMs: 410, type: 'watermark.advanced', job: 'shop', operator: 'paid', watermarkMs: 400 },
        onOrders(420, 1, 300),
        {
          atMs: 430,
          type: 'window.late.dropped',
          job: 'shop',
          operator: 'paid',
          key: 'k0',
          eventTimeMs: 300,
          partition: 'orders-0',
          offset: 1,
        },
        {
          atMs: 440,
          type: 'window.fired',
          job: 'shop',
          operator: 'per5s',
          key: 'k0',
          window: [0, 5000],
          value: 2,
          timing: 'on-time',
        },
        { atMs: 450, type: 'checkpoint.completed', job: 'shop', checkpoint: 1, durationMs: 20 },
      ],
      0,
    );
    const [paid, per5s] = timeline.snapshot(500).jobs;
    // clicks-0 feeds neither; the record at 300 arrived behind the join's watermark 400 and was
    // dropped by the join, which the window operator never saw.
    expect(recordsOf(paid)).toEqual([
      [100, 110, 0],
      [120, 130, 0],
      [300, 420, BEHIND_MARK | DROPPED],
    ]);
    expect(recordsOf(per5s)).toEqual([
      [100, 110, 0],
      [120, 130, 0],
      [300, 420, 0],
    ]);
    expect(paid?.marks.map((m) => m.valueMs)).toEqual([400]);
    expect(per5s?.marks).toEqual([]);
    expect(paid?.firings).toEqual([]);
    expect(per5s?.firings.map((f) => f.timing)).toEqual(['on-time']);
    expect(paid?.jobEvents.map((e) => e.checkpoint)).toEqual([1]);
    expect(per5s?.jobEvents.map((e) => e.checkpoint)).toEqual([1]);
    expect([paid?.label, paid?.operator, paid?.sourceTopics]).toEqual([
      'paid in shop',
      'paid',
      ['orders', 'payments'],
    ]);
  });

  test('a stream job and a dataflow of the same name keep their watermarks apart', () => {
    const operator: TimelineJobInput = { ...FLINK, id: 'counts/w', operator: 'w' };
    const timeline = fold([FLINK, operator]);
    timeline.add(
      [
        { atMs: 10, type: 'watermark.advanced', job: 'counts', watermarkMs: 5 },
        { atMs: 20, type: 'watermark.advanced', job: 'counts', operator: 'w', watermarkMs: 7 },
      ],
      0,
    );
    const [job, dataflow] = timeline.snapshot(30).jobs;
    expect(job?.marks.map((m) => m.valueMs)).toEqual([5]);
    expect(dataflow?.marks.map((m) => m.valueMs)).toEqual([7]);
  });
});
