// A variant that restates a scenario's expected outcomes makes a promise of its own ("with
// acks=all, no acknowledged record is lost"), so it is run and checked like the default run.
// Scenarios built on dataflows are covered, with their narration, by dataflowScenarios.test.ts.

import { describe, expect, it } from 'vitest';
import { runHeadless } from '../../scripts/checkScenarios.ts';
import { applyVariant, checkOutcomes, formatScenarioErrors } from '../../src/scenario/index.ts';
import { loadScenarioFile, scenarioFileNames } from '../support/scenarios.ts';

const withRestatingVariants = scenarioFileNames()
  .map((name) => ({ name, scenario: loadScenarioFile(name) }))
  .filter(({ scenario }) => (scenario.topology.dataflows?.length ?? 0) === 0)
  .map(({ name, scenario }) => ({
    name,
    scenario,
    variants: scenario.variants
      .filter((v) => v.overrides.some((o) => o.path.startsWith('$.expect')))
      .map((v) => v.id),
  }))
  .filter(({ variants }) => variants.length > 0);

describe.each(withRestatingVariants)('$name', ({ scenario, variants }) => {
  it.each(variants)('meets the expected outcomes of variant %s', (id) => {
    const variant = applyVariant(scenario, id);
    if (!variant.ok) throw new Error(formatScenarioErrors(variant.errors));
    const failed = checkOutcomes(variant.scenario, runHeadless(variant.scenario)).filter(
      (r) => !r.ok,
    );
    expect(failed.map((r) => r.message)).toEqual([]);
  });
});

it('finds variants to check', () => {
  expect(withRestatingVariants.length).toBeGreaterThan(5);
});
