// What an operator function receives: the world, the dataflow's plan and state, and which
// subtask runs. Operators emit through `out`, which applies flow control (see ../channels.ts).

import type { World } from '../../world/worldTypes.ts';
import { emitRecord } from '../channels.ts';
import type { DataflowPlan } from '../dataflowPlan.ts';
import type { DataflowState, DfRecord } from '../dataflowTypes.ts';
import type { ExprValue } from '../expr/index.ts';

export interface OperatorContext {
  readonly w: World;
  readonly plan: DataflowPlan;
  readonly df: DataflowState;
  /** Index of the dataflow in the topology. */
  readonly d: number;
  readonly op: number;
  readonly sub: number;
}

/** Sends a record downstream of the running subtask. */
export function out(ctx: OperatorContext, r: DfRecord, port: string | null = null): void {
  emitRecord(ctx.plan, ctx.df, ctx.w.m.nowMs, ctx.op, ctx.sub, r, port);
}

/** The names an expression sees: `key`, `value`, `eventTime`, then the record's fields. */
export function scopeOf(r: DfRecord): Record<string, ExprValue> {
  const scope: Record<string, ExprValue> = Object.create(null) as Record<string, ExprValue>;
  if (r.fields) for (const [k, v] of Object.entries(r.fields)) scope[k] = v;
  scope.key = r.key;
  scope.value = r.value;
  scope.eventTime = r.ts;
  return scope;
}

/** A numeric reading of a value: numbers as they are, numeric strings parsed, else null. */
export function asNumber(v: ExprValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** The string form of a key computed by an expression; null becomes "(null)", as the window job does. */
export function keyString(v: ExprValue): string {
  return v === null ? '(null)' : String(v);
}

export function withField(r: DfRecord, name: string, v: ExprValue): DfRecord {
  return { ...r, fields: { ...(r.fields ?? {}), [name]: v } };
}

/**
 * The property name under which state keeps a key. Keys come from scenario data, so a raw key such
 * as `__proto__` must never become a property name; the prefix makes every key an ordinary one.
 */
export function slot(key: string): string {
  return `#${key}`;
}

/** The key a state property name holds (see `slot`). */
export function unslot(name: string): string {
  return name.slice(1);
}
