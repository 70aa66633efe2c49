// The inline half of the narration's small Markdown subset: `code`, **strong**, *emphasis* (also
// with underscores), backslash escapes and [links](https://...). It returns plain data; the
// renderer turns every string into a React text node, so nothing here can become markup.

export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'strong' | 'em'; readonly children: readonly Inline[] }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly Inline[] };

/** Nesting deeper than this is left as text; course texts never come close. */
const DEPTH_MAX = 4;
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
const ESCAPABLE = /[\\`*_[\]()#+\-.!<>]/;

type Match = { readonly node: Inline; readonly end: number } | null;

/** A closing mark follows a non-space; an underscore one must not run into a word. */
function findClosing(text: string, marker: string, from: number): number {
  for (let at = text.indexOf(marker, from); at > from; at = text.indexOf(marker, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + marker.length] ?? ' ';
    if (/\s/.test(before)) continue;
    if (marker.startsWith('_') && /\w/.test(after)) continue;
    if (marker.length === 1 && text[at + 1] === marker) continue;
    return at;
  }
  return -1;
}

function codeAt(text: string, i: number): Match {
  const end = text.indexOf('`', i + 1);
  return end < 0 ? null : { node: { kind: 'code', text: text.slice(i + 1, end) }, end: end + 1 };
}

function delimitedAt(text: string, i: number, depth: number): Match {
  const double = text.startsWith('**', i) || text.startsWith('__', i);
  const marker = double ? text.slice(i, i + 2) : (text[i] ?? '');
  if (marker[0] === '_' && i > 0 && /\w/.test(text[i - 1] ?? '')) return null;
  const start = i + marker.length;
  if (/\s/.test(text[start] ?? ' ')) return null;
  const end = findClosing(text, marker, start);
  if (end < 0) return null;
  const children = parseInline(text.slice(start, end), depth + 1);
  return { node: { kind: double ? 'strong' : 'em', children }, end: end + marker.length };
}

function linkAt(text: string, i: number, depth: number): Match {
  const close = text.indexOf('](', i);
  const end = close < 0 ? -1 : text.indexOf(')', close + 2);
  if (close < 0 || end < 0) return null;
  const href = text.slice(close + 2, end).trim();
  if (!SAFE_HREF.test(href)) return null;
  return {
    node: { kind: 'link', href, children: parseInline(text.slice(i + 1, close), depth + 1) },
    end: end + 1,
  };
}

function specialAt(text: string, i: number, depth: number): Match {
  const c = text[i];
  if (c === '`') return codeAt(text, i);
  if (depth >= DEPTH_MAX) return null;
  if (c === '*' || c === '_') return delimitedAt(text, i, depth);
  if (c === '[') return linkAt(text, i, depth);
  return null;
}

/**
 * Parses inline Markdown into plain nodes; anything it does not recognise stays text.
 *
 * @example
 * parseInline('the **leader** of `orders-0`');
 * // [text 'the ', strong [text 'leader'], text ' of ', code 'orders-0']
 */
export function parseInline(text: string, depth = 0): Inline[] {
  const nodes: Inline[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '\\' && ESCAPABLE.test(text[i + 1] ?? '')) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    const match = specialAt(text, i, depth);
    if (match === null) {
      plain += c;
      i += 1;
      continue;
    }
    if (plain !== '') nodes.push({ kind: 'text', text: plain });
    plain = '';
    nodes.push(match.node);
    i = match.end;
  }
  if (plain !== '') nodes.push({ kind: 'text', text: plain });
  return nodes;
}
