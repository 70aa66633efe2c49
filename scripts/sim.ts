// Headless runner: prints a scenario's trace. Usage:
//   npm run sim -- scenarios/<file>.json [--seed N] [--until ms] [--format text|jsonl] [--summary]
// A bad file or a bad flag exits with code 2 and a message on stderr.

import { readFileSync } from 'node:fs';
import { createSimulation, formatTraceJsonl, formatTraceText } from '../src/engine/index.ts';
import { formatScenarioErrors, parseScenarioText } from '../src/scenario/index.ts';
import { parseSimArgs, type SimArgs } from './simArgs.ts';
import { summarizeRun } from './simSummary.ts';

function fail(message: string): never {
  process.stderr.write(`sim: ${message}\n`);
  process.exit(2);
}

function readScenario(args: SimArgs) {
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (e) {
    fail(`cannot read ${args.file}: ${(e as Error).message}`);
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok)
    fail(`${args.file} is not a valid scenario:\n${formatScenarioErrors(parsed.errors)}`);
  return parsed.scenario;
}

function main(): void {
  const parsedArgs = parseSimArgs(process.argv.slice(2));
  if (!parsedArgs.ok) fail(parsedArgs.error);
  const args = parsedArgs.args;
  const scenario = readScenario(args);
  const sim = createSimulation(scenario, args.seed === undefined ? {} : { seed: args.seed });
  sim.runUntil(args.untilMs ?? scenario.durationMs);
  if (args.summary) {
    process.stdout.write(summarizeRun(sim));
    return;
  }
  const trace = sim.trace();
  process.stdout.write(args.format === 'jsonl' ? formatTraceJsonl(trace) : formatTraceText(trace));
}

main();
