// Bounds the work a scenario asks for: the records its producers are expected to create over the
// whole run. The estimate ignores startAtMs and stopAtMs on purpose, because producer.start
// interventions can run a producer for any part of the run.

import type { ProducerSpec } from '../engine/index.ts';
import { EXPECTED_RECORDS_MAX } from './scenarioLimits.ts';
import type { ScenarioError } from './scenarioError.ts';
import type { ScenarioCore } from './scenarioSchemaV1.ts';

/** About how many records a producer creates if it runs for `durationMs`. */
export function expectedRecordCount(producer: ProducerSpec, durationMs: number): number {
  const rate = producer.rate;
  switch (rate.kind) {
    case 'constant':
      return Math.ceil(durationMs / rate.intervalMs);
    case 'poisson':
      return Math.ceil(durationMs / rate.meanIntervalMs);
    case 'bursts': {
      const onShare = rate.onMs / (rate.onMs + rate.offMs);
      return Math.ceil((durationMs * onShare) / rate.intervalMs);
    }
    case 'scripted':
      return rate.records.length;
  }
}

const formatCount = (n: number): string => n.toLocaleString('en-US');

/** An error naming the largest producer when all of them together would create too many records. */
export function checkRecordBudget(scenario: ScenarioCore): ScenarioError[] {
  const counts = scenario.topology.producers.map((p) =>
    expectedRecordCount(p, scenario.durationMs),
  );
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total <= EXPECTED_RECORDS_MAX) return [];
  let largest = 0;
  counts.forEach((count, i) => {
    if (count > (counts[largest] ?? 0)) largest = i;
  });
  const producer = scenario.topology.producers[largest];
  return [
    {
      path: `$.topology.producers[${largest}].rate`,
      message:
        `would make the producers create about ${formatCount(total)} records in all; ` +
        `producer "${producer?.id ?? ''}" alone creates about ${formatCount(counts[largest] ?? 0)}`,
      found: `about ${formatCount(total)} records`,
      allowed: `at most ${formatCount(EXPECTED_RECORDS_MAX)} records in all: raise intervalMs or shorten durationMs`,
    },
  ];
}
