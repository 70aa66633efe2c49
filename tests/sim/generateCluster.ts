// Draws the cluster half of a generated world from its own PRNG stream ('cluster'), so that the
// topology, capacity and fault draws of a seed stay as they were: more brokers for half the worlds
// that have fewer than three, replication per topic
// (replication factor up to the broker count, min.insync.replicas, unclean election, the ISR lag
// limit), occasional retention or compaction, producer acks, idempotence and timeouts, and what each
// group does with a poison record. A group that dead-letters gets a topic no group reads.

import type { GroupDraw } from './generateGroups.ts';
import type { RawObject, RawProducer, RawTopic } from './generateTopology.ts';
import { chance, intBetween, pick, type SimRandom } from './simRandom.ts';

export const DEAD_LETTER_TOPIC = 'dead-letters';

export interface TopicCluster {
  readonly replicationFactor: number;
  readonly minInsyncReplicas: number;
  readonly uncleanLeaderElection: boolean;
  readonly replicaLagTimeMaxMs: number;
  readonly cleanupPolicy?: 'compact' | 'compact,delete';
  readonly segmentRecords?: number;
  readonly retentionRecords?: number;
}

export interface ProducerCluster {
  readonly acks: 'all' | '1';
  /** Absent: the default (true), which Kafka allows only with acks=all. */
  readonly idempotence?: false;
  readonly retries: number;
  readonly requestTimeoutMs: number;
}

/** Broker-side timings: failure detection and the periodic log tasks. */
export interface BrokerTimings {
  readonly brokerSessionTimeoutMs: number;
  readonly logRetentionCheckIntervalMs: number;
  readonly logCleanerBackoffMs: number;
}

function drawLogPolicy(rng: SimRandom): Partial<TopicCluster> {
  const roll = intBetween(rng, 1, 6);
  if (roll === 1) {
    const segmentRecords = intBetween(rng, 5, 50);
    return { segmentRecords, retentionRecords: intBetween(rng, segmentRecords, 200) };
  }
  if (roll === 2) {
    const cleanupPolicy = pick(rng, ['compact', 'compact,delete'] as const);
    const segmentRecords = intBetween(rng, 5, 50);
    if (cleanupPolicy === 'compact') return { cleanupPolicy, segmentRecords };
    return { cleanupPolicy, segmentRecords, retentionRecords: intBetween(rng, 100, 400) };
  }
  return {};
}

/** Replication is the point of the cluster draws: one replica only a quarter of the time. */
export function drawTopicCluster(rng: SimRandom, brokers: number): TopicCluster {
  const replicationFactor = brokers === 1 || chance(rng, 1, 4) ? 1 : intBetween(rng, 2, brokers);
  return {
    replicationFactor,
    minInsyncReplicas: intBetween(rng, 1, replicationFactor),
    uncleanLeaderElection: replicationFactor > 1 && chance(rng, 1, 4),
    replicaLagTimeMaxMs: pick(rng, [1000, 2000, 5000, 30_000]),
    ...drawLogPolicy(rng),
  };
}

export function drawProducerCluster(rng: SimRandom): ProducerCluster {
  const acks = chance(rng, 1, 4) ? '1' : 'all';
  const noIdempotence = acks === '1' || chance(rng, 1, 4);
  return {
    acks,
    ...(noIdempotence ? { idempotence: false as const } : {}),
    retries: intBetween(rng, 1, 3),
    requestTimeoutMs: intBetween(rng, 500, 1500),
  };
}

export function drawBrokerTimings(rng: SimRandom): BrokerTimings {
  return {
    brokerSessionTimeoutMs: intBetween(rng, 1000, 3000),
    logRetentionCheckIntervalMs: intBetween(rng, 500, 2000),
    logCleanerBackoffMs: intBetween(rng, 500, 3000),
  };
}

/** Compacted topics take only keyed records (Kafka rejects the others); some become tombstones. */
function keyedForCompaction(rng: SimRandom, producer: RawProducer): RawProducer {
  const rate = producer.rate;
  if (rate.kind !== 'scripted') {
    const keys = producer.keys as RawObject;
    return keys.kind === 'null' ? { ...producer, keys: { kind: 'uniform', count: 8 } } : producer;
  }
  const records = (rate.records as RawObject[]).map((r, i) => ({
    ...r,
    key: r.key ?? `k${i % 10}`,
    value: chance(rng, 1, 5) ? null : r.value,
  }));
  return { ...producer, rate: { ...rate, records } };
}

/** The group's poison policy; every member of a generated group has the same one. */
export function poisonPolicyOf(group: GroupDraw): 'retry-forever' | 'skip' | 'dead-letter' {
  return group.members[0]?.onPoison ?? 'retry-forever';
}

/** Half the worlds the topology drew with fewer than three brokers get three, for RF 3. */
function growBrokers(rng: SimRandom, brokers: readonly RawObject[]): RawObject[] {
  if (brokers.length >= 3 || chance(rng, 1, 2)) return [...brokers];
  const grown = [...brokers];
  while (grown.length < 3)
    grown.push({ id: `b${grown.length + 1}`, networkDelayMs: pick(rng, [0, 0.5, 1, 2, 3]) });
  return grown;
}

export interface ClusterDraw {
  readonly brokers: RawObject[];
  readonly topics: RawObject[];
  readonly producers: RawProducer[];
  readonly timings: BrokerTimings;
}

/**
 * Adds the cluster settings to the drawn topics and producers, and each group's poison policy to
 * its members (all members of a group act alike). Returns the topics with the dead-letter topic
 * appended when some group needs it.
 */
export function drawCluster(
  rng: SimRandom,
  drawnBrokers: readonly RawObject[],
  topics: readonly RawTopic[],
  producers: readonly RawProducer[],
  groups: GroupDraw[],
): ClusterDraw {
  const timings = drawBrokerTimings(rng);
  const brokerList = growBrokers(rng, drawnBrokers);
  const brokers = brokerList.length;
  const clustered: RawObject[] = topics.map((t) => ({ ...t, ...drawTopicCluster(rng, brokers) }));
  const compacted = new Set(
    clustered.filter((t) => t.cleanupPolicy !== undefined).map((t) => t.name as string),
  );
  const withAcks = producers.map((p) => {
    const drawn: RawProducer = { ...p, ...drawProducerCluster(rng) };
    return compacted.has(p.topic) ? keyedForCompaction(rng, drawn) : drawn;
  });
  for (const g of groups) {
    const policy = pick(rng, ['retry-forever', 'retry-forever', 'skip', 'dead-letter'] as const);
    if (policy === 'retry-forever') continue;
    for (const m of g.members) {
      m.onPoison = policy;
      if (policy === 'dead-letter') m.deadLetterTopic = DEAD_LETTER_TOPIC;
    }
  }
  if (groups.some((g) => poisonPolicyOf(g) === 'dead-letter')) {
    const rf = intBetween(rng, 1, brokers);
    clustered.push({
      name: DEAD_LETTER_TOPIC,
      partitions: intBetween(rng, 1, 2),
      replicationFactor: rf,
      minInsyncReplicas: 1,
    });
  }
  return { brokers: brokerList, topics: clustered, producers: withAcks, timings };
}
