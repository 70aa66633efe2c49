// Finds what a scenario's Markdown must not contain: raw HTML and script-running link targets.
// Scenario files come from strangers, and the UI will render their text as Markdown; refusing
// these at load time means a file that passes validation cannot smuggle markup into the page,
// whatever renderer is used later. The check is deliberately stricter than any Markdown parser.

/** One thing the text must not contain, with where it starts (a UTF-16 index). */
export interface MarkdownProblem {
  readonly problem: string;
  readonly index: number;
  /** A short excerpt starting at the problem, for the error's `found`. */
  readonly excerpt: string;
}

/** A '<' that could open a tag, a closing tag, a comment, a doctype or a processing instruction. */
const RAW_HTML = /<[A-Za-z/!?]/;

/** Where a link destination starts: after `](` (inline links, images) or `]:` (definitions). */
const LINK_START = /\]\(|\]:/g;

/** Schemes a browser runs or renders inline; none of them belongs in a course text. */
const UNSAFE_SCHEMES = ['javascript:', 'vbscript:', 'data:'] as const;

/** Characters of a destination inspected; longer than any scheme even with padding and entities. */
const DESTINATION_CHARS_SCANNED = 120;

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
};

function excerpt(text: string, index: number): string {
  const cut = text.slice(index, index + 24);
  return JSON.stringify(index + 24 < text.length ? `${cut}…` : cut);
}

/**
 * What a browser would see as the start of a link destination: character references decoded,
 * backslash escapes dropped, whitespace and control characters removed (URL parsers strip them
 * from schemes), pointy brackets dropped, and letters folded to lower case.
 */
function normalizedDestination(raw: string): string {
  return raw
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_, hex: string) => safeCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]{1,7});?/g, (_, dec: string) => safeCodePoint(parseInt(dec, 10)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => NAMED_REFERENCES[name.toLowerCase()] ?? whole)
    .replace(/\\/g, '')
    .split('')
    .filter((c) => c > ' ' && c !== '\u007f' && c !== '<')
    .join('')
    .toLowerCase();
}

function safeCodePoint(codePoint: number): string {
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
}

/** The first link whose destination uses a script-running or inline-data scheme. */
function findUnsafeLink(text: string): MarkdownProblem | undefined {
  for (const match of text.matchAll(LINK_START)) {
    const start = match.index + match[0].length;
    const destination = normalizedDestination(text.slice(start, start + DESTINATION_CHARS_SCANNED));
    const scheme = UNSAFE_SCHEMES.find((s) => destination.startsWith(s));
    if (scheme !== undefined) {
      return {
        problem: `has a ${scheme} link at character ${start}`,
        index: start,
        excerpt: excerpt(text, start),
      };
    }
  }
  return undefined;
}

/**
 * The first raw HTML or unsafe link in Markdown text, or undefined when there is none.
 *
 * @example
 * findMarkdownProblem('See <b>this</b>'); // { problem: 'contains raw HTML at character 4', ... }
 */
export function findMarkdownProblem(text: string): MarkdownProblem | undefined {
  const html = RAW_HTML.exec(text);
  if (html !== null) {
    return {
      problem: `contains raw HTML at character ${html.index}`,
      index: html.index,
      excerpt: excerpt(text, html.index),
    };
  }
  return findUnsafeLink(text);
}

/** What safe Markdown allows, for the `allowed` part of an error. */
export const SAFE_MARKDOWN_RULE =
  'no raw HTML (no "<" followed by a letter, "/", "!" or "?"; write "&lt;" or "< " instead) ' +
  'and no javascript:, vbscript: or data: links';
