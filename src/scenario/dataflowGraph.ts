// The graph checks of one dataflow: operator ids are unique, every `input`, `left` and `right`
// names an operator (and a route of it, for a route operator), nothing reads a sink, there is a
// source, and there is no cycle. When the graph is sound it also returns the operators in
// topological order, which the expression and fan-out checks walk.

import type { DataflowOperatorSpec, DataflowSpec } from '../engine/index.ts';
import { namesAllowed, quoted } from './referenceErrors.ts';
import type { ScenarioError } from './scenarioError.ts';

/** One upstream reference of an operator: the field holding it, the operator and the route. */
export interface OperatorRef {
  readonly field: 'input' | 'left' | 'right';
  readonly from: string;
  readonly route: string | null;
}

export function refsOf(op: DataflowOperatorSpec): OperatorRef[] {
  const split = (field: OperatorRef['field'], ref: string): OperatorRef => {
    const dot = ref.indexOf('.');
    return dot < 0
      ? { field, from: ref, route: null }
      : { field, from: ref.slice(0, dot), route: ref.slice(dot + 1) };
  };
  if (op.kind === 'source') return [];
  if (op.kind === 'intervalJoin' || op.kind === 'windowJoin') {
    return [split('left', op.left), split('right', op.right)];
  }
  return [split('input', op.input)];
}

/** The names a route operator sends to: its routes, and `otherwise` when set. */
export function routeNames(op: DataflowOperatorSpec): string[] {
  if (op.kind !== 'route') return [];
  const names = op.routes.map((r) => r.name);
  return op.otherwise === undefined ? names : [...names, op.otherwise];
}

function checkIds(ops: readonly DataflowOperatorSpec[], path: string): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const seen = new Map<string, number>();
  ops.forEach((op, i) => {
    const first = seen.get(op.id);
    if (first !== undefined) {
      errors.push({
        path: `${path}.operators[${i}].id`,
        message: `repeats the id of ${path}.operators[${first}]`,
        found: quoted(op.id),
        allowed: 'an operator id no other operator of this dataflow uses',
      });
    } else seen.set(op.id, i);
    routeNames(op).forEach((name, r) => {
      if (routeNames(op).indexOf(name) === r) return;
      const isOtherwise = op.kind === 'route' && r >= op.routes.length;
      errors.push({
        path: `${path}.operators[${i}]${isOtherwise ? '.otherwise' : `.routes[${r}].name`}`,
        message: 'repeats an earlier route name of this operator',
        found: quoted(name),
        allowed: 'a route name not used by another route of this operator, or otherwise',
      });
    });
  });
  return errors;
}

function checkRef(
  ref: OperatorRef,
  byId: ReadonlyMap<string, DataflowOperatorSpec>,
  path: string,
): ScenarioError | undefined {
  const written = ref.route === null ? ref.from : `${ref.from}.${ref.route}`;
  const from = byId.get(ref.from);
  if (from === undefined) {
    return {
      path,
      message: 'names no operator of this dataflow',
      found: quoted(written),
      allowed: namesAllowed('one of the operators', [...byId.keys()]),
    };
  }
  if (from.kind === 'sink') {
    return {
      path,
      message: `reads sink ${quoted(from.id)}, which writes out of the dataflow and emits nothing downstream`,
      found: quoted(written),
      allowed: 'an operator other than a sink',
    };
  }
  const routes = routeNames(from);
  if (from.kind === 'route' && (ref.route === null || !routes.includes(ref.route))) {
    return {
      path,
      message:
        ref.route === null
          ? `reads route operator ${quoted(from.id)} without naming a route, so it would receive nothing`
          : `names no route of ${quoted(from.id)}`,
      found: quoted(written),
      allowed: namesAllowed(`"${from.id}.<route>" for one of the routes`, routes),
    };
  }
  if (from.kind !== 'route' && ref.route !== null) {
    return {
      path,
      message: `names a route of ${quoted(from.id)}, a ${from.kind} operator, but only route operators have named outputs`,
      found: quoted(written),
      allowed: quoted(from.id),
    };
  }
  return undefined;
}

/** Operators in an order where each comes after everything it reads, or the cycle found. */
function topologicalOrder(
  ops: readonly DataflowOperatorSpec[],
): { order: DataflowOperatorSpec[] } | { cycle: string[]; at: number } {
  const index = new Map(ops.map((op, i) => [op.id, i]));
  const state: ('new' | 'open' | 'done')[] = ops.map(() => 'new');
  const order: DataflowOperatorSpec[] = [];
  const stack: number[] = [];
  const visit = (i: number): { cycle: string[]; at: number } | undefined => {
    if (state[i] === 'done') return undefined;
    if (state[i] === 'open') {
      const cycle = stack.slice(stack.indexOf(i)).map((j) => ops[j]!.id);
      return { cycle: [...cycle, ops[i]!.id], at: stack.at(-1) ?? i };
    }
    state[i] = 'open';
    stack.push(i);
    for (const ref of refsOf(ops[i]!)) {
      const found = visit(index.get(ref.from) ?? i);
      if (found !== undefined) return found;
    }
    stack.pop();
    state[i] = 'done';
    order.push(ops[i]!);
    return undefined;
  };
  for (let i = 0; i < ops.length; i++) {
    const found = visit(i);
    if (found !== undefined) return found;
  }
  return { order };
}

export type GraphCheck =
  | { readonly ok: true; readonly order: readonly DataflowOperatorSpec[] }
  | { readonly ok: false; readonly errors: ScenarioError[] };

/** Checks the graph of dataflow `dataflow`, whose JSON path is `path`. */
export function checkDataflowGraph(dataflow: DataflowSpec, path: string): GraphCheck {
  const ops = dataflow.operators;
  const errors = checkIds(ops, path);
  const byId = new Map<string, DataflowOperatorSpec>();
  for (const op of ops) if (!byId.has(op.id)) byId.set(op.id, op);
  ops.forEach((op, i) => {
    for (const ref of refsOf(op)) {
      const error = checkRef(ref, byId, `${path}.operators[${i}].${ref.field}`);
      if (error !== undefined) errors.push(error);
    }
  });
  if (!ops.some((op) => op.kind === 'source')) {
    errors.push({
      path: `${path}.operators`,
      message: 'has no source, so no record would ever enter the dataflow',
      found: `${ops.length} operators`,
      allowed: 'at least one operator of kind "source"',
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  const sorted = topologicalOrder(ops);
  if ('order' in sorted) return { ok: true, order: sorted.order };
  const at = sorted.at;
  const ref = refsOf(ops[at]!).find((r) => r.from === sorted.cycle.at(-1));
  const field = ref?.field ?? 'input';
  const written =
    ref === undefined ? '' : ref.route === null ? ref.from : `${ref.from}.${ref.route}`;
  return {
    ok: false,
    errors: [
      {
        path: `${path}.operators[${at}].${field}`,
        // The walk follows inputs upstream; reversed, the cycle reads in the direction records flow.
        message: `closes a cycle: ${[...sorted.cycle].reverse().join(' -> ')}; a dataflow is a graph without cycles`,
        found: quoted(written),
        allowed: `an operator that does not read, directly or not, ${quoted(ops[at]!.id)}`,
      },
    ],
  };
}
