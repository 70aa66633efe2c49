import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileExpr } from './compileExpr.ts';
import { evalExpr } from './evalExpr.ts';
import { EXPR_FUNCTIONS, lookupFunction } from './exprFunctions.ts';
import type { ExprNode, ExprValue } from './exprTypes.ts';

/** True when `v` is an ExprValue that JSON carries unchanged and within the documented bounds. */
function isJsonSafeValue(v: unknown): boolean {
  if (v === null || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (typeof v === 'string') return v.length <= 1000 && JSON.parse(JSON.stringify(v)) === v;
  return false;
}

const NAMES = ['a', 'b', 'value', 'key', '__proto__', 'constructor', 'toString', 'valueOf'];
const TOKENS = [
  ...NAMES,
  ...EXPR_FUNCTIONS,
  'eval',
  'this',
  'new',
  'null',
  'true',
  '1',
  '0',
  '2.5',
  '1e400',
  '"s"',
  "'t'",
  '"',
  '`',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ';',
  '.',
  '?.',
  '?',
  ':',
  '=',
  '=>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '**',
  '==',
  '===',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '&&',
  '||',
  '??',
  '!',
  '~',
  '|',
  '&',
  '^',
  '\\',
  ' ',
  '\n',
];

const scopeArb = fc.dictionary(
  fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 5 })),
  fc.oneof(
    fc.double(),
    fc.integer(),
    fc.string({ maxLength: 1500 }),
    fc.boolean(),
    fc.constant(null),
    fc.anything(),
  ),
) as fc.Arbitrary<Record<string, ExprValue>>;

// Trees of every node kind, including operators, functions and literal values that compileExpr
// would never produce, and wrong argument counts, to exercise the evaluator's defences.
const { node: anyTreeArb } = fc.letrec<{ node: ExprNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      kind: fc.constant('literal'),
      value: fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(null)),
    }),
    fc.record({
      kind: fc.constant('name'),
      name: fc.oneof(fc.constantFrom(...NAMES), fc.string()),
    }),
    fc.record({
      kind: fc.constant('unary'),
      op: fc.constantFrom('-', '+', '!', '~'),
      arg: tie('node'),
    }),
    fc.record({
      kind: fc.constant('binary'),
      op: fc.constantFrom('+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>=', '**'),
      left: tie('node'),
      right: tie('node'),
    }),
    fc.record({
      kind: fc.constant('logical'),
      op: fc.constantFrom('&&', '||', '??'),
      left: tie('node'),
      right: tie('node'),
    }),
    fc.record({
      kind: fc.constant('conditional'),
      test: tie('node'),
      then: tie('node'),
      otherwise: tie('node'),
    }),
    fc.record({
      kind: fc.constant('call'),
      fn: fc.constantFrom(...EXPR_FUNCTIONS, 'eval', 'constructor', '__proto__'),
      args: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ) as fc.Arbitrary<ExprNode>,
}));

// Trees that compileExpr can produce: whitelisted operators, menu functions with valid argument
// counts, and literals that print back to the same value.
const { node: validTreeArb } = fc.letrec<{ node: ExprNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    fc.record({
      kind: fc.constant('literal'),
      value: fc.oneof(
        fc.nat(),
        fc.constantFrom(0.5, 2.25, 1e-7),
        fc.stringMatching(/^[a-z0-9 ]{0,8}$/),
        fc.boolean(),
        fc.constant(null),
      ),
    }),
    fc.record({ kind: fc.constant('name'), name: fc.constantFrom('a', 'b', 'value') }),
    fc.record({ kind: fc.constant('unary'), op: fc.constantFrom('-', '+', '!'), arg: tie('node') }),
    fc.record({
      kind: fc.constant('binary'),
      op: fc.constantFrom('+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>='),
      left: tie('node'),
      right: tie('node'),
    }),
    fc.record({
      kind: fc.constant('logical'),
      op: fc.constantFrom('&&', '||'),
      left: tie('node'),
      right: tie('node'),
    }),
    fc.record({
      kind: fc.constant('conditional'),
      test: tie('node'),
      then: tie('node'),
      otherwise: tie('node'),
    }),
    fc.constantFrom(...EXPR_FUNCTIONS).chain((fn) => {
      const f = lookupFunction(fn);
      const argsMin = f?.argsMin ?? 0;
      const argsMax = Math.min(f?.argsMax ?? 0, 3);
      return fc
        .array(tie('node'), { minLength: argsMin, maxLength: argsMax })
        .map((args) => ({ kind: 'call' as const, fn, args }));
    }),
  ),
}));

/** Prints a tree with every operand in parentheses, so the text's structure is unambiguous. */
function print(n: ExprNode): string {
  switch (n.kind) {
    case 'literal':
      return typeof n.value === 'string' ? `"${n.value}"` : String(n.value);
    case 'name':
      return n.name;
    case 'unary':
      return `${n.op}(${print(n.arg)})`;
    case 'binary':
    case 'logical':
      return `(${print(n.left)}) ${n.op} (${print(n.right)})`;
    case 'conditional':
      return `(${print(n.test)}) ? (${print(n.then)}) : (${print(n.otherwise)})`;
    case 'call':
      return `${n.fn}(${n.args.map(print).join(', ')})`;
  }
}

function countNodes(n: ExprNode): number {
  switch (n.kind) {
    case 'literal':
    case 'name':
      return 1;
    case 'unary':
      return 1 + countNodes(n.arg);
    case 'binary':
    case 'logical':
      return 1 + countNodes(n.left) + countNodes(n.right);
    case 'conditional':
      return 1 + countNodes(n.test) + countNodes(n.then) + countNodes(n.otherwise);
    case 'call':
      return n.args.reduce((sum, a) => sum + countNodes(a), 1);
  }
}

describe('compileExpr properties', () => {
  it('reads back the tree of a fully parenthesised printout', () => {
    fc.assert(
      fc.property(validTreeArb, (tree) => {
        const source = print(tree);
        fc.pre(source.length <= 500 && countNodes(tree) <= 200);
        const r = compileExpr(source, ['a', 'b', 'value']);
        if (!r.ok) throw new Error(`${source}: ${r.message}`);
        expect(r.expr.node).toEqual(tree);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings and always explains a failure', () => {
    const sources = fc.oneof(
      fc.string({ maxLength: 600 }),
      fc
        .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 })
        .map((codes) => String.fromCharCode(...codes)),
      fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => t.join('')),
      fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => t.join(' ')),
    );
    fc.assert(
      fc.property(sources, fc.boolean(), scopeArb, (source, restrict, scope) => {
        const r = compileExpr(source, restrict ? ['a', 'value'] : undefined);
        if (!r.ok) {
          expect(r.message.length).toBeGreaterThan(0);
          if (r.position !== undefined) {
            expect(Number.isInteger(r.position)).toBe(true);
            expect(r.position).toBeGreaterThanOrEqual(0);
            expect(r.position).toBeLessThanOrEqual(source.length);
          }
          return;
        }
        expect(JSON.parse(JSON.stringify(r.expr))).toEqual(r.expr);
        expect(isJsonSafeValue(evalExpr(r.expr, scope))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('evalExpr properties', () => {
  it('never throws and always returns a JSON-safe value for any tree and scope', () => {
    fc.assert(
      fc.property(anyTreeArb, scopeArb, (node, scope) => {
        const v = evalExpr({ source: '(generated)', node }, scope);
        expect(isJsonSafeValue(v)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic: the same tree and scope always give the same value', () => {
    fc.assert(
      fc.property(anyTreeArb, scopeArb, (node, scope) => {
        const expr = { source: '(generated)', node };
        expect(evalExpr(expr, scope)).toBe(evalExpr(structuredClone(expr), { ...scope }));
      }),
    );
  });
});
