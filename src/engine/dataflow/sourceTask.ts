// A source subtask: it reads its Kafka partitions (partition p belongs to subtask p mod
// parallelism) below their high watermarks, generates Flink's per-partition watermarks, and emits
// the minimum over partitions that are not idle, periodically. It reads nothing while its output
// has no credit, which is how backpressure turns into consumer lag.

import { recordAt } from '../kafka/partitionLog.ts';
import { resetIfOutOfRange } from '../kafka/readerOffsetReset.ts';
import type { LogRecord } from '../view/worldView.ts';
import { broadcast } from './channels.ts';
import { reportOperatorWatermark } from './inputWatermarks.ts';
import type { DfSourcePartition, DfRecord } from './dataflowTypes.ts';
import { out, type OperatorContext } from './operators/operatorContext.ts';
import { keepSampled, type TurnSampler } from './overloadPolicy.ts';

function state(ctx: OperatorContext) {
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!.op;
  if (st.kind !== 'source') throw new Error('not a source');
  return st;
}

/** A log value as a dataflow sees it: numeric text as a number, other text as it is. */
export function readValue(v: string | null): DfRecord['value'] {
  if (v === null) return null;
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) ? n : v;
}

function onTimestamp(ctx: OperatorContext, sp: DfSourcePartition, rec: LogRecord): void {
  const wm = ctx.plan.spec.watermarks;
  sp.lastRecordAtMs = ctx.w.m.nowMs;
  sp.idle = false;
  sp.maxTimestampMs = Math.max(sp.maxTimestampMs ?? rec.eventTimeMs, rec.eventTimeMs);
  if (wm.strategy === 'punctuated') {
    if (rec.headers?.watermark === 'true')
      sp.watermarkMs = Math.max(sp.watermarkMs ?? rec.eventTimeMs, rec.eventTimeMs);
    return;
  }
  const bound = wm.strategy === 'ascending' ? 0 : (wm.maxOutOfOrdernessMs ?? 0);
  sp.watermarkMs = sp.maxTimestampMs - bound - 1;
}

/**
 * Reads round-robin over the subtask's partitions until `budget` records are kept; returns how
 * many it read and kept. With a sampler a record may be dropped unsent: it costs no budget, but
 * its timestamp still moves the partition's watermark, since the source has read it.
 */
export function readSource(
  ctx: OperatorContext,
  budget: number,
  sampler: TurnSampler | null = null,
): { read: number; kept: number } {
  const st = state(ctx);
  const sub = ctx.df.subtasks[ctx.op]![ctx.sub]!;
  let read = 0;
  let kept = 0;
  let dry = 0;
  while (kept < budget && dry < st.partitions.length && !sub.blocked) {
    const sp = st.partitions[st.next % st.partitions.length]!;
    st.next = (st.next + 1) % st.partitions.length;
    const ps = ctx.w.m.partitions[sp.partition]!;
    if (ps.leader < 0 || !ctx.w.m.brokers[ps.leader]!.up) {
      dry++;
      continue;
    }
    // Checked here so the reader's name is built only on a reset, not for every record read.
    if (sp.position > ps.logEndOffset)
      resetIfOutOfRange(
        ctx.w,
        `${ctx.plan.spec.id}/${ctx.plan.ops[ctx.op]!.spec.id}`,
        sp,
        sp.partition,
      );
    sp.position = Math.max(sp.position, ps.logStartOffset);
    if (sp.position >= ps.highWatermark) {
      dry++;
      continue;
    }
    dry = 0;
    const rec = recordAt(ctx.w, sp.partition, sp.position);
    onTimestamp(ctx, sp, rec);
    if (sampler === null || keepSampled(sampler)) {
      out(ctx, {
        key: rec.key ?? '(null)',
        value: readValue(rec.value),
        fields: null,
        ts: rec.eventTimeMs,
        bornAtMs: rec.producedAtMs,
        partition: sp.partition,
        offset: sp.position,
        window: null,
      });
      kept++;
    }
    sp.position++;
    read++;
  }
  return { read, kept };
}

/** Emits the subtask's watermark (or idleness) when it changed; called every watermark interval. */
export function emitSourceWatermark(ctx: OperatorContext): void {
  const st = state(ctx);
  const idleAfter = ctx.plan.spec.watermarks.idleTimeoutMs;
  const marks: (number | null)[] = [];
  for (const sp of st.partitions) {
    sp.idle = idleAfter !== undefined && ctx.w.m.nowMs - sp.lastRecordAtMs >= idleAfter;
    if (!sp.idle) marks.push(sp.watermarkMs);
  }
  const nowMs = ctx.w.m.nowMs;
  // A subtask with no active partition is idle and must not hold the others back (Flink marks a
  // source without splits idle); a partition without a watermark yet holds everything back.
  const sub = ctx.df.subtasks[ctx.op]![ctx.sub]!;
  if (marks.length === 0) {
    if (!st.idle) broadcast(ctx.plan, ctx.df, nowMs, ctx.op, ctx.sub, { t: 'w', ts: null });
    st.idle = true;
    sub.idle = true;
    return;
  }
  st.idle = false;
  sub.idle = false;
  if (marks.includes(null)) return;
  const min = Math.min(...(marks as number[]));
  if (st.lastWatermarkMs !== null && min <= st.lastWatermarkMs) return;
  st.lastWatermarkMs = min;
  ctx.df.subtasks[ctx.op]![ctx.sub]!.watermarkMs = Math.max(
    min,
    ctx.df.subtasks[ctx.op]![ctx.sub]!.watermarkMs ?? min,
  );
  broadcast(ctx.plan, ctx.df, nowMs, ctx.op, ctx.sub, { t: 'w', ts: min });
  reportOperatorWatermark(ctx);
}
