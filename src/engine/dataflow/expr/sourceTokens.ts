// A small tokenizer used only to point error messages at the right character and to bound
// parenthesis nesting before the parser recurses. jsep does the real parsing; this file never
// decides what an expression means.

/** One token of source text with its 0-based start index. */
export interface SourceToken {
  readonly kind: 'identifier' | 'number' | 'string' | 'operator' | 'punct';
  readonly text: string;
  readonly at: number;
}

// Every operator spelling jsep knows, longest first, so that `===` is read as one token just as
// jsep reads it, rather than as `==` followed by `=`.
const OPERATORS = [
  '>>>',
  '===',
  '!==',
  '**',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '&&',
  '||',
  '??',
  '?.',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<',
  '>',
  '=',
  '!',
  '&',
  '|',
  '^',
  '~',
  '?',
  ':',
];

function isIdentifierStart(c: string): boolean {
  return /[A-Za-z$_]/.test(c) || c.charCodeAt(0) >= 128;
}

function isIdentifierPart(c: string): boolean {
  return isIdentifierStart(c) || (c >= '0' && c <= '9');
}

/** Returns the index just past a quoted string starting at `start`, honouring backslashes. */
function skipString(source: string, start: number): number {
  const quote = source.charAt(start);
  let i = start + 1;
  while (i < source.length && source.charAt(i) !== quote) i += source.charAt(i) === '\\' ? 2 : 1;
  return Math.min(i + 1, source.length);
}

/** Returns the index just past a run of characters accepted by `accept`. */
function skipWhile(source: string, start: number, accept: (c: string) => boolean): number {
  let i = start;
  while (i < source.length && accept(source.charAt(i))) i++;
  return i;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Splits `source` into tokens; unknown characters become one-character punctuation. */
export function tokenize(source: string): SourceToken[] {
  const tokens: SourceToken[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source.charAt(i);
    let end: number;
    let kind: SourceToken['kind'];
    if (/\s/.test(c)) {
      i++;
      continue;
    } else if (c === '"' || c === "'") {
      [kind, end] = ['string', skipString(source, i)];
    } else if (isDigit(c) || (c === '.' && isDigit(source.charAt(i + 1)))) {
      // Letters are swallowed too, so that the `e5` in `1e5` is never mistaken for a name.
      [kind, end] = ['number', skipWhile(source, i, (d) => isIdentifierPart(d) || d === '.')];
    } else if (isIdentifierStart(c)) {
      [kind, end] = ['identifier', skipWhile(source, i, isIdentifierPart)];
    } else {
      const op = OPERATORS.find((o) => source.startsWith(o, i));
      [kind, end] = op === undefined ? ['punct', i + 1] : ['operator', i + op.length];
    }
    tokens.push({ kind, text: source.slice(i, end), at: i });
    i = end;
  }
  return tokens;
}

/** The deepest nesting of `(` and `[` in the tokens, ignoring anything inside strings. */
export function bracketDepthMax(tokens: readonly SourceToken[]): number {
  let depth = 0;
  let deepest = 0;
  for (const t of tokens) {
    if (t.text === '(' || t.text === '[') deepest = Math.max(deepest, ++depth);
    else if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/**
 * The index of the first token with the given text and kind, preferring one for which `prefer`
 * holds (for example a name followed by `(`); undefined when there is none.
 */
export function findToken(
  tokens: readonly SourceToken[],
  kind: SourceToken['kind'],
  text: string,
  prefer?: (next: SourceToken | undefined) => boolean,
): number | undefined {
  let fallback: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== kind || t.text !== text) continue;
    if (prefer === undefined || prefer(tokens[i + 1])) return t.at;
    fallback ??= t.at;
  }
  return fallback;
}
