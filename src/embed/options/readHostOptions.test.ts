import { describe, expect, test } from 'vitest';
import { readHostOptions } from './readHostOptions.ts';

const BASE = 'https://lessons.example.org/m03/page.html';

function fromAttributes(attributes: Record<string, string>, fallback: string | null = null) {
  return readHostOptions((name) => attributes[name] ?? null, {
    name: 'app-url',
    fallback,
    base: BASE,
  });
}

describe('readHostOptions', () => {
  test('reads the embed options and resolves the app address against the page', () => {
    const read = fromAttributes({ scenario: 'core-loop', views: 'logs', 'app-url': '/sandbox/' });
    expect(read.options.scenario).toBe('core-loop');
    expect(read.options.views).toEqual(['logs']);
    expect(read.appUrl).toBe('https://lessons.example.org/sandbox/');
    expect(read.problems).toEqual([]);
  });

  test('uses the fallback address when the host names none', () => {
    expect(fromAttributes({}, 'https://sandbox.test/').appUrl).toBe('https://sandbox.test/');
    expect(fromAttributes({}).appUrl).toBeNull();
  });

  test('refuses a script address under the host’s own option name and keeps the fallback', () => {
    const read = readHostOptions(
      (name) => ({ appUrl: 'javascript:alert(1)', t: 'soon' })[name] ?? null,
      { name: 'appUrl', fallback: 'https://sandbox.test/', base: BASE },
    );
    expect(read.appUrl).toBe('https://sandbox.test/');
    expect(read.problems.map((p) => p.option)).toEqual(['t', 'appUrl']);
    expect(read.problems[1]?.message).toBe(
      'appUrl: "javascript:" addresses are not allowed; use an http or https address of the sandbox app',
    );
  });
});
