// Checks every scenario file: it validates, it runs headless to its end with its own seed, its
// expected outcomes hold, no two files share an id, and every module it names is in the course
// outline. Usage: `npm run check:scenarios [-- <dir>]` (default: scenarios/). Exits 1 on any
// failure. tests/scenarios runs the same checks, by importing checkScenarioDirectory from here.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSimulation } from '../src/engine/index.ts';
import {
  checkOutcomes,
  checkScenarioSet,
  courseModuleIds,
  failureFreeScenario,
  formatScenarioErrors,
  parseScenarioText,
  type OutcomeRun,
  type ScenarioFile,
  type ScenarioSetEntry,
} from '../src/scenario/index.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');
/** CI copies shared/ beside the repository; a checkout without it uses the ids M01 to M50. */
const OUTLINE = join(REPO_ROOT, '..', 'shared', 'course', 'outline.md');

export interface DirectoryReport {
  readonly ok: boolean;
  /** One line per scenario and per assertion, then one per problem across the set. */
  readonly lines: readonly string[];
}

/** A run to the end and a forward-only probe of the same scenario, without a failure-free run. */
function runOnce(scenario: ScenarioFile): OutcomeRun {
  const sim = createSimulation(scenario);
  sim.runUntil(scenario.durationMs);
  const probe = createSimulation(scenario);
  const stateAt = (tMs: number) => {
    if (tMs >= probe.nowMs()) probe.runUntil(tMs);
    else probe.seek(tMs);
    return probe.getState();
  };
  return { trace: sim.trace(), stateAt };
}

/**
 * Runs a scenario to its end with its own seed. `stateAt` uses a second simulation that only
 * runs forward while times increase, which is how checkOutcomes asks, so no seek is needed. The
 * failure-free run (same seed, faults removed) is made only if an assertion asks, and only once.
 */
export function runHeadless(scenario: ScenarioFile): OutcomeRun {
  let failureFree: OutcomeRun | undefined;
  return {
    ...runOnce(scenario),
    failureFree: () => (failureFree ??= runOnce(failureFreeScenario(scenario))),
  };
}

/** The scenario files of a directory, sorted; schema.json describes them and is not one. */
export function scenarioFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort();
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}

/** Checks one file; returns its lines, whether it passed, and the scenario when it parsed. */
function checkFile(dir: string, name: string) {
  const parsed = parseScenarioText(readFileSync(join(dir, name), 'utf8'));
  if (!parsed.ok) {
    return {
      ok: false,
      lines: [`FAIL  ${name}: invalid`, indent(formatScenarioErrors(parsed.errors))],
    };
  }
  const scenario = parsed.scenario;
  const results = checkOutcomes(scenario, runHeadless(scenario));
  const held = results.filter((r) => r.ok).length;
  const ok = held === results.length;
  const head = `${ok ? 'ok  ' : 'FAIL'}  ${name} (${scenario.id}, seed ${scenario.seed}, ${scenario.durationMs} ms): ${held} of ${results.length} expected outcomes hold`;
  // The message already restates an unlabelled assertion, so only a label is printed before it.
  const lines = results.map((r) => {
    const label = r.assertion.label === undefined ? '' : `${r.assertion.label} `;
    return `  ${r.ok ? 'ok  ' : 'FAIL'}  ${label}(${r.message})`;
  });
  return { ok, lines: [head, ...lines], scenario };
}

/**
 * Checks every scenario file in `dir` and the set as a whole.
 *
 * @example
 * const report = checkScenarioDirectory('scenarios');
 * if (!report.ok) console.log(report.lines.join('\n'));
 */
export function checkScenarioDirectory(dir: string, outlineText?: string): DirectoryReport {
  const lines: string[] = [];
  const entries: ScenarioSetEntry[] = [];
  let ok = true;
  for (const name of scenarioFileNames(dir)) {
    const file = checkFile(dir, name);
    lines.push(...file.lines);
    ok &&= file.ok;
    if (file.scenario !== undefined) entries.push({ source: name, scenario: file.scenario });
  }
  const problems = checkScenarioSet(entries, courseModuleIds(outlineText));
  for (const problem of problems) lines.push(`FAIL  ${problem.source}: ${problem.message}`);
  return { ok: ok && problems.length === 0, lines };
}

/** The course outline's text, or undefined when shared/ is not beside the repository. */
export function readCourseOutline(): string | undefined {
  return existsSync(OUTLINE) ? readFileSync(OUTLINE, 'utf8') : undefined;
}

function main(): void {
  const dir = resolve(process.argv[2] ?? join(REPO_ROOT, 'scenarios'));
  const outline = readCourseOutline();
  const report = checkScenarioDirectory(dir, outline);
  const modules = outline === undefined ? 'built-in M01-M50' : OUTLINE;
  process.stdout.write(`${report.lines.join('\n')}\nmodules checked against ${modules}\n`);
  process.exitCode = report.ok ? 0 : 1;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  main();
}
