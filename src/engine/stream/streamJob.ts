// A stream processing job in Flink's style: a source that reads every partition of a topic and
// generates watermarks per partition, and a keyed event-time window operator (the Flink kernel in
// ../flink) behind it. The job's watermark is the minimum over partitions that are not idle, and it
// never goes back. Results and dropped late records go to the trace.

import { advanceWatermark } from '../flink/advanceWatermark.ts';
import { processRecord } from '../flink/processRecord.ts';
import type { WindowOperatorContext } from '../flink/windowOperatorState.ts';
import type { WindowOperatorOutput } from '../flink/windowOperatorTypes.ts';
import { recordAt } from '../kafka/partitionLog.ts';
import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import type { LogRecord } from '../view/worldView.ts';
import { scheduleJobLoops } from './jobCheckpoints.ts';
import { writeToSink } from './jobSink.ts';
import { processKafkaStreamsRecord } from './kafkaStreamsWindows.ts';
import { afterRecord, onEarlyTick } from './earlyFirings.ts';
import { resetIfOutOfRange } from '../kafka/readerOffsetReset.ts';
import {
  DEFAULT_PARTITION_DISCOVERY_INTERVAL_MS,
  discoverPartitions,
  discoveryDue,
} from '../kafka/partitionDiscovery.ts';
import { finishSampling, keepRecord, startSampling } from './jobSampling.ts';

function spec(w: World, j: number) {
  return w.scenario.topology.streamJobs![j]!;
}

function topicOf(w: World, j: number) {
  return w.index.topics.find((t) => t.name === spec(w, j).sourceTopic)!;
}

export function startStreamJob(w: World, j: number): void {
  scheduleJobLoops(w, j);
}

function context(w: World, j: number): WindowOperatorContext {
  const win = spec(w, j).window;
  return {
    spec: {
      assigner: win.assigner,
      allowedLatenessMs: win.allowedLatenessMs,
      aggregate: win.aggregate,
      accumulation: win.accumulation ?? 'accumulating',
    },
    state: w.m.streamJobs[j]!.window,
    outputs: [],
  };
}

function emitOutputs(
  w: World,
  j: number,
  outputs: readonly WindowOperatorOutput[],
  source?: LogRecord,
): void {
  const job = w.m.streamJobs[j]!;
  const id = spec(w, j).id;
  for (const o of outputs) {
    if (o.type === 'result') {
      job.firedCount++;
      emit(w, {
        atMs: w.m.nowMs,
        type: 'window.fired',
        job: id,
        key: o.key,
        window: [o.window[0], o.window[1]],
        value: o.value,
        timing: o.timing,
      });
      writeToSink(w, j, {
        key: o.key,
        window: [o.window[0], o.window[1]],
        value: o.value,
        atMs: w.m.nowMs,
      });
    } else if (o.type === 'late-dropped' && source) {
      job.droppedCount++;
      emit(w, {
        atMs: w.m.nowMs,
        type: 'window.late.dropped',
        job: id,
        key: o.key,
        eventTimeMs: o.timestampMs,
        partition: source.partition,
        offset: source.offset,
      });
    }
  }
}

function numericValue(value: string | null): number {
  const n = value === null ? NaN : Number(value);
  return Number.isFinite(n) ? n : 0;
}

/** The per-partition watermark a record moves, by the job's strategy. */
function onRecordTimestamp(w: World, j: number, p: number, r: LogRecord): void {
  const sp = w.m.streamJobs[j]!.partitions[p]!;
  const wm = spec(w, j).watermarks;
  sp.lastRecordAtMs = w.m.nowMs;
  sp.maxTimestampMs = Math.max(sp.maxTimestampMs ?? r.eventTimeMs, r.eventTimeMs);
  if (wm.strategy === 'punctuated') {
    if (r.headers?.watermark === 'true')
      sp.watermarkMs = Math.max(sp.watermarkMs ?? r.eventTimeMs, r.eventTimeMs);
    return;
  }
  const bound = wm.strategy === 'ascending' ? 0 : (wm.maxOutOfOrdernessMs ?? 0);
  sp.watermarkMs = sp.maxTimestampMs - bound - 1;
}

/** Feeds one record to the job's window operator, by the job's semantics. */
function processOne(w: World, j: number, local: number, r: LogRecord): void {
  const key = r.key ?? '(null)';
  if (spec(w, j).semantics === 'kafka-streams') {
    processKafkaStreamsRecord(w, j, r, key, numericValue(r.value));
    return;
  }
  const ctx = context(w, j);
  processRecord(ctx, {
    type: 'record',
    key,
    value: numericValue(r.value),
    timestampMs: r.eventTimeMs,
  });
  if (ctx.outputs.length > 0) emitOutputs(w, j, ctx.outputs, r);
  afterRecord(w, j, key, r.eventTimeMs);
  onRecordTimestamp(w, j, local, r);
}

/** How many records this poll may process: the capacity over one poll interval, with carry. */
function pollBudget(w: World, j: number): number {
  const s = spec(w, j);
  if (s.maxRecordsPerSecond === undefined) return Infinity;
  const job = w.m.streamJobs[j]!;
  const units = job.budgetCarry + s.maxRecordsPerSecond * (s.pollIntervalMs ?? 100);
  job.budgetCarry = units % 1000;
  return Math.floor(units / 1000);
}

/** Adds the partitions added to the topic since the job last looked, read from the earliest offset. */
function discoverJobPartitions(w: World, j: number): void {
  const s = spec(w, j);
  if (
    !discoveryDue(
      w.m.nowMs,
      s.pollIntervalMs ?? 100,
      s.partitionDiscoveryIntervalMs ?? DEFAULT_PARTITION_DISCOVERY_INTERVAL_MS,
    )
  )
    return;
  const job = w.m.streamJobs[j]!;
  const { count } = discoverPartitions(w, { job: s.id }, s.sourceTopic, job.partitions.length);
  while (job.partitions.length < count) {
    job.partitions.push({
      position: 0,
      maxTimestampMs: null,
      watermarkMs: null,
      lastRecordAtMs: w.m.nowMs,
      idle: false,
    });
  }
}

/** Partitions whose leader can be read now, with what each has below its high watermark. */
function readable(w: World, j: number): { local: number; available: number }[] {
  const topic = topicOf(w, j);
  const job = w.m.streamJobs[j]!;
  const out: { local: number; available: number }[] = [];
  for (let local = 0; local < job.partitions.length; local++) {
    const ps = w.m.partitions[topic.base + local]!;
    const sp = job.partitions[local]!;
    if (ps.leader < 0 || !w.m.brokers[ps.leader]!.up) continue;
    resetIfOutOfRange(w, spec(w, j).id, sp, topic.base + local);
    sp.position = Math.max(sp.position, ps.logStartOffset);
    out.push({ local, available: Math.max(0, ps.highWatermark - sp.position) });
  }
  return out;
}

/** Handles `jobPoll`: read what is below each partition's high watermark, within capacity. */
export function onJobPoll(w: World, j: number, attempt: number): void {
  const job = w.m.streamJobs[j]!;
  if (!job.running || job.attempt !== attempt) return;
  discoverJobPartitions(w, j);
  const topic = topicOf(w, j);
  const parts = readable(w, j);
  let budget = pollBudget(w, j);
  const backlog = parts.reduce((n, p) => n + p.available, 0);
  const sampler = startSampling(w, j, backlog, budget);
  // Round-robin one record at a time, so a limited budget is shared fairly between partitions.
  for (let k = 0; budget > 0 && parts.some((p) => p.available > 0); k++) {
    const part = parts[(job.nextPartition + k) % parts.length]!;
    if (part.available === 0) continue;
    const sp = job.partitions[part.local]!;
    const record = recordAt(w, topic.base + part.local, sp.position);
    // A sampled-out record costs no capacity, but the source has read it, so its timestamp
    // still moves the partition's watermark (Kafka Streams' stream time moves only when processed).
    if (sampler === null || keepRecord(sampler)) {
      processOne(w, j, part.local, record);
      budget--;
    } else if (spec(w, j).semantics !== 'kafka-streams')
      onRecordTimestamp(w, j, part.local, record);
    sp.position++;
    part.available--;
  }
  if (sampler !== null) finishSampling(w, j, sampler);
  if (parts.length > 0) job.nextPartition = (job.nextPartition + 1) % parts.length;
  settleOverload(w, j, parts, backlog);
  schedule(w, w.m.nowMs + (spec(w, j).pollIntervalMs ?? 100), EventKind.jobPoll, j, attempt);
}

/** Over capacity: shed what is left (load shedding) or report backpressure while a backlog waits. */
function settleOverload(
  w: World,
  j: number,
  parts: { local: number; available: number }[],
  backlog: number,
): void {
  const s = spec(w, j);
  const job = w.m.streamJobs[j]!;
  const left = parts.reduce((n, p) => n + p.available, 0);
  if (s.overload === 'shed' && left > 0) {
    for (const p of parts) job.partitions[p.local]!.position += p.available;
    job.shedCount += left;
    emit(w, { atMs: w.m.nowMs, type: 'records.shed', job: s.id, count: left });
    return;
  }
  const active = left > 0;
  if (active === job.backpressured) return;
  job.backpressured = active;
  emit(w, { atMs: w.m.nowMs, type: 'job.backpressure', job: s.id, active, backlog });
}

/** Handles `jobWatermarkTick`: the periodic watermark emission (`pipeline.auto-watermark-interval`). */
export function onJobWatermarkTick(w: World, j: number, attempt: number): void {
  const s = spec(w, j);
  const job = w.m.streamJobs[j]!;
  // Kafka Streams has no watermarks: stream time moves with each record instead.
  if (!job.running || job.attempt !== attempt || s.semantics === 'kafka-streams') return;
  schedule(w, w.m.nowMs + (s.watermarks.intervalMs ?? 200), EventKind.jobWatermarkTick, j, attempt);
  advanceJobWatermark(w, j);
  // Early panes come after the watermark: a window that closes now fires on time, not early.
  onEarlyTick(w, j);
}

/** Moves the job's watermark to the minimum over partitions that are not idle, if that is higher. */
function advanceJobWatermark(w: World, j: number): void {
  const s = spec(w, j);
  const job = w.m.streamJobs[j]!;
  const idleAfter = s.watermarks.idleTimeoutMs;
  const marks: (number | null)[] = [];
  job.partitions.forEach((sp, local) => {
    const idle = idleAfter !== undefined && w.m.nowMs - sp.lastRecordAtMs >= idleAfter;
    if (idle !== sp.idle) {
      sp.idle = idle;
      emit(w, {
        atMs: w.m.nowMs,
        type: 'source.partition.idle',
        job: s.id,
        partition: w.index.partitionNames[topicOf(w, j).base + local]!,
        idle,
      });
    }
    if (!idle) marks.push(sp.watermarkMs);
  });
  // A partition without a watermark yet holds everything back, as Long.MIN_VALUE does in Flink;
  // when every partition is idle the watermark waits too.
  if (marks.length === 0 || marks.includes(null)) return;
  const min = Math.min(...(marks as number[]));
  if (job.watermarkMs !== null && min <= job.watermarkMs) return;
  job.watermarkMs = min;
  const ctx = context(w, j);
  advanceWatermark(ctx, min);
  emitOutputs(w, j, ctx.outputs);
  emit(w, { atMs: w.m.nowMs, type: 'watermark.advanced', job: s.id, watermarkMs: min });
}
