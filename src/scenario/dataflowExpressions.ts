// Compiles every expression of a dataflow with the expression language's own compiler, so a
// typo is refused at load time with the compiler's message instead of reading null at run time.
// When the graph is sound, each expression may only name what its records carry: `key`, `value`,
// `eventTime`, and the fields that maps, enrichments and joins upstream add. The same walk counts
// how many copies of one source record flatMaps and fan-out can make.

import { compileExpr, type DataflowOperatorSpec, type DataflowSpec } from '../engine/index.ts';
import { refsOf } from './dataflowGraph.ts';
import { quoted } from './referenceErrors.ts';
import type { ScenarioError } from './scenarioError.ts';
import { RECORD_COPIES_MAX } from './scenarioLimits.ts';

const RECORD_NAMES = ['key', 'value', 'eventTime'] as const;

/** The expressions of an operator, each with the path suffix of the field that holds it. */
function expressionsOf(op: DataflowOperatorSpec): [string, string][] {
  switch (op.kind) {
    case 'map':
      return Object.entries(op.set).map(([field, source]) => [`.set.${field}`, source]);
    case 'filter':
      return [['.where', op.where]];
    case 'flatMap':
      return op.emit.map((source, i) => [`.emit[${i}]`, source]);
    case 'route':
      return op.routes.map((route, i) => [`.routes[${i}].when`, route.when]);
    case 'keyBy':
      return [['.key', op.key]];
    case 'aggregate':
      return op.of === undefined ? [] : [['.of', op.of]];
    default:
      return [];
  }
}

/** The fields records leaving `op` carry, given the fields of what it reads. */
function fieldsOut(
  op: DataflowOperatorSpec,
  upstream: readonly ReadonlySet<string>[],
): Set<string> {
  const fields = new Set<string>(upstream.flatMap((set) => [...set]));
  switch (op.kind) {
    case 'source':
    case 'window':
      // A window result is a new record: key, value (the aggregate) and the window's end - 1.
      return new Set();
    case 'map':
      for (const field of Object.keys(op.set))
        if (field !== 'key' && field !== 'value') fields.add(field);
      return fields;
    case 'enrich':
    case 'tableJoin':
      return fields.add(op.as);
    case 'intervalJoin':
    case 'windowJoin':
      // A joined record has the left value, both sides' fields, and the right value as `right`.
      return fields.add('right');
    default:
      return fields;
  }
}

function compileError(path: string, source: string, message: string): ScenarioError {
  return {
    path,
    message: `does not compile: ${message}`,
    found: quoted(source),
    allowed:
      'an expression of the dataflow expression language (src/engine/dataflow/expr/README.md)',
  };
}

/** Compile errors, syntax only: for a graph whose references are broken. */
export function checkExpressionSyntax(dataflow: DataflowSpec, path: string): ScenarioError[] {
  return dataflow.operators.flatMap((op, i) =>
    expressionsOf(op).flatMap(([suffix, source]) => {
      const result = compileExpr(source);
      return result.ok
        ? []
        : [compileError(`${path}.operators[${i}]${suffix}`, source, result.message)];
    }),
  );
}

/**
 * Compile errors with the names each operator can see, and an error at the first operator that
 * would receive more than RECORD_COPIES_MAX copies of one source record.
 */
export function checkExpressionsInOrder(
  dataflow: DataflowSpec,
  order: readonly DataflowOperatorSpec[],
  path: string,
): ScenarioError[] {
  const at = new Map(dataflow.operators.map((op, i) => [op.id, i]));
  const fields = new Map<string, Set<string>>();
  const copies = new Map<string, number>();
  const errors: ScenarioError[] = [];
  let tooMany: ScenarioError | undefined;
  for (const op of order) {
    const opPath = `${path}.operators[${at.get(op.id) ?? 0}]`;
    const refs = refsOf(op);
    const upstream = refs.map((ref) => fields.get(ref.from) ?? new Set<string>());
    const names = [...RECORD_NAMES, ...new Set(upstream.flatMap((set) => [...set]))];
    for (const [suffix, source] of expressionsOf(op)) {
      const result = compileExpr(source, names);
      if (!result.ok) errors.push(compileError(`${opPath}${suffix}`, source, result.message));
    }
    fields.set(op.id, fieldsOut(op, upstream));
    const fanOut = op.kind === 'flatMap' ? op.emit.length : 1;
    const count =
      op.kind === 'source'
        ? 1
        : refs.reduce((n, ref) => n + (copies.get(ref.from) ?? 0), 0) * fanOut;
    copies.set(op.id, count);
    if (count > RECORD_COPIES_MAX && tooMany === undefined) {
      tooMany = {
        path: opPath,
        message: `would emit ${count} copies of each source record: flatMap fan-outs multiply along a path, and each path that reaches an operator adds its copies`,
        found: quoted(op.id),
        allowed: `at most ${RECORD_COPIES_MAX} copies per source record; fewer emit expressions or fewer paths`,
      };
    }
  }
  return tooMany === undefined ? errors : [...errors, tooMany];
}
