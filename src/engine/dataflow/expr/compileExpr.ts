// Compiles expression source text from a scenario into a checked, plain-data tree. It never throws
// and never evaluates anything: jsep builds a syntax tree, and toExprNode admits only the
// whitelisted parts of it.

import jsep from 'jsep';
import { ExprCompileError } from './exprCompileError.ts';
import { EXPR_LIMITS, type CompileResult } from './exprTypes.ts';
import { bracketDepthMax, tokenize, type SourceToken } from './sourceTokens.ts';
import { toExprNode } from './toExprNode.ts';

/**
 * Compiles `source`. When `allowedNames` is given, any other name is an error that lists the
 * allowed ones; without it every name is accepted and unknown names read as null at run time.
 *
 * @example
 * ```ts
 * compileExpr('value * 2', ['key', 'value']); // { ok: true, expr: { source, node } }
 * compileExpr('eval(x)'); // { ok: false, message: 'unknown function "eval" at 0; allowed: abs, ...', position: 0 }
 * ```
 */
export function compileExpr(source: string, allowedNames?: readonly string[]): CompileResult {
  try {
    const tokens = checkSource(source);
    const parsed = parse(source, tokens);
    const ctx = { tokens, allowedNames, nodeCount: 0 };
    return { ok: true, expr: { source, node: toExprNode(ctx, parsed, 1) } };
  } catch (e) {
    if (e instanceof ExprCompileError) {
      return e.position === undefined
        ? { ok: false, message: e.message }
        : { ok: false, message: e.message, position: e.position };
    }
    // Anything else is a defect here or in jsep; it still becomes a message, never a throw.
    return { ok: false, message: `expression could not be compiled: ${describe(e)}` };
  }
}

/** The checks that run before jsep sees the text: type, length, emptiness and bracket nesting. */
function checkSource(source: unknown): SourceToken[] {
  if (typeof source !== 'string') {
    throw new ExprCompileError(
      `expression must be a string, got ${source === null ? 'null' : typeof source}`,
    );
  }
  if (source.length > EXPR_LIMITS.sourceCharsMax) {
    throw new ExprCompileError(
      `expression is too long: ${String(source.length)} characters; the limit is ${String(EXPR_LIMITS.sourceCharsMax)}`,
    );
  }
  const tokens = tokenize(source);
  if (tokens.length === 0) {
    throw new ExprCompileError('expression is empty; write for example value * 2');
  }
  if (bracketDepthMax(tokens) > EXPR_LIMITS.depthMax) {
    throw new ExprCompileError(
      `expression is nested too deeply; the limit is ${String(EXPR_LIMITS.depthMax)} levels of brackets`,
    );
  }
  return tokens;
}

/** Runs jsep and rewrites its errors into ones that say what to write instead. */
function parse(source: string, tokens: readonly SourceToken[]): jsep.Expression {
  const backtick = source.indexOf('`');
  if (backtick >= 0) {
    throw new ExprCompileError(
      'template literal (`...`)',
      backtick,
      ' is not allowed; join strings with + or concat(a, b)',
    );
  }
  const assign = tokens.findIndex((t) => t.kind === 'operator' && t.text === '=');
  if (assign >= 0) {
    const arrow = tokens[assign + 1]?.text === '>';
    throw new ExprCompileError(
      arrow ? 'arrow function (=>)' : 'assignment (=)',
      tokens[assign]?.at,
      arrow
        ? ' is not allowed; functions cannot be defined, only called by name from the menu'
        : ' is not allowed; compare with == instead',
    );
  }
  let parsed: jsep.Expression;
  try {
    parsed = jsep(source);
  } catch (e) {
    const index = (e as { index?: unknown }).index;
    const description = (e as { description?: unknown }).description;
    if (typeof index === 'number' && typeof description === 'string') {
      // jsep can report one past the end after an escape at the end of input; clamp it.
      const at = Math.min(Math.max(0, index), source.length);
      throw new ExprCompileError('syntax error', at, `: ${description}`);
    }
    throw e;
  }
  if (parsed.type === 'Compound' && Array.isArray(parsed.body) && parsed.body.length === 0) {
    throw new ExprCompileError('expression is empty; write for example value * 2');
  }
  return parsed;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
