import { describe, expect, it } from 'vitest';
import { compileExpr } from './compileExpr.ts';

// Expressions a hostile scenario author might try. Each must be refused with a message; none may
// compile, throw, or touch anything outside the expression language.
const HOSTILE: ReadonlyArray<readonly [string, RegExp]> = [
  ['constructor.constructor("return process")()', /member access/],
  ['constructor.constructor("x")()', /member access/],
  ['value.constructor', /member access/],
  ['toString.call(value)', /member access/],
  ['a.b', /member access \(a\.b or a\[i\]\) at 1 is not allowed/],
  ['a?.b', /member access/],
  ['a[0]', /member access \(a\.b or a\[i\]\) at 1 is not allowed/],
  ['a["constructor"]', /member access/],
  ['"abc".length', /member access/],
  ['upper(region).length', /member access/],
  ['__proto__', /unknown name "__proto__" at 0; allowed names: key, value/],
  ['constructor', /unknown name "constructor"/],
  ['this', /"this" at 0 is not allowed/],
  ['this.value', /member access|"this"/],
  ['x = 1', /assignment \(=\) at 2 is not allowed/],
  ['value = value + 1', /assignment/],
  ['`${value}`', /template literal \(`...`\) at 0 is not allowed/],
  ['(() => 1)()', /arrow function \(=>\) at 4 is not allowed/],
  ['x => x', /arrow function \(=>\) at 2 is not allowed/],
  ['new Function("return 1")', /"new" at 0 is not allowed/],
  ['eval("1")', /unknown function "eval" at 0; allowed: abs, min/],
  ['Function("x")', /unknown function "Function"/],
  ['require("fs")', /unknown function "require"/],
  ['import("x")', /unknown function "import"/],
  ['[1, 2]', /array literal/],
  ['{a: 1}', /syntax error/],
  ['/re/.test(value)', /syntax error/],
  ['value; key', /single expression/],
  ['(value, key)', /single expression/],
  ['0x41', /syntax error/],
  ['1e309', /out of range/],
  ['~value', /operator "~"/],
  ['value ** 2', /operator "\*\*"/],
  ['value++', /syntax error|single expression/],
  ['x'.repeat(501), /too long: 501 characters; the limit is 500/],
  ['1+'.repeat(300) + '1', /too long/],
  [`${'('.repeat(100)}1${')'.repeat(100)}`, /nested too deeply/],
  [`${'!'.repeat(60)}1`, /nested too deeply/],
  [`${'abs('.repeat(40)}1${')'.repeat(40)}`, /nested too deeply/],
  ['"unterminated', /syntax error.*Unclosed quote/],
  ['', /empty/],
];

describe('hostile expressions', () => {
  it.each(HOSTILE)('refuses %j with a clear message', (source, message) => {
    const r = compileExpr(source, ['key', 'value', 'region']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('refuses prototype-reaching syntax even without a names list', () => {
    for (const source of ['constructor.constructor("x")()', 'a[0]', 'this', '__proto__.x']) {
      expect(compileExpr(source).ok).toBe(false);
    }
  });
});
