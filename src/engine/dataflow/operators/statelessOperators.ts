// The record-at-a-time operators without state: map, filter, flatMap, route, enrich against a
// fixed reference table, and keyBy. Each reads one record and emits zero or more.

import type { DfRecord } from '../dataflowTypes.ts';
import { evalExpr, isTruthy } from '../expr/index.ts';
import { keyString, out, scopeOf, withField, type OperatorContext } from './operatorContext.ts';

function spec(ctx: OperatorContext) {
  return ctx.plan.ops[ctx.op]!.spec;
}

function exprs(ctx: OperatorContext) {
  return ctx.plan.ops[ctx.op]!.exprs;
}

function map(ctx: OperatorContext, r: DfRecord, set: Readonly<Record<string, string>>): void {
  const scope = scopeOf(r);
  let next: DfRecord = { ...r };
  // Every expression sees the input record, so `set` order does not matter.
  for (const field of Object.keys(set)) {
    const v = evalExpr(exprs(ctx)[`set.${field}`]!, scope);
    if (field === 'key') next.key = keyString(v);
    else if (field === 'value') next.value = v;
    else next = withField(next, field, v);
  }
  out(ctx, next);
}

function route(
  ctx: OperatorContext,
  r: DfRecord,
  routes: readonly { name: string }[],
  otherwise: string | undefined,
): void {
  const scope = scopeOf(r);
  const hit = routes.findIndex((_, i) => isTruthy(evalExpr(exprs(ctx)[`route.${i}`]!, scope)));
  const port = hit >= 0 ? routes[hit]!.name : otherwise;
  if (port !== undefined) out(ctx, r, port);
}

/** Runs a stateless operator on one record. */
export function processStateless(ctx: OperatorContext, r: DfRecord): void {
  const s = spec(ctx);
  switch (s.kind) {
    case 'map':
      return map(ctx, r, s.set);
    case 'filter':
      if (isTruthy(evalExpr(exprs(ctx).where!, scopeOf(r)))) out(ctx, r);
      return;
    case 'flatMap': {
      const scope = scopeOf(r);
      s.emit.forEach((_, i) => {
        const v = evalExpr(exprs(ctx)[`emit.${i}`]!, scope);
        if (v !== null) out(ctx, { ...r, value: v });
      });
      return;
    }
    case 'route':
      return route(ctx, r, s.routes, s.otherwise);
    case 'enrich': {
      const row = Object.hasOwn(s.table, r.key) ? s.table[r.key]! : null;
      if (row === null && s.missing === 'drop') return;
      out(ctx, withField(r, s.as, row));
      return;
    }
    case 'keyBy':
      out(ctx, { ...r, key: keyString(evalExpr(exprs(ctx).key!, scopeOf(r))) });
      return;
    default:
      throw new Error(`${s.kind} is not a stateless operator`);
  }
}
