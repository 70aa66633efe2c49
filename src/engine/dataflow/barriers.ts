// Aligned checkpoint barriers (Chandy-Lamport, as Flink aligns them): a subtask that receives
// barrier n on one input stops reading that input until barrier n has come on every input, then
// snapshots its state, forwards the barrier and reads on. Terminal subtasks acknowledge, and a
// transactional sink pre-commits the rows it staged before the barrier.

import { emit, schedule } from '../world/worldOps.ts';
import { EventKind } from '../world/eventKinds.ts';
import { broadcast } from './channels.ts';
import { cloneOperatorStateFast } from './cloneDataflowState.ts';
import type { OperatorContext } from './operators/operatorContext.ts';

/** Handles barrier `id` arriving on `channel`. */
export function onBarrier(ctx: OperatorContext, channel: number, id: number): void {
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!;
  const nowMs = ctx.w.m.nowMs;
  st.aligning ??= { id, sinceMs: nowMs };
  ctx.df.channels[channel]!.blockedBy = id;
  const inputs = ctx.plan.ops[ctx.op]!.inputChannels[ctx.sub]!;
  if (!inputs.every((c) => ctx.df.channels[c]!.blockedBy === id)) return;
  for (const c of inputs) ctx.df.channels[c]!.blockedBy = null;
  emit(ctx.w, {
    atMs: nowMs,
    type: 'barrier.aligned',
    job: ctx.plan.spec.id,
    operator: ctx.plan.ops[ctx.op]!.spec.id,
    subtask: ctx.sub,
    checkpoint: id,
    alignmentMs: nowMs - st.aligning.sinceMs,
  });
  st.aligning = null;
  snapshotSubtask(ctx, id);
  broadcast(ctx.plan, ctx.df, nowMs, ctx.op, ctx.sub, { t: 'b', id });
}

/** Puts the subtask's state into checkpoint `id` and acknowledges if nothing reads it. */
export function snapshotSubtask(ctx: OperatorContext, id: number): void {
  const pending = ctx.df.pending;
  if (pending?.id !== id) return;
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!;
  const spec = ctx.plan.ops[ctx.op]!.spec;
  if (st.op.kind === 'sink' && spec.kind === 'sink' && spec.sink === 'transactional') {
    ctx.df.precommitted.push({ id, sink: ctx.op, rows: st.op.staged });
    st.op.staged = [];
  }
  pending.states[ctx.op]![ctx.sub] = cloneOperatorStateFast(st.op);
  if (ctx.plan.ops[ctx.op]!.out.length > 0) return;
  pending.acks++;
  if (pending.acks === ctx.plan.terminalSubtasks) {
    const ackDelayMs = ctx.plan.spec.checkpoint?.ackDelayMs ?? 20;
    schedule(
      ctx.w,
      nowPlus(ctx, ackDelayMs),
      EventKind.dataflowCheckpointAck,
      ctx.d,
      ctx.df.attempt,
      id,
    );
  }
}

function nowPlus(ctx: OperatorContext, ms: number): number {
  return ctx.w.m.nowMs + ms;
}
