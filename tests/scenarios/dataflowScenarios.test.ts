// The guided scenarios built on dataflows check more than their default run: every narration step
// triggered by an event is reached in the run (a step waiting for an event that never comes would
// leave the lesson stuck), and every variant that restates the expected outcomes meets them too.
// tests/scenarios/bundledScenarios.test.ts already runs each file's default outcomes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHeadless } from '../../scripts/checkScenarios.ts';
import {
  applyVariant,
  checkOutcomes,
  firstMatchingEvent,
  formatScenarioErrors,
  parseScenarioText,
  type ScenarioFile,
} from '../../src/scenario/index.ts';

const DATAFLOW_SCENARIOS = [
  'continuous-vs-micro-batch.json',
  'stateless-order-routing.json',
  'keyby-shuffle-skew.json',
  'keyed-state-ttl.json',
  'stream-table-join-processing-time.json',
  'interval-join-state-vs-watermark.json',
  'checkpoint-barriers-dag-recovery.json',
  'credit-backpressure-slow-sink.json',
  'overload-backpressure-shed-sample.json',
  'two-phase-commit-transactional-sink.json',
  'latency-slo-capacity-headroom.json',
  'framework-vs-hand-rolled-consumer.json',
];

function load(name: string): ScenarioFile {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', name), 'utf8');
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(formatScenarioErrors(parsed.errors));
  return parsed.scenario;
}

function failures(scenario: ScenarioFile): string[] {
  return checkOutcomes(scenario, runHeadless(scenario))
    .filter((result) => !result.ok)
    .map((result) => result.message);
}

describe.each(DATAFLOW_SCENARIOS)('%s', (name) => {
  const scenario = load(name);

  it('runs a dataflow, asks a prediction and reaches every event-triggered narration step', () => {
    expect(scenario.topology.dataflows?.length ?? 0).toBeGreaterThan(0);
    expect(scenario.narration.some((step) => step.prediction !== undefined)).toBe(true);
    const { trace } = runHeadless(scenario);
    let notBeforeMs = 0;
    for (const step of scenario.narration) {
      if (step.trigger.kind === 'atTime') notBeforeMs = Math.max(notBeforeMs, step.trigger.atMs);
      if (step.trigger.kind !== 'onEvent') continue;
      const event = firstMatchingEvent(trace, step.trigger, notBeforeMs);
      expect(event, `narration step ${step.id}`).toBeDefined();
      notBeforeMs = event?.atMs ?? notBeforeMs;
    }
  });

  // Variants that only restate the default configuration are covered by the default run.
  const restating = scenario.variants.filter((v) =>
    v.overrides.some((o) => o.path.startsWith('$.expect')),
  );
  it.each(restating.map((v) => v.id))('meets the expected outcomes of variant %s', (id) => {
    const variant = applyVariant(scenario, id);
    if (!variant.ok) throw new Error(formatScenarioErrors(variant.errors));
    expect(failures(variant.scenario)).toEqual([]);
  });
});
