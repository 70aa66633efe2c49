// Evaluates a compiled expression against a scope of named values. It never throws: unknown names,
// unknown functions, wrong argument counts and malformed trees (for example from edited saved
// state) all evaluate to null, and every result is a JSON-safe ExprValue.

import { lookupFunction } from './exprFunctions.ts';
import { applyBinary, applyUnary } from './exprOperators.ts';
import type { CompiledExpr, ExprNode, ExprValue } from './exprTypes.ts';
import { isTruthy, toExprValue } from './exprValues.ts';

// compileExpr never builds a tree deeper than 32; the evaluator allows some slack and cuts off
// anything deeper so that a hand-made tree cannot exhaust the stack.
const EVAL_DEPTH_MAX = 64;

type Scope = Readonly<Record<string, unknown>>;
const EMPTY_SCOPE: Scope = Object.freeze(Object.create(null) as Scope);

/**
 * Evaluates `expr` with the names in `scope`. A name is read only when it is an own property of
 * the scope (checked with Object.hasOwn), so `__proto__`, `constructor` or `toString` are plain
 * names that are usually absent, and absent names are null. Values outside the language read as
 * null, and strings are cut to 1,000 characters.
 *
 * @example
 * ```ts
 * const c = compileExpr('concat(key, "-", bucket(value, 10))');
 * if (c.ok) evalExpr(c.expr, { key: 'eu', value: 37 }); // 'eu-30'
 * ```
 */
export function evalExpr(
  expr: CompiledExpr,
  scope: Readonly<Record<string, ExprValue>>,
): ExprValue {
  // Reading own properties in place gives the same guarantee as a null-prototype copy (nothing
  // inherited is ever seen) without copying the whole record for every evaluation.
  const vars: Scope = typeof scope === 'object' && scope !== null ? scope : EMPTY_SCOPE;
  return typeof expr === 'object' && expr !== null ? evalNode(expr.node, vars, 1) : null;
}

function evalNode(node: ExprNode, vars: Scope, depth: number): ExprValue {
  if (depth > EVAL_DEPTH_MAX || typeof node !== 'object' || node === null) return null;
  switch (node.kind) {
    case 'literal':
      return toExprValue(node.value);
    case 'name':
      return Object.hasOwn(vars, node.name) ? toExprValue(vars[node.name]) : null;
    case 'unary':
      return applyUnary(node.op, evalNode(node.arg, vars, depth + 1));
    case 'binary':
      return applyBinary(
        node.op,
        evalNode(node.left, vars, depth + 1),
        evalNode(node.right, vars, depth + 1),
      );
    case 'logical': {
      const left = isTruthy(evalNode(node.left, vars, depth + 1));
      if (node.op === '&&') return left && isTruthy(evalNode(node.right, vars, depth + 1));
      if (node.op === '||') return left || isTruthy(evalNode(node.right, vars, depth + 1));
      return null;
    }
    case 'conditional':
      return isTruthy(evalNode(node.test, vars, depth + 1))
        ? evalNode(node.then, vars, depth + 1)
        : evalNode(node.otherwise, vars, depth + 1);
    case 'call':
      return evalCall(node, vars, depth);
    default:
      return null;
  }
}

function evalCall(node: ExprNode & { kind: 'call' }, vars: Scope, depth: number): ExprValue {
  const fn = typeof node.fn === 'string' ? lookupFunction(node.fn) : undefined;
  // A hand-edited tree may lack its argument list; Array.isArray guards that before it is read.
  const list: readonly ExprNode[] = node.args;
  if (fn === undefined || !Array.isArray(list)) return null;
  if (list.length < fn.argsMin || list.length > fn.argsMax) return null;
  const args = list.map((a: ExprNode) => evalNode(a, vars, depth + 1));
  // Normalising again costs little and keeps the JSON-safety promise independent of each function.
  return toExprValue(fn.apply(args));
}
