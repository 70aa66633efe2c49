// Draws the log half of a generated world: brokers, topics and producers. Producers are drawn
// without their stop time; the fault schedule stops them all at the heal time, so that consumers
// can drain the backlog during the liveness phase.

import { chance, intBetween, pick, type SimRandom } from './simRandom.ts';

export type RawObject = Record<string, unknown>;

export interface RawTopic {
  readonly name: string;
  readonly partitions: number;
}

export interface RawProducer extends RawObject {
  readonly id: string;
  readonly topic: string;
  readonly rate: RawObject;
  readonly startAtMs: number;
}

const TOPIC_NAMES = ['orders', 'payments'] as const;
/** Scripted records fall in the first 12 s, which every run's safety phase covers. */
const SCRIPTED_SPAN_MS = 12_000;

export function generateBrokers(rng: SimRandom): RawObject[] {
  return Array.from({ length: intBetween(rng, 1, 3) }, (_, i) => ({
    id: `b${i + 1}`,
    networkDelayMs: pick(rng, [0, 0.5, 1, 2, 3]),
    networkJitterMsMean: chance(rng, 1, 2) ? 0 : pick(rng, [0.5, 1, 2]),
  }));
}

export function generateTopics(rng: SimRandom): RawTopic[] {
  return TOPIC_NAMES.slice(0, intBetween(rng, 1, 2)).map((name) => ({
    name,
    partitions: intBetween(rng, 1, 8),
  }));
}

function scriptedRecords(rng: SimRandom): RawObject[] {
  const count = intBetween(rng, 1, 40);
  return Array.from({ length: count }, (_, i) => ({
    atMs: intBetween(rng, 0, SCRIPTED_SPAN_MS),
    key: chance(rng, 1, 4) ? null : `k${intBetween(rng, 0, 9)}`,
    value: `s${i}`,
  }));
}

function generateRate(rng: SimRandom): RawObject {
  switch (intBetween(rng, 0, 3)) {
    case 0:
      return { kind: 'constant', intervalMs: intBetween(rng, 10, 250) };
    case 1:
      return { kind: 'poisson', meanIntervalMs: intBetween(rng, 10, 250) };
    case 2:
      return {
        kind: 'bursts',
        onMs: intBetween(rng, 200, 3000),
        offMs: intBetween(rng, 0, 5000),
        intervalMs: intBetween(rng, 5, 60),
      };
    default:
      return { kind: 'scripted', records: scriptedRecords(rng) };
  }
}

function generateKeys(rng: SimRandom): RawObject {
  switch (intBetween(rng, 0, 3)) {
    case 0:
      return { kind: 'uniform', count: intBetween(rng, 1, 64) };
    case 1:
      return { kind: 'zipf', count: intBetween(rng, 2, 64), exponent: pick(rng, [0.5, 1, 1.2, 2]) };
    case 2:
      return {
        kind: 'hot',
        count: intBetween(rng, 2, 32),
        hotSharePercent: intBetween(rng, 10, 90),
      };
    default:
      return { kind: 'null' };
  }
}

export function generateProducers(rng: SimRandom, topics: readonly RawTopic[]): RawProducer[] {
  return Array.from({ length: intBetween(rng, 1, 4) }, (_, i) => ({
    id: `p${i + 1}`,
    topic: pick(rng, topics).name,
    rate: generateRate(rng),
    keys: generateKeys(rng),
    partitioner: chance(rng, 1, 4) ? 'round-robin' : 'default',
    lingerMs: intBetween(rng, 0, 20),
    batchSizeRecords: intBetween(rng, 1, 32),
    startAtMs: chance(rng, 3, 4) ? 0 : intBetween(rng, 1, 8000),
  }));
}

/**
 * Records a producer is expected to create before `stopAtMs`, rounded up and with a
 * margin for Poisson variance and burst phase, so capacity derived from it is never too small.
 */
export function expectedRecords(producer: RawProducer, stopAtMs: number): number {
  // Counted from time 0, not startAtMs: a producer.start fault may start a producer early.
  const spanMs = stopAtMs;
  const rate = producer.rate;
  const num = (key: string): number => rate[key] as number;
  let count: number;
  if (rate.kind === 'scripted') return (rate.records as unknown[]).length;
  if (rate.kind === 'bursts') {
    const onMs = num('onMs');
    const cycleMs = onMs + num('offMs');
    count = Math.ceil((Math.ceil(spanMs / cycleMs) * onMs) / num('intervalMs'));
  } else {
    count = Math.ceil(spanMs / num(rate.kind === 'constant' ? 'intervalMs' : 'meanIntervalMs'));
  }
  // A 3/2 margin plus a constant covers a Poisson count well beyond six standard deviations here.
  return Math.ceil((count * 3) / 2) + 50;
}
