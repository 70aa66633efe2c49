import { describe, expect, it } from 'vitest';
import { compileExpr } from './compileExpr.ts';
import { evalExpr } from './evalExpr.ts';
import { EXPR_FUNCTIONS } from './exprFunctions.ts';
import type { ExprValue } from './exprTypes.ts';

function run(source: string, scope: Record<string, ExprValue> = {}): ExprValue {
  const c = compileExpr(source);
  if (!c.ok) throw new Error(`compile failed for ${source}: ${c.message}`);
  return evalExpr(c.expr, scope);
}

describe('the function menu', () => {
  it('lists exactly the documented functions', () => {
    expect([...EXPR_FUNCTIONS].sort()).toEqual(
      [
        'abs',
        'bucket',
        'ceil',
        'coalesce',
        'concat',
        'contains',
        'endsWith',
        'floor',
        'hash',
        'if',
        'len',
        'lower',
        'max',
        'min',
        'round',
        'startsWith',
        'substr',
        'toNumber',
        'toString',
        'upper',
      ].sort(),
    );
  });
});

describe('numeric functions', () => {
  it('abs, floor, ceil and round', () => {
    expect(run('abs(-3.5)')).toBe(3.5);
    expect(run('floor(-2.5)')).toBe(-3);
    expect(run('ceil(2.1)')).toBe(3);
    expect(run('round(2.5)')).toBe(3);
    // Halves round towards +Infinity, as documented.
    expect(run('round(-2.5)')).toBe(-2);
    expect(Object.is(run('round(-0.4)'), 0)).toBe(true);
    expect(Object.is(run('ceil(-0.5)'), 0)).toBe(true);
  });

  it('min and max take one to sixteen numbers and are null if any argument is not a number', () => {
    expect(run('min(3, -1, 2)')).toBe(-1);
    expect(run('max(3, -1, 2)')).toBe(3);
    expect(run('max(7)')).toBe(7);
    expect(run('min(1, missing)')).toBeNull();
    expect(run('max(1, "9")')).toBeNull();
  });

  it('bucket(n, size) is floor(n / size) * size for a positive size', () => {
    expect(run('bucket(37, 10)')).toBe(30);
    expect(run('bucket(-1, 10)')).toBe(-10);
    expect(run('bucket(1500, 1000)')).toBe(1000);
    expect(run('bucket(5, 0)')).toBeNull();
    expect(run('bucket(5, -2)')).toBeNull();
    expect(run('bucket(missing, 10)')).toBeNull();
  });

  it('numeric functions give null for non-numbers', () => {
    for (const f of ['abs', 'floor', 'ceil', 'round']) {
      expect(run(`${f}("3")`)).toBeNull();
      expect(run(`${f}(missing)`)).toBeNull();
    }
  });
});

describe('string functions', () => {
  it('len counts UTF-16 code units', () => {
    expect(run('len("abc")')).toBe(3);
    expect(run('len("")')).toBe(0);
    expect(run('len(s)', { s: '\u{1F600}' })).toBe(2);
    expect(run('len(42)')).toBeNull();
  });

  it('upper and lower change ASCII letters only', () => {
    expect(run('upper(region)', { region: 'eu-west 1' })).toBe('EU-WEST 1');
    expect(run('lower("MiXeD")')).toBe('mixed');
    expect(run('upper(s)', { s: 'straße é' })).toBe('STRAßE é');
    expect(run('lower(s)', { s: 'É' })).toBe('É');
    expect(run('upper(1)')).toBeNull();
  });

  it('concat prints every argument and skips nulls', () => {
    expect(run('concat(key, "-", round(value / 10))', { key: 'eu', value: 37 })).toBe('eu-4');
    expect(run('concat("a", missing, "b")')).toBe('ab');
    expect(run('concat(true, 1.5, null)')).toBe('true1.5');
    expect(run('concat(s, s)', { s: 'z'.repeat(700) })).toBe('z'.repeat(1000));
  });

  it('substr(s, start, length?) floors, clamps and counts a negative start from the end', () => {
    expect(run('substr("stream", 1, 3)')).toBe('tre');
    expect(run('substr("stream", 2)')).toBe('ream');
    expect(run('substr("stream", -3)')).toBe('eam');
    expect(run('substr("stream", -99, 2)')).toBe('st');
    expect(run('substr("stream", 1.9, 2.9)')).toBe('tr');
    expect(run('substr("stream", 10, 2)')).toBe('');
    expect(run('substr("stream", 1, -1)')).toBe('');
    expect(run('substr("stream", "1")')).toBeNull();
    expect(run('substr("stream", 1, "2")')).toBeNull();
    expect(run('substr(5, 1)')).toBeNull();
  });

  it('contains, startsWith and endsWith need two strings', () => {
    expect(run('contains("order-eu-7", "eu")')).toBe(true);
    expect(run('contains("order", "")')).toBe(true);
    expect(run('startsWith("order-eu", "order")')).toBe(true);
    expect(run('startsWith("order-eu", "eu")')).toBe(false);
    expect(run('endsWith("order-eu", "eu")')).toBe(true);
    expect(run('endsWith("order-eu", "order")')).toBe(false);
    expect(run('contains(123, "2")')).toBeNull();
    expect(run('startsWith(missing, "a")')).toBeNull();
  });
});

describe('choice and conversion functions', () => {
  it('coalesce returns the first non-null argument', () => {
    expect(run('coalesce(missing, 0, 5)')).toBe(0);
    expect(run('coalesce(missing, "", "x")')).toBe('');
    expect(run('coalesce(missing, other)')).toBeNull();
  });

  it('if(cond, a, b) picks by truthiness', () => {
    expect(run('if(value > 1, "hi", "lo")', { value: 2 })).toBe('hi');
    expect(run('if("", "hi", "lo")')).toBe('lo');
    expect(run('if(missing, 1, missing)')).toBeNull();
  });

  it('toNumber accepts plain decimals only', () => {
    expect(run('toNumber(" 42 ")')).toBe(42);
    expect(run('toNumber("-1.5e3")')).toBe(-1500);
    expect(run('toNumber(".5")')).toBe(0.5);
    expect(run('toNumber(true)')).toBe(1);
    expect(run('toNumber(7)')).toBe(7);
    for (const bad of ['""', '"abc"', '"0x10"', '"Infinity"', '"1e400"', '"1,5"', '"--1"']) {
      expect(run(`toNumber(${bad})`)).toBeNull();
    }
    expect(run('toNumber(missing)')).toBeNull();
  });

  it('toString prints values and keeps null as null', () => {
    expect(run('toString(1.5)')).toBe('1.5');
    expect(run('toString(false)')).toBe('false');
    expect(run('toString("s")')).toBe('s');
    expect(run('toString(missing)')).toBeNull();
  });

  it('hash is FNV-1a of the printed value and stable across calls', () => {
    expect(run('hash("a")')).toBe(0xe40c292c);
    expect(run('hash("foobar")')).toBe(0xbf9cf968);
    expect(run('hash(12)')).toBe(run('hash("12")'));
    expect(run('hash(missing)')).toBeNull();
    expect(run('hash(key) % 4', { key: 'foobar' })).toBe(0xbf9cf968 % 4);
  });
});
