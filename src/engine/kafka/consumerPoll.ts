// A consumer's poll loop: poll, process the returned records one after another, commit as the
// commit mode says, and poll again; after an empty poll it backs off. Rebalance work (joining,
// applying an assignment) happens inside poll, as in Kafka's Java client.

import { refreshConsumerMetadataIfDue } from './consumerMetadata.ts';
import { EventKind } from '../world/eventKinds.ts';
import { TraceCode } from '../trace/traceStore.ts';
import { emit, emitColumns, schedule } from '../world/worldOps.ts';
import { IN_PROCESS_STRIDE } from '../world/consumerState.ts';
import type { World } from '../world/worldTypes.ts';
import { applyPendingSync, isAlive, rejoin } from './consumerMember.ts';
import { commitOffset, commitPositions } from './offsetCommit.ts';
import { linkBlocked } from './networkFaults.ts';
import { firstPoisonOffset, handlePoison } from './poisonRecords.ts';
import { isRemoved } from './logCompaction.ts';

/** Schedules the next poll `afterMs` from now, replacing any poll already scheduled. */
export function schedulePoll(w: World, consumer: number, afterMs: number): void {
  const cs = w.m.consumers[consumer]!;
  cs.pollToken++;
  if (cs.slowFactor !== 1) afterMs = Math.ceil(afterMs * cs.slowFactor);
  schedule(w, w.m.nowMs + afterMs, EventKind.consumerPoll, consumer, cs.epoch, cs.pollToken);
}

/** Polls again soon (after the fetch round trip) unless records are being processed. */
export function kickPoll(w: World, consumer: number): void {
  if (w.m.consumers[consumer]!.busy) return;
  schedulePoll(w, consumer, w.index.consumers[consumer]!.fetchDelayMs);
}

/** OFFSET_OUT_OF_RANGE: the position is not in the log any more, so `auto.offset.reset` decides. */
function resetOutOfRange(w: World, consumer: number, partition: number): void {
  const c = w.index.consumers[consumer]!;
  const ps = w.m.partitions[partition]!;
  const policy = c.spec.autoOffsetReset;
  const offset = policy === 'earliest' ? ps.logStartOffset : ps.highWatermark;
  w.m.consumers[consumer]!.positions[partition] = offset;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'consumer.offset.reset',
    consumer: c.id,
    partition: w.index.partitionNames[partition]!,
    offset,
    policy: `${policy} (out of range)`,
  });
}

/** Sets the fetch position of a newly assigned partition from the committed offset or the reset policy. */
export function initPosition(w: World, consumer: number, partition: number): void {
  const c = w.index.consumers[consumer]!;
  const cs = w.m.consumers[consumer]!;
  const committed = w.m.groups[c.group]!.committed[partition]!;
  if (committed >= 0) {
    cs.positions[partition] = committed;
    return;
  }
  const ps = w.m.partitions[partition]!;
  const policy = c.spec.autoOffsetReset;
  const offset = policy === 'earliest' ? ps.logStartOffset : ps.highWatermark;
  cs.positions[partition] = offset;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'consumer.offset.reset',
    consumer: c.id,
    partition: w.index.partitionNames[partition]!,
    offset,
    policy,
  });
}

function maybeAutoCommit(w: World, consumer: number): void {
  const cs = w.m.consumers[consumer]!;
  const commit = w.index.consumers[consumer]!.spec.commit;
  if (commit.mode !== 'auto' || w.m.nowMs - cs.lastAutoCommitAtMs < commit.intervalMs) return;
  cs.lastAutoCommitAtMs = w.m.nowMs;
  // Auto-commit inside poll commits what earlier polls returned, which has been processed by now.
  if (!cs.joining) commitPositions(w, consumer);
}

/** Adds one fetched range to `out` and traces it. */
function addRun(
  w: World,
  consumer: number,
  p: number,
  from: number,
  to: number,
  out: number[],
): void {
  out.push(p, from, to - from);
  emitColumns(w, TraceCode.consumerFetched, consumer, p, from, to - from);
}

/**
 * Adds the runs of offsets in [from, to) that hold records to `out`. Compaction leaves gaps, and
 * a consumer never receives what is not there, so each run becomes its own fetched range.
 */
function addPresentRuns(
  w: World,
  consumer: number,
  p: number,
  from: number,
  to: number,
  out: number[],
): void {
  if (to <= from) return;
  const removed = w.m.partitions[p]!.compactedAway;
  if (removed.length === 0) {
    addRun(w, consumer, p, from, to, out);
    return;
  }
  let start = -1;
  for (let o = from; o <= to; o++) {
    const present = o < to && !isRemoved(removed, o);
    if (present && start < 0) start = o;
    if (!present && start >= 0) {
      addRun(w, consumer, p, start, o, out);
      start = -1;
    }
  }
}

/**
 * How many offsets from `from` (up to `end`) hold `budget` records. Compaction gaps are not
 * records: a fetch skips them without counting them against `max.poll.records`, as Kafka's fetch
 * returns the records that are there. Without gaps this is min(budget, end - from).
 */
function offsetsForRecords(removed: readonly number[], from: number, end: number, budget: number) {
  if (removed.length === 0) return Math.min(budget, end - from);
  let o = from;
  for (let taken = 0; o < end && taken < budget; o++) if (!isRemoved(removed, o)) taken++;
  return o - from;
}

/** Records (offsets that are not compaction gaps) in [from, to). */
function recordsIn(removed: readonly number[], from: number, to: number): number {
  if (removed.length === 0) return to - from;
  let n = 0;
  for (let o = from; o < to; o++) if (!isRemoved(removed, o)) n++;
  return n;
}

/** Fetched ranges go into `ranges` (the consumer's own, empty while it is not busy). */
function fetchRecords(w: World, consumer: number, ranges: number[]): void {
  const c = w.index.consumers[consumer]!;
  const cs = w.m.consumers[consumer]!;
  let budget = c.spec.maxPollRecords;
  const n = cs.assigned.length;
  for (let k = 0; k < n && budget > 0; k++) {
    const p = cs.assigned[(cs.roundRobinStart + k) % n]!;
    const ps = w.m.partitions[p]!;
    // A partition without a reachable live leader returns nothing until that changes.
    if (ps.leader < 0 || !w.m.brokers[ps.leader]!.up) continue;
    if (linkBlocked(w, c.id, w.index.brokers[ps.leader]!.id)) continue;
    if (
      cs.positions[p]! > ps.logEndOffset ||
      (cs.positions[p]! >= 0 && cs.positions[p]! < ps.logStartOffset)
    ) {
      resetOutOfRange(w, consumer, p);
    }
    const from = cs.positions[p]!;
    // Consumers see only records below the high watermark: every in-sync replica has them.
    if (from < 0 || ps.highWatermark <= from) continue;
    let count = offsetsForRecords(ps.compactedAway, from, ps.highWatermark, budget);
    const poison = w.m.poisonSeen ? firstPoisonOffset(w, p, from, from + count) : -1;
    // Processing stops at a poison record: the batch ends just before it.
    if (poison >= 0) count = poison - from;
    budget -= recordsIn(ps.compactedAway, from, from + count);
    cs.positions[p] = from + count;
    addPresentRuns(w, consumer, p, from, from + count, ranges);
    if (poison >= 0) {
      const attempts =
        cs.poison?.partition === p && cs.poison.offset === poison ? cs.poison.attempts : 0;
      cs.poison = { partition: p, offset: poison, attempts };
      break;
    }
  }
  if (n > 0) cs.roundRobinStart = (cs.roundRobinStart + 1) % n;
}

/** Handles `consumerPoll`. */
export function onConsumerPoll(w: World, consumer: number, epoch: number, token: number): void {
  const cs = w.m.consumers[consumer]!;
  if (!isAlive(w, consumer) || epoch !== cs.epoch || token !== cs.pollToken) return;
  const c = w.index.consumers[consumer]!;
  cs.lastPollAtMs = w.m.nowMs;
  if (cs.pendingSync >= 0) applyPendingSync(w, consumer);
  refreshConsumerMetadataIfDue(w, consumer);
  if (cs.rejoinNeeded) rejoin(w, consumer);
  maybeAutoCommit(w, consumer);
  // Keyframes copy `inProcess`, so the array itself is reused from poll to poll. What a poll
  // took before is done with by the next poll.
  const ranges = cs.inProcess;
  while (ranges.length > 0) ranges.pop();
  if (!cs.paused) fetchRecords(w, consumer, ranges);
  if (ranges.length === 0 && cs.poison === null) {
    schedulePoll(w, consumer, c.pollBackoffMs + c.fetchDelayMs);
    return;
  }
  if (c.spec.commit.mode === 'before-processing') {
    for (let i = 0; i < ranges.length; i += IN_PROCESS_STRIDE) {
      commitOffset(w, consumer, ranges[i]!, ranges[i + 1]! + ranges[i + 2]!);
      if (cs.epoch !== epoch) return;
    }
  }
  // A poison record costs one record's processing time before it fails.
  let total = cs.poison === null ? 0 : 1;
  for (let i = 0; i < ranges.length; i += IN_PROCESS_STRIDE) total += ranges[i + 2]!;
  const work = cs.processingCarryUs + Math.round(total * c.processingUsPerRecord * cs.slowFactor);
  cs.processingCarryUs = work % 1000;
  cs.busy = true;
  schedule(w, w.m.nowMs + Math.floor(work / 1000), EventKind.consumerProcessed, consumer, epoch);
}

/** Handles `consumerProcessed`: the batch is done; commit if the mode says so, then poll again. */
export function onConsumerProcessed(w: World, consumer: number, epoch: number): void {
  const cs = w.m.consumers[consumer]!;
  if (!isAlive(w, consumer) || epoch !== cs.epoch) return;
  const c = w.index.consumers[consumer]!;
  const ranges = cs.inProcess;
  for (let i = 0; i < ranges.length; i += IN_PROCESS_STRIDE) {
    const partition = ranges[i]!;
    const from = ranges[i + 1]!;
    const count = ranges[i + 2]!;
    cs.processedCount += count;
    emitColumns(w, TraceCode.consumerProcessed, consumer, partition, from, count);
    if (c.spec.commit.mode === 'after-processing' && cs.assigned.includes(partition)) {
      commitOffset(w, consumer, partition, from + count);
      // A crash armed for this commit takes the rest of the batch with it.
      if (cs.epoch !== epoch) return;
    }
  }
  while (cs.inProcess.length > 0) cs.inProcess.pop();
  cs.busy = false;
  const waitMs = cs.poison === null ? 0 : handlePoison(w, consumer);
  if (c.fetchDelayMs + waitMs > 0 || cs.epoch !== epoch) {
    schedulePoll(w, consumer, c.fetchDelayMs + waitMs);
    return;
  }
  // The poll loop goes straight back to poll(): with no fetch delay that is now, in this event.
  cs.pollToken++;
  onConsumerPoll(w, consumer, epoch, cs.pollToken);
}
