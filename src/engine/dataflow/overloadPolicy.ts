// What a subtask does with records beyond its capacity (`overload` on an operator with
// `recordsPerSecond`). `backpressure`, the default, is credit-based flow control (channels.ts) and
// needs nothing here. `shed` and `sample` need to know when the subtask is over capacity: every
// period (100 ms, as a stream job's poll, or one tick if longer) it compares the records that
// arrived in the period that ended, and those waiting when it began, each with what it can process
// in a period, and acts on the answer during the next one. Measuring the load offered, not the
// queue, means a subtask that keeps up by dropping stays over capacity, so sampling keeps exactly
// samplePercent of the input for as long as the input is too much, and a tick's rounding of the
// budget never makes a subtask that keeps up drop anything.
// While over capacity, `shed` drops what waits beyond one period of work (the newest on a channel,
// the oldest in a log, which is all a source can skip), so the subtask stays busy on fresh
// records; `sample` keeps each record it reads with probability samplePercent/100 (a dropped one
// costs no capacity), drawn from the subtask's own random stream. Must not touch other dataflows
// or anything outside this one.

import { createStream, type RngState } from '../core/prng.ts';
import { chance } from '../core/randomDraws.ts';
import { emit } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import type { DataflowPlan } from './dataflowPlan.ts';
import type { DataflowState, OverloadWatch } from './dataflowTypes.ts';
import type { OperatorContext } from './operators/operatorContext.ts';

/** How long one measuring period lasts, at least: the default poll interval of a stream job. */
const OVERLOAD_PERIOD_MS = 100;

/** What the subtask does in this turn. */
export type OverloadAction = 'none' | 'shed' | 'sample';

/** A turn's sampling: the subtask's stream and the share it keeps, in percent. */
export interface TurnSampler {
  readonly rng: RngState;
  readonly percent: number;
  readonly count: { kept: number; dropped: number };
}

/** Records offered so far and records waiting now: from the log for a source, else its inputs. */
function offeredAndWaiting(ctx: OperatorContext): { offered: number; waiting: number } {
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!.op;
  let offered = 0;
  let waiting = 0;
  if (st.kind === 'source') {
    for (const sp of st.partitions) {
      const ps = ctx.w.m.partitions[sp.partition]!;
      offered += ps.highWatermark;
      waiting += Math.max(0, ps.highWatermark - Math.max(sp.position, ps.logStartOffset));
    }
    return { offered, waiting };
  }
  for (const c of ctx.plan.ops[ctx.op]!.inputChannels[ctx.sub]!) {
    offered += ctx.df.channels[c]!.sent;
    waiting += ctx.df.channels[c]!.records;
  }
  return { offered, waiting };
}

function periodMsOf(ctx: OperatorContext): number {
  return Math.max(OVERLOAD_PERIOD_MS, ctx.plan.tickMs);
}

/** The records the subtask can process in one period, rounded up. */
function periodRecordsOf(ctx: OperatorContext): number {
  const rate = ctx.plan.ops[ctx.op]!.spec.recordsPerSecond ?? 0;
  return Math.ceil((rate * periodMsOf(ctx)) / 1000);
}

function newPeriod(ctx: OperatorContext, over: boolean): OverloadWatch {
  const { offered, waiting } = offeredAndWaiting(ctx);
  return {
    periodEndsAtMs: ctx.w.m.nowMs + periodMsOf(ctx),
    offeredMark: offered,
    backlogAtStart: waiting,
    over,
  };
}

/**
 * The action for this turn of the subtask, closing the measuring period first when it is over.
 * A high watermark that fell (after an unclean election) counts as nothing offered.
 */
export function overloadAction(ctx: OperatorContext): OverloadAction {
  const spec = ctx.plan.ops[ctx.op]!.spec;
  const policy = spec.overload ?? 'backpressure';
  const rate = spec.recordsPerSecond;
  if (policy === 'backpressure' || rate === undefined) return 'none';
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!;
  if (st.overload === null) st.overload = newPeriod(ctx, false);
  const watch = st.overload;
  if (ctx.w.m.nowMs >= watch.periodEndsAtMs) {
    const periodMs = periodMsOf(ctx);
    const arrived = Math.max(0, offeredAndWaiting(ctx).offered - watch.offeredMark);
    // Over capacity: more came in the period than it can process in one, or more was waiting
    // when the period began. A few records always wait in flight or for the next tick, so the
    // two are not added up. Integer arithmetic: records × 1000 against records/s × ms.
    const capacity = rate * periodMs;
    const over = arrived * 1000 > capacity || watch.backlogAtStart * 1000 > capacity;
    st.overload = newPeriod(ctx, over);
  }
  return st.overload.over ? policy : 'none';
}

/** The subtask's sampler for this turn; its stream is made from the run seed at the first draw. */
export function turnSampler(ctx: OperatorContext): TurnSampler {
  const rngs = ctx.df.sampleRngs[ctx.op]!;
  const spec = ctx.plan.ops[ctx.op]!.spec;
  const rng =
    rngs[ctx.sub] ?? createStream(ctx.w.seed, `dataflow:${ctx.plan.spec.id}/${spec.id}/${ctx.sub}`);
  rngs[ctx.sub] = rng;
  const count = ctx.df.overloadCounts[ctx.op]!;
  return { rng, percent: spec.samplePercent ?? 100, count };
}

/** Whether the record just read is kept; counts it either way. */
export function keepSampled(s: TurnSampler): boolean {
  const keep = chance(s.rng, s.percent, 100);
  if (keep) s.count.kept++;
  else s.count.dropped++;
  return keep;
}

/**
 * Drops what has arrived on the subtask's inputs beyond one period of its work, newest first, as
 * a bounded queue refuses what comes when it is full: the subtask always has work waiting, but
 * never more than a period's worth, so what it processes is fresh. Watermarks stay in place. It
 * stops at a barrier, since what follows one belongs to the next checkpoint, and skips a channel
 * held by alignment.
 */
export function shedArrived(ctx: OperatorContext): void {
  const inputs = ctx.plan.ops[ctx.op]!.inputChannels[ctx.sub]!;
  const allowance = Math.max(1, Math.ceil(periodRecordsOf(ctx) / inputs.length));
  let shed = 0;
  for (const c of inputs) {
    const ch = ctx.df.channels[c]!;
    if (ch.blockedBy !== null) continue;
    let end = 0;
    let arrived = 0;
    for (; end < ch.queue.length; end++) {
      const el = ch.queue[end]!;
      if (el.at > ctx.w.m.nowMs || el.t === 'b') break;
      if (el.t === 'r') arrived++;
    }
    if (arrived <= allowance) continue;
    let keep = allowance;
    const head = ch.queue.slice(0, end).filter((el) => el.t !== 'r' || keep-- > 0);
    const dropped = end - head.length;
    ch.queue.splice(0, end, ...head);
    ch.records -= dropped;
    shed += dropped;
  }
  ctx.df.overloadCounts[ctx.op]!.shed += shed;
}

/**
 * A source that sheds skips ahead in its partitions so that at most one period of its work is left
 * unread: it can only skip the oldest records of a log, so it keeps the freshest.
 */
export function shedUnread(ctx: OperatorContext): void {
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!.op;
  if (st.kind !== 'source') return;
  const allowance = Math.max(1, Math.ceil(periodRecordsOf(ctx) / st.partitions.length));
  let shed = 0;
  for (const sp of st.partitions) {
    const ps = ctx.w.m.partitions[sp.partition]!;
    if (ps.leader < 0 || !ctx.w.m.brokers[ps.leader]!.up) continue;
    const from = Math.max(sp.position, ps.logStartOffset);
    const skip = ps.highWatermark - from - allowance;
    if (skip <= 0) continue;
    shed += skip;
    sp.position = from + skip;
  }
  ctx.df.overloadCounts[ctx.op]!.shed += shed;
}

/**
 * Reports, with each metrics sample, what every operator shed or sampled away since the last
 * one: a `records.shed` or `records.sampled` event per operator that dropped anything.
 */
export function reportOverload(w: World, plan: DataflowPlan, df: DataflowState): void {
  plan.ops.forEach((o, op) => {
    const count = df.overloadCounts[op]!;
    const job = plan.spec.id;
    if (count.shed > 0)
      emit(w, {
        atMs: w.m.nowMs,
        type: 'records.shed',
        job,
        operator: o.spec.id,
        count: count.shed,
      });
    if (count.dropped > 0)
      emit(w, {
        atMs: w.m.nowMs,
        type: 'records.sampled',
        job,
        operator: o.spec.id,
        kept: count.kept,
        dropped: count.dropped,
      });
    df.overloadCounts[op] = { shed: 0, kept: 0, dropped: 0 };
  });
}
