// Every scenario doubles as a test: each bundled file (and each guided fixture here) validates,
// runs headless to its end with its own seed, and its expected outcomes hold; ids are unique and
// every module exists in the course outline. These are the checks `npm run check:scenarios` runs.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkScenarioDirectory,
  readCourseOutline,
  runHeadless,
  scenarioFileNames,
} from '../../scripts/checkScenarios.ts';
import {
  checkOutcomes,
  courseModuleIds,
  firstMatchingEvent,
  parseScenarioText,
} from '../../src/scenario/index.ts';

const BUNDLED = join(import.meta.dirname, '..', '..', 'scenarios');
const FIXTURES = join(import.meta.dirname, 'fixtures');

describe.each([BUNDLED, FIXTURES])('scenario files in %s', (dir) => {
  it.each(scenarioFileNames(dir))('%s validates, runs and meets its expected outcomes', (name) => {
    const parsed = parseScenarioText(readFileSync(join(dir, name), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    const failures = checkOutcomes(parsed.scenario, runHeadless(parsed.scenario)).filter(
      (r) => !r.ok,
    );
    expect(
      failures.map((f) => f.message),
      `seed ${parsed.scenario.seed}`,
    ).toEqual([]);
  });

  it('passes the whole-set checks: unique ids, modules in the course outline', () => {
    const report = checkScenarioDirectory(dir, readCourseOutline());
    expect(report.lines.filter((line) => line.includes('FAIL'))).toEqual([]);
    expect(report.ok).toBe(true);
  });
});

describe('the guided fixtures', () => {
  it('have expected outcomes and narration triggers that fire in the run', () => {
    const name = 'guided-eager-rebalance-pause.json';
    const parsed = parseScenarioText(readFileSync(join(FIXTURES, name), 'utf8'));
    if (!parsed.ok) throw new Error('fixture invalid');
    const { narration, expect: outcomes } = parsed.scenario;
    expect(outcomes.length).toBeGreaterThan(5);
    const { trace } = runHeadless(parsed.scenario);
    const timeout = narration.find((step) => step.id === 'timeout');
    expect(firstMatchingEvent(trace, timeout!.trigger)?.atMs).toBe(37_001);
  });
});

describe('courseModuleIds', () => {
  it('reads the module lines of an outline', () => {
    const outline =
      '# Course\n\n- M01 Signals\n  - Signals vs Events\n- M12 Offsets\n- Appendices\n';
    expect(courseModuleIds(outline)).toEqual(['M01', 'M12']);
  });

  it('falls back to M01 to M50 without an outline', () => {
    const ids = courseModuleIds(undefined);
    expect(ids).toHaveLength(50);
    expect([ids[0], ids[49]]).toEqual(['M01', 'M50']);
  });
});
