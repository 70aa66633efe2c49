import { describe, expect, it } from 'vitest';
import { compileExpr } from './compileExpr.ts';
import { evalExpr } from './evalExpr.ts';
import type { ExprValue } from './exprTypes.ts';

/** Compiles and evaluates, failing the test with the compile message if compilation fails. */
function run(source: string, scope: Record<string, ExprValue> = {}): ExprValue {
  const c = compileExpr(source);
  if (!c.ok) throw new Error(`compile failed for ${source}: ${c.message}`);
  return evalExpr(c.expr, scope);
}

describe('arithmetic', () => {
  it.each([
    ['7 + 5', 12],
    ['7 - 5', 2],
    ['7 * 5', 35],
    ['7 / 2', 3.5],
    ['7 % 5', 2],
    ['-7 % 5', -2],
    ['0.1 + 0.2', 0.30000000000000004],
  ] as const)('%s = %s', (src, expected) => {
    expect(run(src)).toBe(expected);
  });

  it('gives null for division or remainder by zero, including 0 / 0', () => {
    expect(run('1 / 0')).toBeNull();
    expect(run('0 / 0')).toBeNull();
    expect(run('5 % 0')).toBeNull();
    expect(run('value / zero', { value: 3, zero: 0 })).toBeNull();
  });

  it('gives null when a result overflows to Infinity', () => {
    expect(run('1e308 * 10')).toBeNull();
    expect(run('-1e308 - 1e308')).toBeNull();
  });

  it('never produces -0', () => {
    expect(Object.is(run('-0'), 0)).toBe(true);
    expect(Object.is(run('0 * -1'), 0)).toBe(true);
    expect(Object.is(run('-1 % 1'), 0)).toBe(true);
  });

  it('propagates null through every arithmetic operator', () => {
    for (const op of ['+', '-', '*', '/', '%']) {
      expect(run(`missing ${op} 2`)).toBeNull();
      expect(run(`2 ${op} missing`)).toBeNull();
    }
    expect(run('-missing')).toBeNull();
    expect(run('+missing')).toBeNull();
  });

  it('does not convert strings or booleans implicitly', () => {
    expect(run('"6" * 2')).toBeNull();
    expect(run('true + 1')).toBeNull();
    expect(run('-"5"')).toBeNull();
    expect(run('+"5"')).toBeNull();
    expect(run('+5')).toBe(5);
  });
});

describe('+ on strings', () => {
  it('joins when either side is a string, printing the other side', () => {
    expect(run('"a" + "b"')).toBe('ab');
    expect(run('"n=" + 1.5')).toBe('n=1.5');
    expect(run('2 + "x"')).toBe('2x');
    expect(run('"ok:" + true')).toBe('ok:true');
  });

  it('is null when either side is null, unlike concat', () => {
    expect(run('"a" + missing')).toBeNull();
    expect(run('missing + "a"')).toBeNull();
  });

  it('evaluates left to right, so 1 + 2 + "x" is "3x" and "x" + 1 + 2 is "x12"', () => {
    expect(run('1 + 2 + "x"')).toBe('3x');
    expect(run('"x" + 1 + 2')).toBe('x12');
  });

  it('cuts joined strings to 1,000 characters', () => {
    const s = 'y'.repeat(600);
    expect(run('s + s', { s })).toBe('y'.repeat(1000));
  });
});

describe('equality', () => {
  it('is strict: values of different types are never equal', () => {
    expect(run('1 == 1')).toBe(true);
    expect(run('"1" == 1')).toBe(false);
    expect(run('0 == false')).toBe(false);
    expect(run('"" == null')).toBe(false);
    expect(run('"1" != 1')).toBe(true);
    expect(run('"eu" == key', { key: 'eu' })).toBe(true);
  });

  it('treats null as equal only to null, and a missing name reads as null', () => {
    expect(run('null == null')).toBe(true);
    expect(run('missing == null')).toBe(true);
    expect(run('missing != null')).toBe(false);
    expect(run('0 == null')).toBe(false);
  });
});

describe('ordering', () => {
  it('compares two numbers numerically', () => {
    expect(run('2 < 10')).toBe(true);
    expect(run('2 <= 2')).toBe(true);
    expect(run('3 > 10')).toBe(false);
    expect(run('3 >= 3')).toBe(true);
  });

  it('compares two strings by code units, not numerically and not by locale', () => {
    expect(run('"10" < "9"')).toBe(true);
    expect(run('"Z" < "a"')).toBe(true);
    expect(run('"b" >= "a"')).toBe(true);
  });

  it('is false for every mixed pairing and for anything with null', () => {
    for (const op of ['<', '<=', '>', '>=']) {
      expect(run(`1 ${op} "1"`)).toBe(false);
      expect(run(`null ${op} 1`)).toBe(false);
      expect(run(`null ${op} null`)).toBe(false);
      expect(run(`true ${op} false`)).toBe(false);
    }
  });
});

describe('logic', () => {
  it('! negates truthiness', () => {
    expect(run('!0')).toBe(true);
    expect(run('!""')).toBe(true);
    expect(run('!missing')).toBe(true);
    expect(run('!"x"')).toBe(false);
    expect(run('!!5')).toBe(true);
  });

  it('&& and || always give booleans', () => {
    expect(run('1 && "x"')).toBe(true);
    expect(run('1 && 0')).toBe(false);
    expect(run('0 || ""')).toBe(false);
    expect(run('0 || "x"')).toBe(true);
    expect(run('missing || 3')).toBe(true);
  });

  it('a ? b : c picks by truthiness and nests to the right', () => {
    expect(run('value > 10 ? "big" : "small"', { value: 11 })).toBe('big');
    expect(run('value > 10 ? "big" : "small"', { value: 10 })).toBe('small');
    expect(run('n == 1 ? "one" : n == 2 ? "two" : "many"', { n: 2 })).toBe('two');
    expect(run('missing ? 1 : 2')).toBe(2);
  });
});

describe('precedence', () => {
  it.each([
    ['2 + 3 * 4', 14],
    ['(2 + 3) * 4', 20],
    ['10 - 4 - 3', 3],
    ['12 / 3 / 2', 2],
    ['7 - 10 % 4', 5],
    ['-2 * 3', -6],
    ['-(2 + 3)', -5],
    ['2 * -3', -6],
  ] as const)('%s = %s', (src, expected) => {
    expect(run(src)).toBe(expected);
  });

  it('binds comparison tighter than && and && tighter than ||', () => {
    expect(run('1 + 1 == 2 && 3 > 2')).toBe(true);
    expect(run('true || false && false')).toBe(true);
    expect(run('(true || false) && false')).toBe(false);
    expect(run('!1 == false')).toBe(true);
  });

  it('binds ?: loosest of all', () => {
    expect(run('1 > 2 || 3 > 2 ? "yes" : "no"')).toBe('yes');
    expect(run('0 ? 1 : 2 + 3')).toBe(5);
  });
});
