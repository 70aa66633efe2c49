// The keyed operators whose state is one entry per key: a running aggregate and a materialized
// table. Both emit a changelog: the key's new value after every record. Entries carry the time of
// their last write for state TTL (see ../stateTtl.ts).

import { emit } from '../../world/worldOps.ts';
import type { AggregateEntry, DfRecord } from '../dataflowTypes.ts';
import { evalExpr, type ExprValue } from '../expr/index.ts';
import type { AggregateFunction } from '../../model/dataflowModel.ts';
import { isExpired } from '../stateTtl.ts';
import { asNumber, out, scopeOf, slot, type OperatorContext } from './operatorContext.ts';

function freshEntry(nowMs: number): AggregateEntry {
  return { count: 0, sum: 0, min: null, max: null, seen: null, writtenAtMs: nowMs };
}

function resultOf(fn: AggregateFunction, e: AggregateEntry): ExprValue {
  switch (fn) {
    case 'count':
      return e.count;
    case 'sum':
      return e.sum;
    case 'min':
      return e.min;
    case 'max':
      return e.max;
    case 'avg':
      return e.count === 0 ? null : e.sum / e.count;
    case 'distinct':
      return e.seen === null ? 0 : Object.keys(e.seen).length;
  }
}

/** Folds one record into its key's aggregate and emits the new value. */
export function processAggregate(ctx: OperatorContext, r: DfRecord): void {
  const s = ctx.plan.ops[ctx.op]!.spec;
  const state = ctx.df.subtasks[ctx.op]![ctx.sub]!.op;
  if (s.kind !== 'aggregate' || state.kind !== 'aggregate') throw new Error('not an aggregate');
  const v = evalExpr(ctx.plan.ops[ctx.op]!.exprs.of!, scopeOf(r));
  const name = slot(r.key);
  const held = Object.hasOwn(state.keys, name) ? state.keys[name]! : null;
  // An expired entry is never returned, even before cleanup removes it (NeverReturnExpired).
  const e = held !== null && !isExpired(ctx, held.writtenAtMs) ? held : freshEntry(ctx.w.m.nowMs);
  state.keys[name] = e;
  e.writtenAtMs = ctx.w.m.nowMs;
  const n = asNumber(v);
  // Count and distinct take every record; the numeric aggregates skip values that are not numbers.
  e.count++;
  if (n !== null) {
    e.sum += n;
    e.min = e.min === null ? n : Math.min(e.min, n);
    e.max = e.max === null ? n : Math.max(e.max, n);
  }
  if (s.fn === 'distinct') (e.seen ??= {})[slot(String(v))] = true;
  out(ctx, { ...r, value: resultOf(s.fn, e) });
}

/** Upserts the record's value as its key's row (a null value deletes it) and emits the change. */
export function processMaterialize(ctx: OperatorContext, r: DfRecord): void {
  const state = ctx.df.subtasks[ctx.op]![ctx.sub]!.op;
  if (state.kind !== 'materialize') throw new Error('not a materialize');
  if (r.value === null) delete state.rows[slot(r.key)];
  else state.rows[slot(r.key)] = { value: r.value, writtenAtMs: ctx.w.m.nowMs };
  emit(ctx.w, {
    atMs: ctx.w.m.nowMs,
    type: 'table.updated',
    job: ctx.plan.spec.id,
    operator: ctx.plan.ops[ctx.op]!.spec.id,
    key: r.key,
    value: r.value,
  });
  out(ctx, r);
}
