// `npm run sweep -- --seeds N --from S [--report] [--write-failing [DIR]]`: the seed sweep of
// tests/sim outside vitest. It prints progress and every failure with its reproduce command on
// stderr, writes failing scenarios as JSON on request, and with --report prints JSON figures on
// stdout: faults by kind (cluster, client and stream-job faults), checks by kind, coverage, the
// hostile-input check and a one-hour memory run.
// Exit codes: 0 all clean, 1 a violation, 2 bad flags.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FAULT_KINDS } from '../tests/sim/generateFaults.ts';
import { JOB_FAULT_LABELS } from '../tests/sim/generateJobFaults.ts';
import { runHostileSuite } from '../tests/sim/hostileSuite.ts';
import { JobCheck } from '../tests/sim/jobCheckState.ts';
import { knownBugFor } from '../tests/sim/knownEngineBugs.ts';
import {
  checksDeterminism,
  describeFailure,
  runSeed,
  type SeedOutcome,
} from '../tests/sim/runSeed.ts';
import { runMemoryHour } from './sweep/memoryRun.ts';
import { parseSweepArgs, type SweepArgs } from './sweep/sweepArgs.ts';
import {
  addOutcome,
  checksByKind,
  createTotals,
  faultsByKind,
  type SweepTotals,
} from './sweep/sweepReport.ts';

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function writeFailing(dir: string, outcome: SeedOutcome): void {
  if (outcome.generated === undefined) return;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `seed-${outcome.seed}.json`);
  writeFileSync(file, `${JSON.stringify(outcome.generated.raw, null, 2)}\n`);
  say(`  wrote ${file}`);
}

function reportFailure(args: SweepArgs, outcome: SeedOutcome): void {
  const known = knownBugFor(outcome.seed);
  say(describeFailure(outcome));
  if (known !== undefined)
    say(`  (known engine bug, not counted as a violation: ${known.diagnosis})`);
  if (args.writeFailingDir !== undefined) writeFailing(resolve(args.writeFailingDir), outcome);
}

function sweepSeeds(args: SweepArgs): SweepTotals {
  const totals = createTotals();
  const started = performance.now();
  const every = args.seeds <= 20 ? 1 : 10;
  for (let i = 0; i < args.seeds; i++) {
    const outcome = runSeed(args.from + i);
    addOutcome(totals, outcome, knownBugFor(outcome.seed) !== undefined);
    if (outcome.violations.length > 0) reportFailure(args, outcome);
    if ((i + 1) % every === 0 || i + 1 === args.seeds) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      say(
        `[${i + 1}/${args.seeds}] up to seed ${outcome.seed}: ${totals.seedsFailed.length} failing, ${totals.knownEngineBugSeeds.length} known engine bugs (${seconds} s)`,
      );
    }
  }
  return totals;
}

/** The counts with keys in alphabetical order, so reports compare line by line. */
function sortedCounts(counts: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function report(args: SweepArgs, totals: SweepTotals, started: number): number {
  say('hostile inputs…');
  const hostile = runHostileSuite({ numRuns: 200, seed: 1 });
  say('memory: one simulated hour at 1,000 records/s…');
  const memory = runMemoryHour((minute) => {
    if (minute % 10 === 0) say(`  minute ${minute}`);
  });
  const violations = totals.violations + hostile.problems.length;
  const determinismSeeds = Array.from({ length: args.seeds }, (_, i) => args.from + i).filter(
    checksDeterminism,
  ).length;
  const figures = {
    seedsRun: totals.seedsRun,
    seedRange: [args.from, args.from + args.seeds - 1],
    faultsInjectedByKind: faultsByKind(totals, [
      ...FAULT_KINDS.map((k) => k.label),
      ...JOB_FAULT_LABELS,
    ]),
    coverage: sortedCounts(totals.coverage),
    invariantChecks: {
      engineStepsWithInvariants: totals.engineInvariantSteps,
      sweepTraceAndStateChecks: totals.sweepChecks,
      sweepChecksByKind: checksByKind(totals, Object.values(JobCheck)),
      total: totals.engineInvariantSteps + totals.sweepChecks,
    },
    determinismSeedsChecked: determinismSeeds,
    violations,
    failingSeeds: totals.seedsFailed,
    knownEngineBugSeeds: totals.knownEngineBugSeeds,
    hostileInputs: {
      tried: hostile.tried,
      rejectedCleanly: hostile.rejectedCleanly,
      acceptedAndRan: hostile.acceptedAndRan,
      problems: hostile.problems.slice(0, 20),
    },
    memory,
    wallSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  return violations;
}

function main(): void {
  const parsed = parseSweepArgs(process.argv.slice(2));
  if (!parsed.ok) {
    say(`sweep: ${parsed.error}`);
    process.exit(2);
  }
  const started = performance.now();
  const totals = sweepSeeds(parsed.args);
  const violations = parsed.args.report ? report(parsed.args, totals, started) : totals.violations;
  process.exit(violations > 0 ? 1 : 0);
}

main();
