import { describe, expect, it } from 'vitest';
import { formatScenarioErrors, parseScenarioText } from './index.ts';
import { minimalScenario } from './testScenarios.ts';

function firstError(text: string) {
  const result = parseScenarioText(text);
  if (result.ok) throw new Error('expected the text to be rejected');
  return result.errors[0];
}

describe('parseScenarioText', () => {
  it('parses valid text, with or without a byte-order mark', () => {
    const text = JSON.stringify(minimalScenario(), null, 2);
    expect(parseScenarioText(text).ok).toBe(true);
    expect(parseScenarioText(`\uFEFF${text}`).ok).toBe(true);
  });

  it('refuses text over 1 MB before parsing it, naming the size and the limit', () => {
    const text = JSON.stringify({ ...minimalScenario(), summary: 'x'.repeat(2 * 1024 * 1024) });
    const error = firstError(text);
    expect(error).toMatchObject({ path: '$', allowed: 'at most 1,048,576 bytes (1 MB)' });
    expect(error?.message).toContain('2,097,');
  });

  it('counts bytes, not characters, for text near the limit', () => {
    const text = JSON.stringify({ ...minimalScenario(), summary: 'é'.repeat(600_000) });
    expect(text.length).toBeLessThan(1_048_576);
    expect(firstError(text)?.message).toMatch(/^is 1,200,\d{3} bytes/);
  });

  it('refuses deep nesting without recursing, even a million levels deep', () => {
    const error = firstError('['.repeat(1_000_000));
    expect(error?.message).toContain('more than 32 levels deep at line 1, column 33');
  });

  it('accepts nesting up to 32 levels as far as syntax goes', () => {
    const error = firstError(`${'['.repeat(32)}${']'.repeat(32)}`);
    expect(error?.path).toBe('$');
    expect(error?.message).toBe('has the wrong type');
  });

  it.each([
    ['{"a":}', 'expected a value, found "}" at line 1, column 6'],
    ['{"a":1', "the text ends where ',' or '}' should follow at line 1, column 7"],
    ['{\n  "a": 1,\n}', 'expected a property name in double quotes, found "}" at line 3, column 1'],
    ['[1 2]', `expected ',' or ']', found "2"`],
    ['{"a" 1}', `expected ':'`],
    ["{'a': 1}", 'expected a property name in double quotes'],
    ['[NaN]', 'expected a value, found "N"'],
    ['"\\x"', 'an invalid escape in a string'],
    ['"abc', 'a string that never ends'],
    ['{} {}', 'expected the end of the text'],
    ['', 'the text ends where a value should follow'],
  ])('reports the position of a syntax error in %j', (text, expected) => {
    const error = firstError(text);
    expect(error?.path).toBe('$');
    expect(error?.message).toContain(expected);
  });

  it('agrees with JSON.parse on tricky but valid JSON', () => {
    for (const text of [
      '0',
      '-0.5e-3',
      '"\\u00e9\\n"',
      ' [ ] ',
      '{"a":[{},{"b":null}],"c":true}',
    ]) {
      const error = firstError(text);
      expect(error?.message, `${text}: ${formatScenarioErrors([error!])}`).not.toContain('JSON');
    }
  });
});

describe('parseScenarioText on huge text', () => {
  it('does not count the bytes of text far beyond the limit', () => {
    const error = firstError(' '.repeat(20_000_000));
    expect(error?.found).toBe('at least 20,000,000 bytes');
  });
});
