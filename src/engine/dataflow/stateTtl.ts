// State time-to-live, as Flink's StateTtlConfig with the default update type (OnCreateAndWrite) and
// NeverReturnExpired visibility: an entry not written for `stateTtlMs` is gone, whether or not the
// background cleanup has removed it yet. State size counts what is held now.

import { emit } from '../world/worldOps.ts';
import type { OperatorState } from './dataflowTypes.ts';
import type { OperatorContext } from './operators/operatorContext.ts';

/** Entries of keyed state (or buffered records) the operator state holds now. */
export function stateSize(op: OperatorState): number {
  switch (op.kind) {
    case 'aggregate':
      return Object.keys(op.keys).length;
    case 'window':
      return Object.keys(op.window.panes).length;
    case 'tableJoin':
    case 'materialize':
      return Object.keys(op.rows).length;
    case 'intervalJoin':
      return [op.left, op.right].reduce(
        (n, side) => n + Object.values(side).reduce((m, list) => m + list.length, 0),
        0,
      );
    case 'windowJoin':
      return Object.values(op.panes).reduce((n, p) => n + p.left.length + p.right.length, 0);
    case 'sink':
      return op.staged.length;
    default:
      return 0;
  }
}

/** True when an entry written at `writtenAtMs` has outlived the operator's TTL. */
export function isExpired(ctx: OperatorContext, writtenAtMs: number): boolean {
  const spec = ctx.plan.ops[ctx.op]!.spec;
  const ttl = 'stateTtlMs' in spec ? spec.stateTtlMs : undefined;
  return ttl !== undefined && ctx.w.m.nowMs - writtenAtMs >= ttl;
}

/** Removes expired entries of a subtask's keyed state and traces how many went. */
export function cleanExpiredState(ctx: OperatorContext): void {
  const op = ctx.df.subtasks[ctx.op]![ctx.sub]!.op;
  let removed = 0;
  const table = op.kind === 'aggregate' ? op.keys : op.kind === 'materialize' ? op.rows : null;
  if (table === null) return;
  for (const name of Object.keys(table)) {
    if (isExpired(ctx, table[name]!.writtenAtMs)) {
      delete table[name];
      removed++;
    }
  }
  if (removed > 0) {
    emit(ctx.w, {
      atMs: ctx.w.m.nowMs,
      type: 'state.expired',
      job: ctx.plan.spec.id,
      operator: ctx.plan.ops[ctx.op]!.spec.id,
      subtask: ctx.sub,
      count: removed,
    });
  }
}
