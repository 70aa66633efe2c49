// A subtask's watermark, with Flink's rule for operators with several input channels: the minimum
// over the channels that are not idle, moved only forward. A channel without a watermark yet holds
// the subtask back; when every channel is idle the subtask is idle and says so downstream.

import { emit } from '../world/worldOps.ts';
import { broadcast } from './channels.ts';
import { onOperatorWatermark } from './operators/processElement.ts';
import type { OperatorContext } from './operators/operatorContext.ts';

/** Records a watermark (or idleness, `ts === null`) from one channel and advances the subtask. */
export function onChannelWatermark(ctx: OperatorContext, channel: number, ts: number | null): void {
  const ch = ctx.df.channels[channel]!;
  if (ts === null) ch.idle = true;
  else {
    ch.idle = false;
    ch.watermarkMs = Math.max(ch.watermarkMs ?? ts, ts);
  }
  advanceSubtaskWatermark(ctx);
}

export function advanceSubtaskWatermark(ctx: OperatorContext): void {
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!;
  const nowMs = ctx.w.m.nowMs;
  const active = ctx.plan.ops[ctx.op]!.inputChannels[ctx.sub]!.map(
    (c) => ctx.df.channels[c]!,
  ).filter((ch) => !ch.idle);
  if (active.length === 0) {
    if (!st.idle) broadcast(ctx.plan, ctx.df, nowMs, ctx.op, ctx.sub, { t: 'w', ts: null });
    st.idle = true;
    return;
  }
  st.idle = false;
  if (active.some((ch) => ch.watermarkMs === null)) return;
  const min = Math.min(...active.map((ch) => ch.watermarkMs!));
  if (st.watermarkMs !== null && min <= st.watermarkMs) return;
  st.watermarkMs = min;
  onOperatorWatermark(ctx, min);
  broadcast(ctx.plan, ctx.df, nowMs, ctx.op, ctx.sub, { t: 'w', ts: min });
  reportOperatorWatermark(ctx);
}

/** Traces the operator's watermark (the minimum over its subtasks) when it moves. */
export function reportOperatorWatermark(ctx: OperatorContext): void {
  const marks = ctx.df.subtasks[ctx.op]!.filter((s) => !s.idle).map((s) => s.watermarkMs);
  if (marks.length === 0 || marks.includes(null)) return;
  const min = Math.min(...(marks as number[]));
  const last = ctx.df.opWatermarks[ctx.op] ?? null;
  if (last !== null && min <= last) return;
  ctx.df.opWatermarks[ctx.op] = min;
  emit(ctx.w, {
    atMs: ctx.w.m.nowMs,
    type: 'watermark.advanced',
    job: ctx.plan.spec.id,
    operator: ctx.plan.ops[ctx.op]!.spec.id,
    watermarkMs: min,
  });
}
