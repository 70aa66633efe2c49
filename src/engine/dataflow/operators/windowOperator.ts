// The keyed event-time window aggregate inside a dataflow: the Flink kernel of ../../flink run per
// subtask. On-time and late results go downstream with the window's maximum timestamp (end - 1) as
// their event time; records too late for every window go to the trace, as Flink's side output.

import { advanceWatermark } from '../../flink/advanceWatermark.ts';
import { processRecord } from '../../flink/processRecord.ts';
import type { WindowOperatorContext } from '../../flink/windowOperatorState.ts';
import { emit } from '../../world/worldOps.ts';
import type { DfRecord } from '../dataflowTypes.ts';
import { asNumber, out, type OperatorContext } from './operatorContext.ts';

function kernel(ctx: OperatorContext): WindowOperatorContext {
  const s = ctx.plan.ops[ctx.op]!.spec;
  const state = ctx.df.subtasks[ctx.op]![ctx.sub]!.op;
  if (s.kind !== 'window' || state.kind !== 'window') throw new Error('not a window operator');
  return {
    spec: {
      assigner: s.assigner,
      allowedLatenessMs: s.allowedLatenessMs,
      aggregate: s.aggregate,
      accumulation: s.accumulation ?? 'accumulating',
    },
    state: state.window,
    outputs: [],
  };
}

function flush(ctx: OperatorContext, k: WindowOperatorContext, source: DfRecord | null): void {
  const job = ctx.plan.spec.id;
  const operator = ctx.plan.ops[ctx.op]!.spec.id;
  const nowMs = ctx.w.m.nowMs;
  for (const o of k.outputs) {
    if (o.type === 'result') {
      emit(ctx.w, {
        atMs: nowMs,
        type: 'window.fired',
        job,
        operator,
        key: o.key,
        window: [o.window[0], o.window[1]],
        value: o.value,
        timing: o.timing,
      });
      out(ctx, {
        key: o.key,
        value: o.value,
        fields: null,
        ts: o.timestampMs,
        bornAtMs: source?.bornAtMs ?? nowMs,
        partition: source?.partition ?? -1,
        offset: source?.offset ?? -1,
        window: [o.window[0], o.window[1]],
      });
    } else if (o.type === 'late-dropped' && source) {
      emit(ctx.w, {
        atMs: nowMs,
        type: 'window.late.dropped',
        job,
        operator,
        key: o.key,
        eventTimeMs: o.timestampMs,
        partition: ctx.w.index.partitionNames[source.partition] ?? '',
        offset: source.offset,
      });
    }
  }
}

export function processWindowRecord(ctx: OperatorContext, r: DfRecord): void {
  const k = kernel(ctx);
  processRecord(k, {
    type: 'record',
    key: r.key,
    value: asNumber(r.value) ?? 0,
    timestampMs: r.ts,
  });
  flush(ctx, k, r);
}

export function advanceWindowWatermark(ctx: OperatorContext, watermarkMs: number): void {
  const k = kernel(ctx);
  advanceWatermark(k, watermarkMs);
  flush(ctx, k, null);
}
