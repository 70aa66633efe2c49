// The course's module ids, read from the text of the course outline (shared/course/outline.md),
// so that scenarios can be checked against the modules that actually exist. The outline lives
// outside this repository; without it the ids M01 to M50 of the file format stand in.

import { MODULE_IDS } from './scenarioSchemaV1.ts';

/** A module line of the outline: "- M12 Step 1 Offsets, Replay, and Reprocessing". */
const MODULE_LINE = /^\s*[-*]\s+(M[0-9]{2})\b/gm;

/**
 * The module ids an outline lists, in order; the built-in M01 to M50 when there is no outline
 * text or it lists none.
 *
 * @example
 * courseModuleIds(readFileSync('../shared/course/outline.md', 'utf8'));
 */
export function courseModuleIds(outlineText?: string): string[] {
  const ids = [...(outlineText ?? '').matchAll(MODULE_LINE)].map((m) => m[1] ?? '');
  const unique = [...new Set(ids.filter((id) => id !== ''))];
  return unique.length > 0 ? unique : [...MODULE_IDS];
}
