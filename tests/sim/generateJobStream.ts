// Draws the input of a generated stream job: a topic of its own (`events`, with replication but no
// retention or compaction, so every record stays readable) and the producers that write to it.
// Their clocks are skewed, drift and jump, a share of their records are late stragglers, and their
// values are small integers a job can sum. Clock jumps are faults of the input, so each one is
// labelled like the scheduled faults. Everything is drawn from the seed's own 'jobs' stream.
// An orderly input has one idempotent producer whose clock only jumps forward and no stragglers:
// each partition's timestamps then never go back, whatever the cluster's faults, so its job's
// results do not depend on timing and can be compared with a run without job failures.

import { drawProducerCluster, drawTopicCluster } from './generateCluster.ts';
import type { RawObject, RawProducer } from './generateTopology.ts';
import { chance, intBetween, pick, type SimRandom } from './simRandom.ts';

export const JOB_TOPIC = 'events';

/** How the input is drawn: orderly (see above), and for Kafka Streams a single partition. */
export interface InputMood {
  readonly orderly: boolean;
  readonly singlePartition: boolean;
  /**
   * Every producer partitions by key (the default partitioner), so each key lives in one
   * partition and is read in log order; a dataflow's keyed changelogs then do not depend on timing.
   */
  readonly keyed?: boolean;
}

/** The topic and the producer id prefix; a stream job's input is `events` with producers e1, e2... */
export interface InputNames {
  readonly topic: string;
  readonly producerPrefix: string;
}

const JOB_INPUT: InputNames = { topic: JOB_TOPIC, producerPrefix: 'e' };

export interface JobInput {
  readonly topic: RawObject;
  readonly producers: RawProducer[];
  /** A fault label per clock jump: `clock.jump:forward` or `clock.jump:back`. */
  readonly faultLabels: string[];
  /** The largest difference between two producers' clock skews, in ms. */
  readonly skewSpreadMs: number;
}

function drawRate(rng: SimRandom): RawObject {
  switch (intBetween(rng, 0, 2)) {
    case 0:
      return { kind: 'constant', intervalMs: intBetween(rng, 40, 300) };
    case 1:
      return { kind: 'poisson', meanIntervalMs: intBetween(rng, 40, 300) };
    default:
      // Bursts faster than a job's capacity are what makes it push back.
      return {
        kind: 'bursts',
        onMs: intBetween(rng, 200, 1500),
        offMs: intBetween(rng, 1000, 5000),
        intervalMs: intBetween(rng, 10, 40),
      };
  }
}

/** Clock jumps before the heal, so the liveness phase sees clocks that stay put. */
function drawClock(rng: SimRandom, healMs: number, labels: string[], orderly: boolean): RawObject {
  const clock: RawObject = {
    skewMs: chance(rng, 1, 2) ? 0 : intBetween(rng, -3000, 3000),
    driftPpm: chance(rng, 2, 3) ? 0 : intBetween(rng, -2000, 2000),
  };
  if (chance(rng, 1, 3)) {
    const jumps = Array.from({ length: intBetween(rng, 1, 2) }, () => {
      const back = !orderly && chance(rng, 1, 2);
      labels.push(back ? 'clock.jump:back' : 'clock.jump:forward');
      const byMs = intBetween(rng, 100, 5000);
      return { atMs: intBetween(rng, 1, healMs - 1), byMs: back ? -byMs : byMs };
    });
    clock.jumps = jumps.sort((a, b) => a.atMs - b.atMs);
  }
  return clock;
}

function drawProducer(
  rng: SimRandom,
  i: number,
  healMs: number,
  labels: string[],
  mood: InputMood & InputNames,
): RawProducer {
  const { orderly } = mood;
  const cluster = drawProducerCluster(rng);
  const producer: RawProducer = {
    id: `${mood.producerPrefix}${i + 1}`,
    topic: mood.topic,
    rate: drawRate(rng),
    keys: { kind: 'uniform', count: intBetween(rng, 1, 8) },
    // Round-robin reaches every partition, so no partition without records holds the watermark back.
    partitioner: (orderly || chance(rng, 2, 3)) && mood.keyed !== true ? 'round-robin' : 'default',
    lingerMs: intBetween(rng, 0, 20),
    batchSizeRecords: intBetween(rng, 1, 32),
    startAtMs: 0,
    values: { kind: 'integer', min: intBetween(rng, -3, 0), max: intBetween(rng, 1, 20) },
    clock: drawClock(rng, healMs, labels, orderly),
    // Idempotence keeps each partition in send order through retries.
    ...(orderly
      ? { acks: 'all', retries: cluster.retries, requestTimeoutMs: cluster.requestTimeoutMs }
      : cluster),
  };
  if (!orderly && chance(rng, 1, 3))
    producer.lateness = { percent: intBetween(rng, 1, 20), meanDelayMs: intBetween(rng, 50, 3000) };
  return producer;
}

/**
 * The job's topic and producers. The topic takes the replication draws of the other topics but
 * never their retention or compaction: a record the job has not read must not vanish.
 *
 * @example
 * const input = drawJobInput(createSimRandom(7, 'jobs'), 3, 24_000, { orderly: true, singlePartition: false });
 */
export function drawJobInput(
  rng: SimRandom,
  brokers: number,
  healMs: number,
  mood: InputMood,
  names: InputNames = JOB_INPUT,
): JobInput {
  const cluster = drawTopicCluster(rng, brokers);
  const partitions = intBetween(rng, 1, 4);
  const topic: RawObject = {
    name: names.topic,
    partitions: mood.singlePartition ? 1 : partitions,
    replicationFactor: cluster.replicationFactor,
    minInsyncReplicas: cluster.minInsyncReplicas,
    uncleanLeaderElection: cluster.uncleanLeaderElection,
    replicaLagTimeMaxMs: cluster.replicaLagTimeMaxMs,
  };
  const faultLabels: string[] = [];
  const count = intBetween(rng, 1, 3);
  const producers = Array.from({ length: mood.orderly ? 1 : count }, (_, i) =>
    drawProducer(rng, i, healMs, faultLabels, { ...mood, ...names }),
  );
  const skews = producers.map((p) => (p.clock as RawObject).skewMs as number);
  return {
    topic,
    producers,
    faultLabels,
    skewSpreadMs: Math.max(...skews) - Math.min(...skews),
  };
}

/** Sliding windows whose slide divides into at most 8 windows per record, to stay cheap. */
export function drawSlide(rng: SimRandom, sizeMs: number): number {
  return Math.max(1, Math.floor(sizeMs / pick(rng, [2, 3, 4, 8])));
}
