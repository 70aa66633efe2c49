// Turns zod issues into ScenarioErrors. The schema builders in fieldSchemas.ts set every message
// to a description of what is allowed, so this file only has to say what went wrong and what was
// found, looking the found value up in the original input.

import type { z } from 'zod';
import { describeFound, jsonPath, truncate, valueAt, type ScenarioError } from './scenarioError.ts';

type Issue = z.core.$ZodIssue;

/** A short phrase for what went wrong, chosen by the kind of issue and of value. */
function problemOf(issue: Issue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return 'is missing';
      return issue.expected === 'int' && typeof found === 'number'
        ? 'is not a whole number'
        : 'has the wrong type';
    case 'too_big':
      return issue.origin === 'array'
        ? 'has too many items'
        : issue.origin === 'string'
          ? 'is too long'
          : 'is too large';
    case 'too_small':
      return issue.origin === 'array'
        ? 'has too few items'
        : issue.origin === 'string'
          ? 'is too short'
          : 'is too small';
    case 'not_multiple_of':
      return 'has too many decimals';
    case 'invalid_format':
      return 'has characters that are not allowed';
    case 'invalid_value':
      return found === undefined ? 'is missing' : 'is not one of the allowed values';
    case 'invalid_union':
      return found === undefined ? 'is missing' : 'is not a known kind';
    case 'invalid_key':
      return 'is not an allowed name';
    case 'custom': {
      const problem: unknown = issue.params?.['problem'];
      return typeof problem === 'string' ? problem : 'is not allowed';
    }
    default:
      return 'is not allowed';
  }
}

/** A custom check may describe what it found better than the value's start, as an excerpt. */
function foundParam(issue: Issue): string | undefined {
  if (issue.code !== 'custom') return undefined;
  const found: unknown = issue.params?.['found'];
  return typeof found === 'string' ? truncate(found) : undefined;
}

/** One ScenarioError per unknown key, each pointing at the key itself. */
function unknownKeyErrors(
  issue: Issue & { code: 'unrecognized_keys' },
  input: unknown,
): ScenarioError[] {
  return issue.keys.map((key) => ({
    path: jsonPath([...issue.path, key]),
    message: 'is not a known key',
    found: describeFound(valueAt(input, [...issue.path, key])),
    allowed: issue.message,
  }));
}

/** Converts zod issues to ScenarioErrors, keeping only the first error for each path. */
export function errorsFromZodIssues(issues: readonly Issue[], input: unknown): ScenarioError[] {
  const errors: ScenarioError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      errors.push(...unknownKeyErrors(issue, input));
      continue;
    }
    const found = valueAt(input, issue.path);
    // A bad key is reported at its own path; what was found is the key, not its value.
    const key = issue.code === 'invalid_key' ? issue.path.at(-1) : undefined;
    errors.push({
      path: jsonPath(issue.path),
      message: problemOf(issue, found),
      found: foundParam(issue) ?? describeFound(typeof key === 'string' ? key : found),
      allowed: truncate(issue.message, 400),
    });
  }
  return firstPerPath(errors);
}

/** Keeps the first error at each path; a value outside 1..64 that is also fractional needs one. */
function firstPerPath(errors: readonly ScenarioError[]): ScenarioError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    if (seen.has(error.path)) return false;
    seen.add(error.path);
    return true;
  });
}
