// A one-pass, non-recursive JSON syntax check. It runs before JSON.parse for two reasons: it
// refuses deep nesting without risking a stack overflow, and it reports the position of a syntax
// error in the same words in every browser (JSON.parse's messages differ, and some omit it).

export interface JsonTextProblem {
  readonly kind: 'syntax' | 'depth';
  /** Index of the offending character, in UTF-16 code units. */
  readonly position: number;
  readonly reason: string;
}

/** What may come next, apart from whitespace. */
type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose';

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const ESCAPABLE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function isWhitespace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t';
}

/** Returns the index after a string that starts at `start`, or a problem. */
function scanString(text: string, start: number): number | JsonTextProblem {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20)
      return { kind: 'syntax', position: i, reason: 'a control character inside a string' };
    if (c !== 0x5c) {
      i += 1;
      continue;
    }
    const escaped = text[i + 1];
    if (escaped === 'u' && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
    else if (escaped !== undefined && ESCAPABLE.has(escaped)) i += 2;
    else return { kind: 'syntax', position: i, reason: 'an invalid escape in a string' };
  }
  return { kind: 'syntax', position: start, reason: 'a string that never ends' };
}

/** Returns the index after a number, true or false or null at `start`, or undefined. */
function scanScalar(text: string, start: number): number | undefined {
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, start)) return start + word.length;
  }
  NUMBER.lastIndex = start;
  return NUMBER.test(text) ? NUMBER.lastIndex : undefined;
}

/** The state after closing a container with `c`, or undefined if `c` does not close the top one. */
function close(stack: string[], c: string): Expect | undefined {
  if (stack.at(-1) !== (c === '}' ? '{' : '[')) return undefined;
  stack.pop();
  return 'commaOrClose';
}

function expectedWords(state: Expect, stack: readonly string[]): string {
  const closer = stack.at(-1) === '{' ? '}' : ']';
  if (state === 'key' || state === 'keyOrClose') return 'a property name in double quotes';
  if (state === 'colon') return "':'";
  if (state === 'commaOrClose')
    return stack.length === 0 ? 'the end of the text' : `',' or '${closer}'`;
  return 'a value';
}

/** Returns the first syntax or nesting problem in `text`, or undefined if it is valid JSON. */
export function findJsonTextProblem(text: string, maxDepth: number): JsonTextProblem | undefined {
  const stack: string[] = [];
  let state: Expect = 'value';
  let i = 0;
  for (;;) {
    while (isWhitespace(text[i])) i += 1;
    const c = text[i];
    if (c === undefined) break;
    let next: Expect | undefined;
    let end: number | JsonTextProblem | undefined = i + 1;
    if ((c === '}' && state === 'keyOrClose') || (c === ']' && state === 'valueOrClose')) {
      next = close(stack, c);
    } else if (state === 'commaOrClose' && (c === '}' || c === ']')) {
      next = close(stack, c);
    } else if (state === 'commaOrClose' && c === ',' && stack.length > 0) {
      next = stack.at(-1) === '{' ? 'key' : 'value';
    } else if (state === 'colon' && c === ':') {
      next = 'value';
    } else if ((state === 'key' || state === 'keyOrClose') && c === '"') {
      [next, end] = ['colon', scanString(text, i)];
    } else if (state === 'value' || state === 'valueOrClose') {
      [next, end] = valueStart(text, i, stack);
      if (stack.length > maxDepth) {
        return { kind: 'depth', position: i, reason: `nesting deeper than ${maxDepth} levels` };
      }
    }
    if (typeof end === 'object') return end;
    if (next === undefined || end === undefined) {
      return {
        kind: 'syntax',
        position: i,
        reason: `expected ${expectedWords(state, stack)}, found ${JSON.stringify(c)}`,
      };
    }
    [state, i] = [next, end];
  }
  if (state === 'commaOrClose' && stack.length === 0) return undefined;
  return {
    kind: 'syntax',
    position: text.length,
    reason: `the text ends where ${expectedWords(state, stack)} should follow`,
  };
}

/** Starts a value at `i`: opens a container, or scans a string or a scalar. */
function valueStart(
  text: string,
  i: number,
  stack: string[],
): [Expect | undefined, number | JsonTextProblem | undefined] {
  const c = text[i];
  if (c === '{' || c === '[') {
    stack.push(c);
    return [c === '{' ? 'keyOrClose' : 'valueOrClose', i + 1];
  }
  if (c === '"') return ['commaOrClose', scanString(text, i)];
  const end = scanScalar(text, i);
  return [end === undefined ? undefined : 'commaOrClose', end];
}
