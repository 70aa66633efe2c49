// The static execution plan of a dataflow, derived once from its spec: operators in topological
// order, the edges between them with their partitioning, one channel per pair of connected
// subtasks, and compiled expressions. Nothing here changes during a run, so keyframes skip it.

import type { DataflowOperatorSpec, DataflowSpec } from '../model/dataflowModel.ts';
import { compileExpr, type CompiledExpr } from './expr/index.ts';

/**
 * How an edge spreads records over the receiver's subtasks: `forward` keeps subtask i to i,
 * `hash` sends each key to the subtask owning its key group, `rebalance` goes round-robin.
 */
export type EdgeMode = 'forward' | 'hash' | 'rebalance';

export interface EdgePlan {
  readonly to: number;
  /** Which input of the receiver: 0, or 1 for the right side of a join. */
  readonly input: 0 | 1;
  /** The route name this edge reads from a `route` operator, or null. */
  readonly port: string | null;
  readonly mode: EdgeMode;
  /** Channel ids by sending subtask, then by receiving subtask. */
  readonly channels: readonly (readonly number[])[];
}

export interface ChannelPlan {
  readonly from: number;
  readonly fromSubtask: number;
  readonly to: number;
  readonly toSubtask: number;
  readonly input: 0 | 1;
}

export interface OperatorPlan {
  readonly spec: DataflowOperatorSpec;
  readonly parallelism: number;
  readonly out: readonly EdgePlan[];
  /** Input channel ids per subtask. */
  readonly inputChannels: readonly (readonly number[])[];
  /** Compiled expressions by name: map fields, `where`, `emit.<i>`, `route.<i>`, `key`, `of`. */
  readonly exprs: Readonly<Record<string, CompiledExpr>>;
}

export interface DataflowPlan {
  readonly spec: DataflowSpec;
  /** Operators in topological order; indices everywhere refer to this order. */
  readonly ops: readonly OperatorPlan[];
  readonly opIndex: Readonly<Record<string, number>>;
  readonly channels: readonly ChannelPlan[];
  readonly sinks: readonly number[];
  /** Subtasks of operators nothing reads: a checkpoint completes when all of them acknowledge. */
  readonly terminalSubtasks: number;
  readonly continuous: boolean;
  readonly tickMs: number;
  readonly delayMs: number;
  readonly bufferRecords: number;
}

/** Flink's default maximum parallelism: keys hash into this many key groups. */
export const KEY_GROUPS = 128;

const KEYED_KINDS = new Set(['aggregate', 'window', 'intervalJoin', 'windowJoin', 'materialize']);

/** The upstream references of an operator: `[operator id, route name or null, input side]`. */
export function inputsOf(op: DataflowOperatorSpec): [string, string | null, 0 | 1][] {
  const split = (ref: string, side: 0 | 1): [string, string | null, 0 | 1] => {
    const dot = ref.indexOf('.');
    return dot < 0 ? [ref, null, side] : [ref.slice(0, dot), ref.slice(dot + 1), side];
  };
  if (op.kind === 'source') return [];
  if (op.kind === 'intervalJoin' || op.kind === 'windowJoin')
    return [split(op.left, 0), split(op.right, 1)];
  return [split(op.input, 0)];
}

function topologicalOrder(ops: readonly DataflowOperatorSpec[]): DataflowOperatorSpec[] {
  const byId = new Map(ops.map((o) => [o.id, o]));
  const done = new Set<string>();
  const order: DataflowOperatorSpec[] = [];
  const visit = (op: DataflowOperatorSpec, depth: number): void => {
    if (done.has(op.id)) return;
    if (depth > ops.length) throw new Error(`dataflow has a cycle through ${op.id}`);
    for (const [id] of inputsOf(op)) {
      const up = byId.get(id);
      if (!up) throw new Error(`operator ${op.id} reads unknown operator ${id}`);
      visit(up, depth + 1);
    }
    done.add(op.id);
    order.push(op);
  };
  ops.forEach((op) => visit(op, 0));
  return order;
}

function compile(source: string, what: string): CompiledExpr {
  const result = compileExpr(source);
  if (!result.ok) throw new Error(`${what}: ${result.message}`);
  return result.expr;
}

function exprsOf(op: DataflowOperatorSpec): Record<string, CompiledExpr> {
  const out: Record<string, CompiledExpr> = {};
  const at = `operator ${op.id}`;
  if (op.kind === 'map')
    for (const [field, e] of Object.entries(op.set))
      out[`set.${field}`] = compile(e, `${at} set.${field}`);
  if (op.kind === 'filter') out.where = compile(op.where, `${at} where`);
  if (op.kind === 'flatMap')
    op.emit.forEach((e, i) => (out[`emit.${i}`] = compile(e, `${at} emit[${i}]`)));
  if (op.kind === 'route')
    op.routes.forEach((r, i) => (out[`route.${i}`] = compile(r.when, `${at} routes[${i}].when`)));
  if (op.kind === 'keyBy') out.key = compile(op.key, `${at} key`);
  if (op.kind === 'aggregate') out.of = compile(op.of ?? 'value', `${at} of`);
  return out;
}

function edgeMode(
  from: DataflowOperatorSpec,
  to: DataflowOperatorSpec,
  pFrom: number,
  pTo: number,
): EdgeMode {
  if (from.kind === 'keyBy' || KEYED_KINDS.has(to.kind)) return 'hash';
  return pFrom === pTo ? 'forward' : 'rebalance';
}

/** Builds the plan; throws on a graph the scenario layer should have refused. */
export function buildDataflowPlan(spec: DataflowSpec): DataflowPlan {
  const order = topologicalOrder(spec.operators);
  const opIndex: Record<string, number> = {};
  order.forEach((op, i) => (opIndex[op.id] = i));
  const par = order.map((op) => Math.max(1, op.parallelism ?? 1));
  const channels: ChannelPlan[] = [];
  const inputChannels = order.map((_, i) => Array.from({ length: par[i]! }, () => [] as number[]));
  const out = order.map(() => [] as EdgePlan[]);
  order.forEach((to, t) => {
    for (const [id, port, input] of inputsOf(to)) {
      const f = opIndex[id]!;
      const mode = edgeMode(order[f]!, to, par[f]!, par[t]!);
      const grid = Array.from({ length: par[f]! }, (_, fs) =>
        Array.from({ length: par[t]! }, (_, ts) => {
          if (mode === 'forward' && fs !== ts) return -1;
          const c = channels.length;
          channels.push({ from: f, fromSubtask: fs, to: t, toSubtask: ts, input });
          inputChannels[t]![ts]!.push(c);
          return c;
        }),
      );
      out[f]!.push({ to: t, input, port, mode, channels: grid });
    }
  });
  const sinks = order.flatMap((op, i) => (op.kind === 'sink' ? [i] : []));
  const continuous = (spec.mode ?? 'continuous') === 'continuous';
  return {
    spec,
    ops: order.map((op, i) => ({
      spec: op,
      parallelism: par[i]!,
      out: out[i]!,
      inputChannels: inputChannels[i]!,
      exprs: exprsOf(op),
    })),
    opIndex,
    channels,
    sinks,
    terminalSubtasks: order.reduce((n, _, i) => n + (out[i]!.length === 0 ? par[i]! : 0), 0),
    continuous,
    tickMs: continuous ? (spec.tickMs ?? 10) : (spec.batchIntervalMs ?? 1000),
    delayMs: continuous ? (spec.networkDelayMs ?? 5) : 0,
    bufferRecords: continuous ? (spec.bufferRecords ?? 1000) : Number.MAX_SAFE_INTEGER,
  };
}
