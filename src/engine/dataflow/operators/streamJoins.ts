// Two-input keyed joins in event time, with Flink's rules. The interval join pairs a left record a
// with a right record b of the same key when a.ts + lower <= b.ts <= a.ts + upper (both bounds
// inclusive); the result's event time is the larger of the two, and a side's buffered records are
// dropped once the watermark shows no future record can match them. The window join buffers both
// sides per window and emits every pair when the watermark reaches the window's end - 1.

import { windowsFor } from '../../flink/windowsFor.ts';
import { emit } from '../../world/worldOps.ts';
import type { DfRecord } from '../dataflowTypes.ts';
import { out, slot, type OperatorContext } from './operatorContext.ts';

function joined(
  left: DfRecord,
  right: DfRecord,
  ts: number,
  window: [number, number] | null,
): DfRecord {
  return {
    key: left.key,
    value: left.value,
    fields: { ...(left.fields ?? {}), ...(right.fields ?? {}), right: right.value },
    ts,
    bornAtMs: Math.max(left.bornAtMs, right.bornAtMs),
    partition: left.partition,
    offset: left.offset,
    window,
  };
}

function dropLate(ctx: OperatorContext, r: DfRecord): void {
  emit(ctx.w, {
    atMs: ctx.w.m.nowMs,
    type: 'window.late.dropped',
    job: ctx.plan.spec.id,
    operator: ctx.plan.ops[ctx.op]!.spec.id,
    key: r.key,
    eventTimeMs: r.ts,
    partition: ctx.w.index.partitionNames[r.partition] ?? '',
    offset: r.offset,
  });
}

function isLate(ctx: OperatorContext, r: DfRecord): boolean {
  const wm = ctx.df.subtasks[ctx.op]![ctx.sub]!.watermarkMs;
  // Flink's IntervalJoinOperator: late means strictly below the current watermark.
  return wm !== null && r.ts < wm;
}

export function processIntervalJoin(ctx: OperatorContext, r: DfRecord, side: 0 | 1): void {
  const s = ctx.plan.ops[ctx.op]!.spec;
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!.op;
  if (s.kind !== 'intervalJoin' || st.kind !== 'intervalJoin')
    throw new Error('not an interval join');
  if (isLate(ctx, r)) return dropLate(ctx, r);
  const name = slot(r.key);
  const mine = side === 0 ? st.left : st.right;
  const other = side === 0 ? st.right : st.left;
  (mine[name] ??= []).push(r);
  for (const o of other[name] ?? []) {
    const [a, b] = side === 0 ? [r, o] : [o, r];
    if (b.ts >= a.ts + s.lowerBoundMs && b.ts <= a.ts + s.upperBoundMs)
      out(ctx, joined(a, b, Math.max(a.ts, b.ts), null));
  }
}

/** Drops buffered records no future record can match, given the new watermark. */
export function cleanIntervalJoin(ctx: OperatorContext, watermarkMs: number): void {
  const s = ctx.plan.ops[ctx.op]!.spec;
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!.op;
  if (s.kind !== 'intervalJoin' || st.kind !== 'intervalJoin') return;
  // Flink's cleanup timers: a left record goes when the watermark reaches ts + max(upper, 0), a
  // right record when it reaches ts + max(-lower, 0).
  prune(st.left, (a) => a.ts + Math.max(s.upperBoundMs, 0) > watermarkMs);
  prune(st.right, (b) => b.ts + Math.max(-s.lowerBoundMs, 0) > watermarkMs);
}

function prune(buffers: Record<string, DfRecord[]>, keep: (r: DfRecord) => boolean): void {
  for (const name of Object.keys(buffers)) {
    const kept = buffers[name]!.filter(keep);
    if (kept.length === 0) delete buffers[name];
    else buffers[name] = kept;
  }
}

export function processWindowJoin(ctx: OperatorContext, r: DfRecord, side: 0 | 1): void {
  const s = ctx.plan.ops[ctx.op]!.spec;
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!.op;
  if (s.kind !== 'windowJoin' || st.kind !== 'windowJoin') throw new Error('not a window join');
  const wm = ctx.df.subtasks[ctx.op]![ctx.sub]!.watermarkMs;
  const live = windowsFor(s.assigner, r.ts).filter(([, end]) => wm === null || end - 1 > wm);
  if (live.length === 0) return dropLate(ctx, r);
  for (const [start, end] of live) {
    const id = `${start}:${end}:${slot(r.key)}`;
    const pane = (st.panes[id] ??= { key: r.key, window: [start, end], left: [], right: [] });
    (side === 0 ? pane.left : pane.right).push(r);
  }
}

/** Fires every window join pane whose end - 1 the watermark has reached, oldest first. */
export function fireWindowJoin(ctx: OperatorContext, watermarkMs: number): void {
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!.op;
  if (st.kind !== 'windowJoin') return;
  const due = Object.entries(st.panes)
    .filter(([, p]) => p.window[1] - 1 <= watermarkMs)
    .sort(([a, p], [b, q]) => p.window[1] - q.window[1] || (a < b ? -1 : a > b ? 1 : 0));
  for (const [id, pane] of due) {
    for (const a of pane.left)
      for (const b of pane.right) out(ctx, joined(a, b, pane.window[1] - 1, pane.window));
    delete st.panes[id];
  }
}
