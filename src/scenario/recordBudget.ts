// Bounds the work a scenario asks for: the records its producers and the messages its queue
// producers are expected to create over the whole run. The estimate ignores startAtMs and
// stopAtMs on purpose, because producer.start interventions can run a producer for any part of
// the run.

import type { RateModel } from '../engine/index.ts';
import { EXPECTED_RECORDS_MAX } from './scenarioLimits.ts';
import type { ScenarioError } from './scenarioError.ts';
import type { ScenarioCore } from './scenarioSchemaV1.ts';

/** About how many records a producer creates if it runs for `durationMs`. */
export function expectedRecordCount(
  producer: { readonly rate: RateModel },
  durationMs: number,
): number {
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

interface Source {
  readonly path: string;
  readonly what: string;
  readonly count: number;
}

/** An error naming the largest producer when all of them together would create too many records. */
export function checkRecordBudget(scenario: ScenarioCore): ScenarioError[] {
  const { producers, queueProducers = [] } = scenario.topology;
  const sources: Source[] = [
    ...producers.map((p, i) => ({
      path: `$.topology.producers[${i}].rate`,
      what: `producer "${p.id}"`,
      count: expectedRecordCount(p, scenario.durationMs),
    })),
    ...queueProducers.map((p, i) => ({
      path: `$.topology.queueProducers[${i}].rate`,
      what: `queue producer "${p.id}"`,
      count: expectedRecordCount(p, scenario.durationMs),
    })),
  ];
  const total = sources.reduce((sum, source) => sum + source.count, 0);
  if (total <= EXPECTED_RECORDS_MAX) return [];
  const largest = sources.reduce((a, b) => (b.count > a.count ? b : a));
  return [
    {
      path: largest.path,
      message:
        `would make the producers create about ${formatCount(total)} records in all; ` +
        `${largest.what} alone creates about ${formatCount(largest.count)}`,
      found: `about ${formatCount(total)} records`,
      allowed: `at most ${formatCount(EXPECTED_RECORDS_MAX)} records in all: raise intervalMs or shorten durationMs`,
    },
  ];
}
