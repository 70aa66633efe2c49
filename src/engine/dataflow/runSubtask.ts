// One turn of one subtask: send what is pending, then read inputs round-robin (skipping channels
// held by barrier alignment and elements still on the wire) within the subtask's capacity, until
// it runs dry, runs out of budget, or cannot send.

import { onBarrier } from './barriers.ts';
import { flushPending } from './channels.ts';
import { onChannelWatermark } from './inputWatermarks.ts';
import type { OperatorContext } from './operators/operatorContext.ts';
import { processRecordAt } from './operators/processElement.ts';
import { refreshTable } from './operators/tableJoin.ts';
import { emitSourceWatermark, readSource } from './sourceTask.ts';
import {
  keepSampled,
  overloadAction,
  shedArrived,
  shedUnread,
  turnSampler,
  type TurnSampler,
} from './overloadPolicy.ts';

/** Records the subtask may process this turn: its rate over one tick, with the fraction carried. */
function budgetFor(ctx: OperatorContext): number {
  const rate = ctx.plan.ops[ctx.op]!.spec.recordsPerSecond;
  if (rate === undefined) return Number.MAX_SAFE_INTEGER;
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!;
  const units = st.budgetCarry + rate * ctx.plan.tickMs;
  st.budgetCarry = units % 1000;
  return Math.floor(units / 1000);
}

/** The next input channel with an element that has arrived and may be read, round-robin. */
function nextReadable(ctx: OperatorContext): number {
  const inputs = ctx.plan.ops[ctx.op]!.inputChannels[ctx.sub]!;
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!;
  for (let k = 0; k < inputs.length; k++) {
    const i = (st.nextInput + k) % inputs.length;
    const ch = ctx.df.channels[inputs[i]!]!;
    const head = ch.queue[0];
    if (head !== undefined && head.at <= ctx.w.m.nowMs && ch.blockedBy === null) {
      st.nextInput = (i + 1) % inputs.length;
      return inputs[i]!;
    }
  }
  return -1;
}

function runSource(ctx: OperatorContext, watermarkDue: boolean, budget: number): void {
  // Spark computes a micro-batch's watermark from the batches before it; Flink's periodic
  // watermark follows the records read in the same interval.
  if (watermarkDue && !ctx.plan.continuous) emitSourceWatermark(ctx);
  const action = overloadAction(ctx);
  const { read, kept } = readSource(ctx, budget, action === 'sample' ? turnSampler(ctx) : null);
  if (action === 'shed' && kept >= budget && !ctx.df.subtasks[ctx.op]![ctx.sub]!.blocked)
    shedUnread(ctx);
  ctx.df.readSinceSample += read;
  ctx.df.subtasks[ctx.op]![ctx.sub]!.processed += kept;
  if (watermarkDue && ctx.plan.continuous) emitSourceWatermark(ctx);
}

/** Reads inputs within the budget; returns the budget left. A sampled-out record costs none. */
function readInputs(ctx: OperatorContext, budget: number, sampler: TurnSampler | null): number {
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!;
  while (budget > 0 && !st.blocked) {
    const c = nextReadable(ctx);
    if (c < 0) return budget;
    const ch = ctx.df.channels[c]!;
    const el = ch.queue.shift()!;
    if (el.t === 'w') onChannelWatermark(ctx, c, el.ts);
    else if (el.t === 'b') onBarrier(ctx, c, el.id);
    else {
      ch.records--;
      ch.idle = false;
      if (sampler !== null && !keepSampled(sampler)) continue;
      st.processed++;
      budget--;
      processRecordAt(ctx, el.r, ctx.plan.channels[c]!.input);
    }
  }
  return budget;
}

export function runSubtask(ctx: OperatorContext, watermarkDue: boolean): void {
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!;
  const kind = ctx.plan.ops[ctx.op]!.spec.kind;
  if (!flushPending(ctx.plan, ctx.df, st)) {
    // A backpressured source still emits its periodic watermark, queued behind the records it
    // has read, as Flink's periodic emitter runs once the task can emit again. Skipping it would
    // freeze event time for as long as the backpressure lasts, and no window would ever fire.
    if (watermarkDue && kind === 'source' && ctx.plan.continuous) emitSourceWatermark(ctx);
    return;
  }
  const budget = budgetFor(ctx);
  if (kind === 'source') return runSource(ctx, watermarkDue, budget);
  if (kind === 'tableJoin') refreshTable(ctx);
  const action = overloadAction(ctx);
  const left = readInputs(ctx, budget, action === 'sample' ? turnSampler(ctx) : null);
  // Shedding drops only what the subtask's own capacity left unread, never what waits because
  // its output is blocked: that is backpressure from further downstream.
  if (action === 'shed' && left === 0 && !st.blocked) shedArrived(ctx);
}
