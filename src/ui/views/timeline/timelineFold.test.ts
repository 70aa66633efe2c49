import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../../engine/index.ts';
import { BEHIND_MARK, DROPPED } from './recordColumns.ts';
import { createTimelineFold } from './timelineFold.ts';
import type { TimelineJob, TimelineJobInput } from './timelineTypes.ts';

const FLINK: TimelineJobInput = {
  id: 'counts',
  sourceTopic: 'clicks',
  semantics: 'flink',
  graceMs: 0,
};
const STREAMS: TimelineJobInput = {
  id: 'ks',
  sourceTopic: 'clicks',
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
});
