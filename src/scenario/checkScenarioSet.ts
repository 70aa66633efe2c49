// Checks that only a set of scenarios can fail: two files sharing an id (the app keys scenarios
// by id), and modules the course outline does not have. Each file passes on its own already.

import type { ScenarioFile } from './scenarioSchema.ts';

export interface ScenarioSetEntry {
  /** Where the scenario came from, such as "scenarios/replay-after-bug-fix.json". */
  readonly source: string;
  readonly scenario: Pick<ScenarioFile, 'id' | 'modules'>;
}

export interface ScenarioSetProblem {
  readonly source: string;
  readonly message: string;
}

/**
 * Problems across a set of valid scenarios, in the order of the entries.
 *
 * @example
 * checkScenarioSet(entries, courseModuleIds(outlineText)); // [] when all is well
 */
export function checkScenarioSet(
  entries: readonly ScenarioSetEntry[],
  moduleIds: readonly string[],
): ScenarioSetProblem[] {
  const known = new Set(moduleIds);
  const firstSourceOfId = new Map<string, string>();
  const problems: ScenarioSetProblem[] = [];
  for (const { source, scenario } of entries) {
    const earlier = firstSourceOfId.get(scenario.id);
    if (earlier !== undefined) {
      problems.push({ source, message: `id "${scenario.id}" is already used by ${earlier}` });
    } else firstSourceOfId.set(scenario.id, source);
    scenario.modules.forEach((module, i) => {
      if (!known.has(module)) {
        problems.push({
          source,
          message: `$.modules[${i}] names module ${module}, which the course outline does not have`,
        });
      }
    });
  }
  return problems;
}
