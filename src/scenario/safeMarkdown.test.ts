import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMarkdownProblem } from './safeMarkdown.ts';

describe('findMarkdownProblem', () => {
  it.each([
    ['<b>bold</b>', 'contains raw HTML at character 0'],
    ['a </p> b', 'contains raw HTML at character 2'],
    ['<!-- note -->', 'contains raw HTML'],
    ['<?php ?>', 'contains raw HTML'],
    ['<https://example.com>', 'contains raw HTML'],
    ['[a](javascript:alert(1))', 'has a javascript: link at character 4'],
    ['[a](<javascript:alert(1)>)', 'contains raw HTML'],
    ['[a](< javascript:alert(1)>)', 'has a javascript: link'],
    ['[a](java\tscript:x)', 'has a javascript: link'],
    ['[a](&#106;avascript:x)', 'has a javascript: link'],
    ['[a](&#x4A;AVASCRIPT&colon;x)', 'has a javascript: link'],
    ['[a](javascript\\:x)', 'has a javascript: link'],
    ['![img](data:image/svg+xml;base64,PHN2Zz4=)', 'has a data: link'],
    ['[a]: VBScript:msgbox', 'has a vbscript: link'],
  ])('refuses %j', (text, problem) => {
    expect(findMarkdownProblem(text)?.problem).toContain(problem);
  });

  it.each([
    'a < b and 1<2',
    'x <= 3, y -> z',
    '[docs](https://kafka.apache.org/documentation/)',
    'metadata: fine, and javascript: in prose is fine too',
  ])('accepts %j', (text) => {
    expect(findMarkdownProblem(text)).toBeUndefined();
  });

  it('refuses tags inside code spans too, since it does not parse Markdown', () => {
    expect(findMarkdownProblem('write `<b>` for bold')?.problem).toBe(
      'contains raw HTML at character 7',
    );
  });

  it('never throws, and refuses every text with "<" before a letter', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('a', 'Z', '/', '!', '?'), fc.string(), (a, c, b) => {
        expect(findMarkdownProblem(`${a}<${c}${b}`)).toBeDefined();
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        findMarkdownProblem(text);
      }),
    );
  });
});
