import { describe, expect, it } from 'vitest';
import { EXPR_LIMITS } from './exprTypes.ts';
import { clampString, displayString, finiteOrNull, isTruthy, toExprValue } from './exprValues.ts';

describe('isTruthy', () => {
  it.each([
    [null, false],
    [false, false],
    [0, false],
    ['', false],
    [true, true],
    [1, true],
    [-0.5, true],
    ['0', true],
    ['false', true],
  ] as const)('treats %j as %s', (v, expected) => {
    expect(isTruthy(v)).toBe(expected);
  });
});

describe('finiteOrNull', () => {
  it('turns NaN and the infinities into null and -0 into 0', () => {
    expect(finiteOrNull(Number.NaN)).toBeNull();
    expect(finiteOrNull(Number.POSITIVE_INFINITY)).toBeNull();
    expect(finiteOrNull(Number.NEGATIVE_INFINITY)).toBeNull();
    expect(Object.is(finiteOrNull(-0), 0)).toBe(true);
    expect(finiteOrNull(-2.5)).toBe(-2.5);
  });
});

describe('clampString', () => {
  const max = EXPR_LIMITS.stringCharsMax;

  it('keeps strings up to the limit and cuts longer ones to exactly the limit', () => {
    expect(clampString('x'.repeat(max))).toHaveLength(max);
    expect(clampString('x'.repeat(max + 1))).toBe('x'.repeat(max));
  });

  it('never leaves half of a surrogate pair at the cut', () => {
    const s = 'x'.repeat(max - 1) + '\u{1F600}';
    expect(s).toHaveLength(max + 1);
    expect(clampString(s)).toBe('x'.repeat(max - 1));
  });
});

describe('toExprValue', () => {
  it('keeps numbers, strings, booleans and null', () => {
    expect(toExprValue(3)).toBe(3);
    expect(toExprValue('a')).toBe('a');
    expect(toExprValue(false)).toBe(false);
    expect(toExprValue(null)).toBeNull();
  });

  it('turns everything outside the language into null', () => {
    for (const v of [undefined, {}, [], () => 1, 10n, Symbol('s'), Number.NaN, Infinity]) {
      expect(toExprValue(v)).toBeNull();
    }
  });
});

describe('displayString', () => {
  it('prints numbers in shortest round-trip form and null as "null"', () => {
    expect(displayString(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(displayString(1e21)).toBe('1e+21');
    expect(displayString(true)).toBe('true');
    expect(displayString(null)).toBe('null');
  });
});
