import { describe, expect, it } from 'vitest';
import { compileExpr } from './compileExpr.ts';
import { EXPR_FUNCTIONS } from './exprFunctions.ts';
import type { CompileResult } from './exprTypes.ts';

const NAMES = ['key', 'value', 'eventTime', 'region'];

function failure(result: CompileResult): { message: string; position?: number } {
  if (result.ok) throw new Error('expected compilation to fail');
  return result;
}

describe('compileExpr output', () => {
  it('builds a plain-data tree that survives JSON and structuredClone unchanged', () => {
    const c = compileExpr('key == "eu" && value > 10 ? concat(upper(region), "!") : -value % 3');
    if (!c.ok) throw new Error(c.message);
    expect(JSON.parse(JSON.stringify(c.expr))).toEqual(c.expr);
    expect(structuredClone(c.expr)).toEqual(c.expr);
    expect(c.expr.source).toBe(
      'key == "eu" && value > 10 ? concat(upper(region), "!") : -value % 3',
    );
  });

  it('builds the tree described in the README for a small expression', () => {
    const c = compileExpr('value * 2 > 10 || !flag');
    expect(c).toEqual({
      ok: true,
      expr: {
        source: 'value * 2 > 10 || !flag',
        node: {
          kind: 'logical',
          op: '||',
          left: {
            kind: 'binary',
            op: '>',
            left: {
              kind: 'binary',
              op: '*',
              left: { kind: 'name', name: 'value' },
              right: { kind: 'literal', value: 2 },
            },
            right: { kind: 'literal', value: 10 },
          },
          right: { kind: 'unary', op: '!', arg: { kind: 'name', name: 'flag' } },
        },
      },
    });
  });

  it('accepts the examples from the brief with the usual record names', () => {
    for (const src of [
      'value * 2',
      'key == "eu" && value > 10',
      'upper(region)',
      'concat(key, "-", round(value / 10))',
      "region == 'eu-west'",
    ]) {
      expect(compileExpr(src, NAMES).ok).toBe(true);
    }
  });
});

describe('compileExpr names and functions', () => {
  it('names an unknown function, its position and the whole menu', () => {
    const f = failure(compileExpr('1 + eval(value)', NAMES));
    expect(f.position).toBe(4);
    expect(f.message).toBe(`unknown function "eval" at 4; allowed: ${EXPR_FUNCTIONS.join(', ')}`);
  });

  it('names an unknown variable and the allowed ones when allowedNames is given', () => {
    const f = failure(compileExpr('value + foo', NAMES));
    expect(f.message).toBe('unknown name "foo" at 8; allowed names: key, value, eventTime, region');
    expect(f.position).toBe(8);
  });

  it('accepts any name when allowedNames is omitted', () => {
    expect(compileExpr('foo + bar').ok).toBe(true);
  });

  it('says "(none)" when no names are allowed', () => {
    expect(failure(compileExpr('x', [])).message).toContain('allowed names: (none)');
  });

  it('hints that a bare function name needs to be called', () => {
    expect(failure(compileExpr('abs', NAMES)).message).toContain(
      '"abs" is a function, call it as abs(n)',
    );
  });

  it('checks argument counts and shows how to write the call', () => {
    expect(failure(compileExpr('abs(1, 2)')).message).toBe(
      'function "abs" at 0 takes 1 argument, got 2; write it as abs(n)',
    );
    expect(failure(compileExpr('substr("a")')).message).toBe(
      'function "substr" at 0 takes 2 to 3 arguments, got 1; write it as substr(s, start, length?)',
    );
    expect(failure(compileExpr('if(1, 2)')).message).toContain('takes 3 arguments, got 2');
    expect(failure(compileExpr('concat()')).message).toContain('takes 1 to 16 arguments, got 0');
    const seventeen = Array.from({ length: 17 }, () => '1').join(', ');
    expect(failure(compileExpr(`max(${seventeen})`)).message).toContain('got 17');
  });

  it('rejects calling anything but a menu function by name', () => {
    expect(failure(compileExpr('abs(1)(2)')).message).toContain(
      'only functions from the menu can be called',
    );
  });
});

describe('compileExpr operators and syntax', () => {
  it.each([
    ['a === b', '"==="', 'use ==, which is already strict'],
    ['a !== b', '"!=="', 'use !='],
    ['a ?? b', '"??"', 'use coalesce(a, b)'],
    ['a ** 2', '"**"', 'no power operator'],
    ['a | b', '"|"', 'allowed operators: + - * / % == != < <= > >= && ||'],
    ['a << 2', '"<<"', 'allowed operators'],
  ])('rejects %s naming the operator and the allowed ones', (src, op, hint) => {
    const f = failure(compileExpr(src));
    expect(f.message).toContain(`operator ${op} at 2 is not allowed`);
    expect(f.message).toContain(hint);
    expect(f.position).toBe(2);
  });

  it('rejects the bitwise-not prefix operator', () => {
    expect(failure(compileExpr('~a')).message).toBe(
      'operator "~" at 0 is not allowed; allowed prefix operators: - + !',
    );
  });

  it('reports jsep syntax errors with their position', () => {
    const f = failure(compileExpr('value +'));
    expect(f.message).toMatch(/^syntax error at 7: /);
    expect(f.position).toBe(7);
    expect(failure(compileExpr('"open')).message).toContain('Unclosed quote');
  });

  it('rejects empty input, several expressions and out-of-range numbers', () => {
    expect(failure(compileExpr('')).message).toContain('expression is empty');
    expect(failure(compileExpr('  \n ')).message).toContain('expression is empty');
    expect(failure(compileExpr('a b')).message).toContain('expected a single expression');
    expect(failure(compileExpr('a; b')).message).toContain('expected a single expression');
    expect(failure(compileExpr('(a, b)')).message).toContain('expected a single expression');
    expect(failure(compileExpr('1e999')).message).toBe(
      'number 1e999 at 0 is out of range; numbers must be finite',
    );
  });

  it('rejects a source that is not a string', () => {
    expect(failure(compileExpr(42 as unknown as string)).message).toBe(
      'expression must be a string, got number',
    );
  });
});

describe('compileExpr bounds', () => {
  it('accepts 500 characters and rejects 501', () => {
    const ok = `"${'x'.repeat(498)}"`;
    expect(ok).toHaveLength(500);
    expect(compileExpr(ok).ok).toBe(true);
    expect(failure(compileExpr(`${ok} `)).message).toBe(
      'expression is too long: 501 characters; the limit is 500',
    );
  });

  it('accepts a tree 32 levels deep and rejects 33', () => {
    expect(compileExpr(`${'-'.repeat(31)}1`).ok).toBe(true);
    expect(failure(compileExpr(`${'-'.repeat(32)}1`)).message).toBe(
      'expression is nested too deeply; the limit is 32 levels',
    );
  });

  it('accepts 32 levels of brackets and rejects 33', () => {
    expect(compileExpr(`${'('.repeat(32)}1${')'.repeat(32)}`).ok).toBe(true);
    expect(failure(compileExpr(`${'('.repeat(33)}1${')'.repeat(33)}`)).message).toBe(
      'expression is nested too deeply; the limit is 32 levels of brackets',
    );
  });

  it('accepts 200 nodes and rejects 201', () => {
    // max(...) with 16 arguments is 17 nodes; ten of them joined with + add 9 nodes: 179.
    const max16 = `max(${Array.from({ length: 16 }, () => '1').join(',')})`;
    const base = Array.from({ length: 10 }, () => max16).join('+');
    // Each extra "+1" adds two nodes: 179 + 2 * 10 = 199. A leading minus makes 200, the limit,
    // and one more "+1" makes 201.
    const at199 = `${base}${'+1'.repeat(10)}`;
    expect(compileExpr(at199).ok).toBe(true);
    expect(compileExpr(`-(${at199})`).ok).toBe(true);
    expect(failure(compileExpr(`${at199}+1`)).message).toBe(
      'expression has too many parts; the limit is 200 operators, names and values',
    );
  });
});
