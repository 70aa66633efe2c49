// The three sinks of the exactly-once lesson, per sink subtask. An append sink writes every row,
// so rows a recovery produces again show up twice; an idempotent upsert keeps one row per key
// (and window), so they overwrite themselves; a transactional sink stages rows until the barrier,
// pre-commits them with that checkpoint, and makes them visible when the checkpoint completes.

import { emit } from '../../world/worldOps.ts';
import type { DataflowState, DfRecord, SinkRow } from '../dataflowTypes.ts';
import type { OperatorContext } from './operatorContext.ts';

/** A row's identity for an upsert: its key and window, as a string no key can forge. */
function rowId(row: SinkRow): string {
  return row.window === null ? `#${row.key}` : `${row.window[0]}:${row.window[1]}#${row.key}`;
}

/** Makes rows visible to readers of sink `op`, by the sink's kind. */
export function publishRows(
  df: DataflowState,
  op: number,
  kind: 'append' | 'idempotent-upsert' | 'transactional',
  rows: readonly SinkRow[],
  nowMs: number,
): void {
  const output = (df.outputs[op] ??= []);
  for (const row of rows) {
    const visible = { ...row, atMs: nowMs };
    df.latenciesSinceSample.push(Math.max(0, nowMs - (row.atMs - row.latencyMs)));
    if (kind !== 'idempotent-upsert') {
      output.push(visible);
      continue;
    }
    const index = (df.upsertIndex[op] ??= {});
    const id = rowId(visible);
    const at = index[id];
    if (at !== undefined) output[at] = visible;
    else {
      index[id] = output.length;
      output.push(visible);
    }
  }
}

export function processSink(ctx: OperatorContext, r: DfRecord): void {
  const s = ctx.plan.ops[ctx.op]!.spec;
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!.op;
  if (s.kind !== 'sink' || st.kind !== 'sink') throw new Error('not a sink');
  const nowMs = ctx.w.m.nowMs;
  // `latencyMs` holds the latency at write; publishing recomputes it for the visible time.
  const row: SinkRow = {
    key: r.key,
    value: r.value,
    window: r.window,
    atMs: nowMs,
    latencyMs: nowMs - r.bornAtMs,
  };
  if (s.sink === 'transactional') st.staged.push(row);
  else publishRows(ctx.df, ctx.op, s.sink, [row], nowMs);
  emit(ctx.w, {
    atMs: nowMs,
    type: 'dataflow.output',
    job: ctx.plan.spec.id,
    sink: s.id,
    key: r.key,
    value: r.value,
    window: r.window,
    visibility: s.sink === 'transactional' ? 'staged' : 'visible',
    latencyMs: nowMs - r.bornAtMs,
  });
}
