// Comparison operators of the assertion language, and the words that read them aloud in messages.

import type { CompareOp } from '../guided/guidedTypes.ts';

const WORDS: Readonly<Record<CompareOp, string>> = {
  '<=': 'at most',
  '==': 'exactly',
  '>=': 'at least',
};

export function compare(found: number, op: CompareOp, expected: number): boolean {
  switch (op) {
    case '<=':
      return found <= expected;
    case '==':
      return found === expected;
    case '>=':
      return found >= expected;
  }
}

/** "at most 3", "exactly 0", "at least 1". */
export function bound(op: CompareOp, expected: number): string {
  return `${WORDS[op]} ${expected}`;
}

/** "5000 ms": times in messages keep the unit the file uses. */
export function ms(tMs: number): string {
  return `${tMs} ms`;
}
