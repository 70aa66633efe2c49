import { describe, expect, it } from 'vitest';
import { compileExpr } from './compileExpr.ts';
import { evalExpr } from './evalExpr.ts';
import type { CompiledExpr, ExprNode, ExprValue } from './exprTypes.ts';

function compiled(source: string): CompiledExpr {
  const c = compileExpr(source);
  if (!c.ok) throw new Error(c.message);
  return c.expr;
}

function tree(node: unknown): CompiledExpr {
  return { source: '(hand-made)', node: node as ExprNode };
}

describe('evalExpr scopes', () => {
  it('reads names from the scope and gives null for unknown ones', () => {
    expect(evalExpr(compiled('value'), { value: 4 })).toBe(4);
    expect(evalExpr(compiled('nothing'), { value: 4 })).toBeNull();
  });

  it('never reaches Object.prototype through a name', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(evalExpr(compiled(name), {})).toBeNull();
      expect(evalExpr(compiled(`${name} == null`), { value: 1 })).toBe(true);
    }
  });

  it('reads an own property named __proto__ or constructor like any other name', () => {
    const scope = JSON.parse('{"__proto__": 7, "constructor": "c"}') as Record<string, ExprValue>;
    expect(evalExpr(compiled('__proto__ + 1'), scope)).toBe(8);
    expect(evalExpr(compiled('constructor'), scope)).toBe('c');
  });

  it('ignores inherited properties of the scope', () => {
    const scope = Object.create({ inherited: 5 }) as Record<string, ExprValue>;
    expect(evalExpr(compiled('inherited'), scope)).toBeNull();
  });

  it('turns scope values outside the language into null and cuts long strings', () => {
    const scope = {
      obj: { a: 1 },
      arr: [1],
      fn: () => 1,
      undef: undefined,
      nan: Number.NaN,
      inf: Infinity,
      long: 'q'.repeat(5000),
    } as unknown as Record<string, ExprValue>;
    for (const name of ['obj', 'arr', 'fn', 'undef', 'nan', 'inf']) {
      expect(evalExpr(compiled(name), scope)).toBeNull();
    }
    expect(evalExpr(compiled('long'), scope)).toBe('q'.repeat(1000));
  });

  it('survives a scope that is not an object', () => {
    expect(evalExpr(compiled('value'), null as unknown as Record<string, ExprValue>)).toBeNull();
    expect(evalExpr(compiled('1 + 1'), 5 as unknown as Record<string, ExprValue>)).toBe(2);
  });

  it('does not change the scope', () => {
    const scope = { value: 3 };
    evalExpr(compiled('value * 2'), scope);
    expect(scope).toEqual({ value: 3 });
  });
});

describe('evalExpr on hand-made trees', () => {
  it('gives null for unknown functions and wrong argument counts', () => {
    expect(evalExpr(tree({ kind: 'call', fn: 'eval', args: [] }), {})).toBeNull();
    expect(evalExpr(tree({ kind: 'call', fn: 'constructor', args: [] }), {})).toBeNull();
    const one = { kind: 'literal', value: 1 };
    expect(evalExpr(tree({ kind: 'call', fn: 'abs', args: [one, one] }), {})).toBeNull();
    expect(evalExpr(tree({ kind: 'call', fn: 'abs' }), {})).toBeNull();
  });

  it('gives null for unknown node kinds and operators', () => {
    const one = { kind: 'literal', value: 1 };
    expect(evalExpr(tree({ kind: 'member', object: one }), {})).toBeNull();
    expect(evalExpr(tree({ kind: 'binary', op: '**', left: one, right: one }), {})).toBeNull();
    expect(evalExpr(tree({ kind: 'unary', op: '~', arg: one }), {})).toBeNull();
    expect(evalExpr(tree({ kind: 'logical', op: '??', left: one, right: one }), {})).toBeNull();
    expect(evalExpr(tree(null), {})).toBeNull();
  });

  it('cleans literal values that compileExpr would never produce', () => {
    expect(evalExpr(tree({ kind: 'literal', value: Number.NaN }), {})).toBeNull();
    expect(evalExpr(tree({ kind: 'literal', value: { x: 1 } }), {})).toBeNull();
    expect(Object.is(evalExpr(tree({ kind: 'literal', value: -0 }), {}), 0)).toBe(true);
  });

  it('stops at depth 64 instead of exhausting the stack', () => {
    let node: unknown = { kind: 'literal', value: 1 };
    for (let i = 0; i < 100_000; i++) node = { kind: 'unary', op: '+', arg: node };
    expect(evalExpr(tree(node), {})).toBeNull();
    let shallow: unknown = { kind: 'literal', value: 1 };
    for (let i = 0; i < 63; i++) shallow = { kind: 'unary', op: '+', arg: shallow };
    expect(evalExpr(tree(shallow), {})).toBe(1);
  });
});
