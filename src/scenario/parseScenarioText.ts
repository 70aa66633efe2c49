// Parses the text of a scenario file. It bounds the size and the nesting depth before JSON.parse
// sees the text, so a hostile file can neither exhaust memory nor overflow the stack; then it
// validates the value with parseScenario. It never throws and never evaluates the text.

import { findJsonTextProblem, type JsonTextProblem } from './findJsonTextProblem.ts';
import { parseScenario, type ParseScenarioResult } from './parseScenario.ts';
import { truncate, type ScenarioError } from './scenarioError.ts';
import { NESTING_DEPTH_MAX, TEXT_BYTES_MAX } from './scenarioLimits.ts';

const formatCount = (n: number): string => n.toLocaleString('en-US');

/** UTF-8 size of a string, counted without allocating an encoded copy. */
function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Beyond this length the exact size is not worth counting; the error says "at least". */
const COUNTED_CHARS_MAX = 16 * TEXT_BYTES_MAX;

function sizeError(text: string): ScenarioError | undefined {
  // Every UTF-16 unit takes at least one byte, so a very long string is too big without counting.
  const counted = text.length <= COUNTED_CHARS_MAX;
  const bytes = counted ? utf8ByteLength(text) : text.length;
  if (bytes <= TEXT_BYTES_MAX) return undefined;
  const size = `${counted ? '' : 'at least '}${formatCount(bytes)} bytes`;
  return {
    path: '$',
    message: `is ${size}, more than the limit of ${formatCount(TEXT_BYTES_MAX)} bytes (1 MB)`,
    found: size,
    allowed: `at most ${formatCount(TEXT_BYTES_MAX)} bytes (1 MB)`,
  };
}

/** "line 3, column 7", counting from 1 as editors do. */
function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) [line, lineStart] = [line + 1, i + 1];
  }
  return `line ${line}, column ${position - lineStart + 1}`;
}

function textProblemError(text: string, problem: JsonTextProblem): ScenarioError {
  const where = `${lineAndColumn(text, problem.position)} (character ${problem.position})`;
  if (problem.kind === 'depth') {
    return {
      path: '$',
      message: `nests arrays and objects more than ${NESTING_DEPTH_MAX} levels deep at ${where}`,
      found: `more than ${NESTING_DEPTH_MAX} levels`,
      allowed: `at most ${NESTING_DEPTH_MAX} levels of nesting`,
    };
  }
  return {
    path: '$',
    message: `is not valid JSON: ${problem.reason} at ${where}`,
    found: JSON.stringify(truncate(text.slice(problem.position, problem.position + 20), 20)),
    allowed: 'JSON text',
  };
}

/**
 * Parses and validates the text of a scenario file.
 *
 * @example
 * const result = parseScenarioText(await file.text());
 * if (result.ok) load(result.scenario);
 */
export function parseScenarioText(text: string): ParseScenarioResult {
  if (typeof text !== 'string') {
    return { ok: false, errors: [{ path: '$', message: 'is not text', allowed: 'a string' }] };
  }
  const tooBig = sizeError(text);
  if (tooBig !== undefined) return { ok: false, errors: [tooBig] };
  // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const problem = findJsonTextProblem(body, NESTING_DEPTH_MAX);
  if (problem !== undefined) return { ok: false, errors: [textProblemError(body, problem)] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // The scan above accepts only valid JSON, so this is a safety net for engine quirks.
    const reason = error instanceof Error ? truncate(error.message) : 'unknown reason';
    return { ok: false, errors: [{ path: '$', message: `is not valid JSON: ${reason}` }] };
  }
  return parseScenario(value);
}
