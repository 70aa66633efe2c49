// The gallery's pure logic: which ladder group a scenario sits in, which scenarios a search and the
// module and concept filters let through, and the options those filters offer. No React here, so
// the grouping and matching rules have plain unit tests.

import type { ScenarioSummary } from '../catalog/scenarioCatalog.ts';
import {
  LADDER,
  ladderGroupOf,
  moduleNumber,
  OTHER_GROUP,
  type LadderGroup,
} from './courseLadder.ts';

export interface GalleryFilter {
  /** Words that must all appear in the title, summary or concepts (any case). */
  readonly query: string;
  /** A module id such as "M15", or null for any module. */
  readonly module: string | null;
  /** A concept tag such as "rebalance", or null for any concept. */
  readonly concept: string | null;
}

export const NO_FILTER: GalleryFilter = { query: '', module: null, concept: null };

export interface GallerySection {
  readonly group: LadderGroup;
  readonly scenarios: readonly ScenarioSummary[];
}

/** The lowest course module a scenario teaches, or Infinity when it names none. */
function firstModuleNumber(scenario: ScenarioSummary): number {
  const numbers = scenario.modules.map(moduleNumber).filter((n): n is number => n !== null);
  return numbers.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...numbers);
}

/**
 * The ladder group a scenario is listed under: that of its earliest course module, so a scenario
 * that spans steps appears once, where a learner meets it first.
 *
 * @example
 * homeGroup({ ...scenario, modules: ['M27', 'M16'] }).id; // 'step-2'
 */
export function homeGroup(scenario: ScenarioSummary): LadderGroup {
  const first = firstModuleNumber(scenario);
  if (!Number.isFinite(first)) return OTHER_GROUP;
  return ladderGroupOf(`M${String(first).padStart(2, '0')}`);
}

function searchText(scenario: ScenarioSummary): string {
  return [scenario.title, scenario.summary, ...(scenario.concepts ?? [])].join(' ').toLowerCase();
}

/** Whether the scenario passes the search words and both filters. */
export function matchesFilter(scenario: ScenarioSummary, filter: GalleryFilter): boolean {
  if (filter.module !== null && !scenario.modules.includes(filter.module)) return false;
  if (filter.concept !== null && !(scenario.concepts ?? []).includes(filter.concept)) return false;
  const words = filter.query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return true;
  const text = searchText(scenario);
  return words.every((word) => text.includes(word));
}

function byModuleThenTitle(a: ScenarioSummary, b: ScenarioSummary): number {
  return firstModuleNumber(a) - firstModuleNumber(b) || a.title.localeCompare(b.title);
}

/**
 * The non-empty ladder groups, in course order (then "Other"), each with its matching scenarios
 * sorted by module, then title.
 *
 * @example
 * gallerySections(scenarios, { query: 'rebalance', module: null, concept: null });
 */
export function gallerySections(
  scenarios: readonly ScenarioSummary[],
  filter: GalleryFilter,
): GallerySection[] {
  const matching = scenarios.filter((s) => matchesFilter(s, filter)).sort(byModuleThenTitle);
  return [...LADDER, OTHER_GROUP]
    .map((group) => ({ group, scenarios: matching.filter((s) => homeGroup(s).id === group.id) }))
    .filter((section) => section.scenarios.length > 0);
}

/** Every module the scenarios name, in course order. */
export function moduleOptions(scenarios: readonly ScenarioSummary[]): string[] {
  const ids = new Set(scenarios.flatMap((s) => s.modules));
  return [...ids].sort(
    (a, b) => (moduleNumber(a) ?? 99) - (moduleNumber(b) ?? 99) || a.localeCompare(b),
  );
}

/** Every concept tag the scenarios carry, alphabetically. */
export function conceptOptions(scenarios: readonly ScenarioSummary[]): string[] {
  return [...new Set(scenarios.flatMap((s) => s.concepts ?? []))].sort();
}
