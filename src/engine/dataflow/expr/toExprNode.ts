// Turns jsep's parse tree into the language's own plain-data tree, admitting only whitelisted node
// types, operators, names and functions and enforcing the depth and size limits. Anything else
// raises an ExprCompileError whose message names what is allowed instead.

import type jsep from 'jsep';
import { ExprCompileError } from './exprCompileError.ts';
import { EXPR_FUNCTIONS, lookupFunction } from './exprFunctions.ts';
import {
  EXPR_LIMITS,
  type ExprBinaryOp,
  type ExprLogicalOp,
  type ExprNode,
  type ExprUnaryOp,
} from './exprTypes.ts';
import { findToken, type SourceToken } from './sourceTokens.ts';

/** What the checker needs to know besides the node itself. */
export interface CheckContext {
  readonly tokens: readonly SourceToken[];
  /** When present, the only names an expression may read. */
  readonly allowedNames: readonly string[] | undefined;
  nodeCount: number;
}

const UNARY_OPS: readonly string[] = ['-', '+', '!'];
const BINARY_OPS: readonly string[] = ['+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>='];
const LOGICAL_OPS: readonly string[] = ['&&', '||'];
const ALLOWED_OPERATORS = `${[...BINARY_OPS, ...LOGICAL_OPS].join(' ')} and a ? b : c`;

// Hints for operators people reach for out of habit from JavaScript.
const OPERATOR_HINTS: Readonly<Record<string, string>> = {
  '===': 'use ==, which is already strict',
  '!==': 'use !=, which is already strict',
  '??': 'use coalesce(a, b)',
  '**': 'there is no power operator; multiply instead',
};

/** Checks one parsed node at `depth` (the root is 1) and returns its plain-data form. */
export function toExprNode(ctx: CheckContext, node: jsep.Expression, depth: number): ExprNode {
  if (depth > EXPR_LIMITS.depthMax) {
    throw new ExprCompileError(
      `expression is nested too deeply; the limit is ${String(EXPR_LIMITS.depthMax)} levels`,
    );
  }
  if (++ctx.nodeCount > EXPR_LIMITS.nodesMax) {
    throw new ExprCompileError(
      `expression has too many parts; the limit is ${String(EXPR_LIMITS.nodesMax)} operators, names and values`,
    );
  }
  const n = node as jsep.CoreExpression;
  switch (n.type) {
    case 'Literal':
      return literal(ctx, n);
    case 'Identifier':
      return name(ctx, n.name);
    case 'UnaryExpression':
      return unary(ctx, n, depth);
    case 'BinaryExpression':
      return binary(ctx, n, depth);
    case 'ConditionalExpression':
      return {
        kind: 'conditional',
        test: toExprNode(ctx, n.test, depth + 1),
        then: toExprNode(ctx, n.consequent, depth + 1),
        otherwise: toExprNode(ctx, n.alternate, depth + 1),
      };
    case 'CallExpression':
      return call(ctx, n, depth);
    default:
      return rejectSyntax(ctx, n);
  }
}

/** Raises the message for every kind of syntax the language leaves out on purpose. */
function rejectSyntax(ctx: CheckContext, n: jsep.CoreExpression): never {
  switch (n.type) {
    case 'MemberExpression': {
      const at = findToken(ctx.tokens, n.computed ? 'punct' : 'operator', n.computed ? '[' : '?.');
      throw new ExprCompileError(
        'member access (a.b or a[i])',
        at ?? findToken(ctx.tokens, 'punct', '.'),
        ' is not allowed; read fields by their plain name, such as value',
      );
    }
    case 'ThisExpression':
      throw new ExprCompileError(
        '"this"',
        findToken(ctx.tokens, 'identifier', 'this'),
        ' is not allowed; read fields by their plain name, such as value',
      );
    case 'ArrayExpression':
      throw new ExprCompileError(
        'array literal ([...])',
        findToken(ctx.tokens, 'punct', '['),
        ' is not allowed; values are numbers, strings, true, false or null',
      );
    case 'Compound':
    case 'SequenceExpression':
      rejectNewKeyword(ctx, n.type === 'Compound' ? n.body : n.expressions);
      throw new ExprCompileError(
        'expected a single expression, found several in a row; join them with an operator such as + or &&',
      );
    default:
      throw new ExprCompileError(`unsupported syntax (${String(n.type)})`);
  }
}

/** `new X(...)` parses as two expressions in a row; say so in the author's terms instead. */
function rejectNewKeyword(ctx: CheckContext, parts: readonly jsep.Expression[]): void {
  if (parts.some((p) => p.type === 'Identifier' && p.name === 'new')) {
    throw new ExprCompileError(
      '"new"',
      findToken(ctx.tokens, 'identifier', 'new'),
      ' is not allowed; call a function from the menu instead, e.g. abs(value)',
    );
  }
}

function literal(ctx: CheckContext, n: jsep.Literal): ExprNode {
  const v = n.value;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      throw new ExprCompileError(
        `number ${n.raw}`,
        findToken(ctx.tokens, 'number', n.raw),
        ' is out of range; numbers must be finite',
      );
    }
    return { kind: 'literal', value: v === 0 ? 0 : v };
  }
  if (typeof v === 'string' || typeof v === 'boolean' || v === null)
    return { kind: 'literal', value: v };
  throw new ExprCompileError('unsupported literal; allowed: numbers, "strings", true, false, null');
}

function name(ctx: CheckContext, id: string): ExprNode {
  const allowed = ctx.allowedNames;
  if (allowed !== undefined && !allowed.includes(id)) {
    const hint = lookupFunction(id)
      ? `; "${id}" is a function, call it as ${lookupFunction(id)?.signature ?? id}`
      : '';
    const list = allowed.length > 0 ? allowed.join(', ') : '(none)';
    throw new ExprCompileError(
      `unknown name "${id}"`,
      findToken(ctx.tokens, 'identifier', id, (next) => next?.text !== '('),
      `${hint}; allowed names: ${list}`,
    );
  }
  return { kind: 'name', name: id };
}

function unary(ctx: CheckContext, n: jsep.UnaryExpression, depth: number): ExprNode {
  if (!UNARY_OPS.includes(n.operator)) {
    throw new ExprCompileError(
      `operator "${n.operator}"`,
      findToken(ctx.tokens, 'operator', n.operator),
      ` is not allowed; allowed prefix operators: ${UNARY_OPS.join(' ')}`,
    );
  }
  const arg = toExprNode(ctx, n.argument, depth + 1);
  return { kind: 'unary', op: n.operator as ExprUnaryOp, arg };
}

function binary(ctx: CheckContext, n: jsep.BinaryExpression, depth: number): ExprNode {
  const op = n.operator;
  const isLogical = LOGICAL_OPS.includes(op);
  if (!isLogical && !BINARY_OPS.includes(op)) {
    const hint = Object.hasOwn(OPERATOR_HINTS, op) ? ` (${OPERATOR_HINTS[op] ?? ''})` : '';
    throw new ExprCompileError(
      `operator "${op}"`,
      findToken(ctx.tokens, 'operator', op),
      ` is not allowed${hint}; allowed operators: ${ALLOWED_OPERATORS}`,
    );
  }
  const left = toExprNode(ctx, n.left, depth + 1);
  const right = toExprNode(ctx, n.right, depth + 1);
  return isLogical
    ? { kind: 'logical', op: op as ExprLogicalOp, left, right }
    : { kind: 'binary', op: op as ExprBinaryOp, left, right };
}

function call(ctx: CheckContext, n: jsep.CallExpression, depth: number): ExprNode {
  if (n.callee.type !== 'Identifier') {
    // Check the callee first so that `a.b()` reports the member access, the real culprit.
    toExprNode(ctx, n.callee, depth + 1);
    throw new ExprCompileError(
      `only functions from the menu can be called, by name, e.g. abs(value); allowed: ${EXPR_FUNCTIONS.join(', ')}`,
    );
  }
  const fnName = (n.callee as jsep.Identifier).name;
  const at = findToken(ctx.tokens, 'identifier', fnName, (next) => next?.text === '(');
  const fn = lookupFunction(fnName);
  if (fn === undefined) {
    throw new ExprCompileError(
      `unknown function "${fnName}"`,
      at,
      `; allowed: ${EXPR_FUNCTIONS.join(', ')}`,
    );
  }
  const count = n.arguments.length;
  if (count < fn.argsMin || count > fn.argsMax) {
    throw new ExprCompileError(
      `function "${fnName}"`,
      at,
      ` takes ${describeArity(fn.argsMin, fn.argsMax)}, got ${String(count)}; write it as ${fn.signature}`,
    );
  }
  const args = n.arguments.map((a) => toExprNode(ctx, a, depth + 1));
  return { kind: 'call', fn: fnName, args };
}

function describeArity(min: number, max: number): string {
  if (min === max) return `${String(min)} argument${min === 1 ? '' : 's'}`;
  return `${String(min)} to ${String(max)} arguments`;
}
