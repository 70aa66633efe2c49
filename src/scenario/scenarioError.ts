// What a scenario file got wrong, in words a course participant can act on: the JSON path, a short
// description of what was found, and what is allowed. Nothing here ever prints a raw huge value.

/** One problem in a scenario file. */
export interface ScenarioError {
  /** A JSON path such as `$.topology.topics[2].partitions`. */
  path: string;
  message: string;
  /** A short description of the value found, at most 80 characters. */
  found?: string;
  /** What the field accepts, such as "an integer from 1 to 64". */
  allowed?: string;
}

const FOUND_CHARS_MAX = 80;
/** Strings are cut shorter than the limit, so that quotes and an ellipsis still fit. */
const STRING_CHARS_SHOWN = 60;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Cuts text to `maxChars`, marking the cut with an ellipsis. */
export function truncate(text: string, maxChars = FOUND_CHARS_MAX): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Renders zod-style path segments as a JSON path: `$.a.b[2]["odd key"]`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'symbol') path += '[symbol]';
    else if (IDENTIFIER.test(segment) && segment.length <= FOUND_CHARS_MAX) path += `.${segment}`;
    else path += `[${JSON.stringify(truncate(segment))}]`;
  }
  return path;
}

/** A short description of a value, never longer than 80 characters and never the whole value. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    // Cut before quoting, so a megabyte string costs no more than a short one.
    const cut = value.length > STRING_CHARS_SHOWN;
    return truncate(
      `${JSON.stringify(cut ? value.slice(0, STRING_CHARS_SHOWN) : value)}${cut ? '…' : ''}`,
    );
  }
  if (typeof value === 'number' || typeof value === 'boolean') return truncate(String(value));
  if (Array.isArray(value)) return `a list of ${plural(value.length, 'item')}`;
  if (typeof value === 'object')
    return `an object with ${plural(Object.keys(value).length, 'key')}`;
  return `a ${typeof value}`;
}

/** Looks up the value at a path, following only own properties so `__proto__` is just a key. */
export function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** One line per error: `$.path: message (found X; allowed Y)`. */
export function formatScenarioErrors(errors: readonly ScenarioError[]): string {
  return errors
    .map((error) => {
      const details = [
        error.found === undefined ? undefined : `found ${error.found}`,
        error.allowed === undefined ? undefined : `allowed ${error.allowed}`,
      ].filter((part) => part !== undefined);
      const suffix = details.length > 0 ? ` (${details.join('; ')})` : '';
      return `${error.path}: ${error.message}${suffix}`;
    })
    .join('\n');
}
