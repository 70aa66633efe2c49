// The block half of the narration's Markdown subset: paragraphs, "#" headings, and bulleted or
// numbered lists, nested by indentation. Lines inside a paragraph join with a space. Output is
// plain data, rendered by MarkdownText as text nodes only.

import { parseInline, type Inline } from './parseInline.ts';

export type Block =
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[] }
  | { readonly kind: 'heading'; readonly level: number; readonly content: readonly Inline[] }
  | {
      readonly kind: 'list';
      readonly ordered: boolean;
      readonly start: number;
      readonly items: readonly (readonly Block[])[];
    };

interface Marker {
  readonly indent: number;
  readonly ordered: boolean;
  readonly number: number;
  /** Where the item's text starts. */
  readonly contentColumn: number;
}

const LIST_MARKER = /^( *)([-*+]|(\d{1,9})[.)]) +/;
const HEADING = /^ {0,3}(#{1,6}) +(.*)$/;
/** Lists nested deeper than this are read as text. */
const NESTING_MAX = 6;

function markerOf(line: string): Marker | null {
  const match = LIST_MARKER.exec(line);
  if (match === null) return null;
  const digits = match[3];
  return {
    indent: match[1]?.length ?? 0,
    ordered: digits !== undefined,
    number: digits === undefined ? 1 : Number(digits),
    contentColumn: match[0].length,
  };
}

const isBlank = (line: string): boolean => line.trim() === '';
const indentOf = (line: string): number => line.length - line.trimStart().length;

/** Lines of one item: its first line's text, then lines indented past the marker (dedented). */
function itemLines(lines: readonly string[], from: number, marker: Marker): [string[], number] {
  const body = [(lines[from] ?? '').slice(marker.contentColumn)];
  let i = from + 1;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (isBlank(line) && (i + 1 >= lines.length || indentOf(next) <= marker.indent)) break;
    if (!isBlank(line) && indentOf(line) <= marker.indent) break;
    body.push(line.slice(Math.min(indentOf(line), marker.contentColumn)));
    i += 1;
  }
  return [body, i];
}

function parseList(lines: readonly string[], from: number, depth: number): [Block, number] {
  const first = markerOf(lines[from] ?? '') as Marker;
  const items: Block[][] = [];
  let i = from;
  for (;;) {
    const marker = markerOf(lines[i] ?? '');
    if (marker === null || marker.indent !== first.indent || marker.ordered !== first.ordered)
      break;
    const [body, next] = itemLines(lines, i, marker);
    items.push(parseLines(body, depth + 1));
    i = next;
    while (i < lines.length && isBlank(lines[i] ?? '') && markerOf(lines[i + 1] ?? '') !== null)
      i += 1;
  }
  return [{ kind: 'list', ordered: first.ordered, start: first.number, items }, i];
}

function parseLines(lines: readonly string[], depth: number): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const heading = HEADING.exec(line);
    if (isBlank(line)) {
      i += 1;
    } else if (heading !== null) {
      const content = parseInline(heading[2] ?? '');
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, content });
      i += 1;
    } else if (markerOf(line) !== null && depth < NESTING_MAX) {
      const [list, next] = parseList(lines, i, depth);
      blocks.push(list);
      i = next;
    } else {
      const text: string[] = [];
      while (
        i < lines.length &&
        !isBlank(lines[i] ?? '') &&
        (text.length === 0 || markerOf(lines[i] ?? '') === null)
      ) {
        text.push((lines[i] ?? '').trim());
        i += 1;
      }
      blocks.push({ kind: 'paragraph', content: parseInline(text.join(' ')) });
    }
  }
  return blocks;
}

/**
 * Parses the narration's Markdown subset into blocks.
 *
 * @example
 * parseMarkdown('Two ways:\n\n- **acks=1**\n- `acks=all`');
 */
export function parseMarkdown(text: string): Block[] {
  return parseLines(text.replace(/\r\n?/g, '\n').split('\n'), 0);
}
