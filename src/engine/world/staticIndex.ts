// Lookups derived once from a scenario: global partition numbering, leaders, per-entity constants
// in integer microseconds, and key tables. Nothing here changes during a run, so keyframes skip it.
// A topic that may grow (`maxPartitions`) has all its slots numbered here from the start; which of
// them exist yet is engine state (`PartitionState.active`), so growing never renumbers anything.

import { zipfTable } from '../core/randomDraws.ts';
import type { ConsumerSpec } from '../model/kafkaSpecs.ts';
import type { ScenarioModel } from '../model/scenarioModel.ts';
import { buildDataflowPlan, type DataflowPlan } from '../dataflow/dataflowPlan.ts';

export interface BrokerIndex {
  readonly id: string;
  readonly delayUs: number;
  readonly jitterUsMean: number;
}

export interface TopicIndex {
  readonly name: string;
  /** True when the topic deletes or compacts, so its partitions keep a segment list. */
  readonly tracksSegments: boolean;
  /** Global index of partition 0 of this topic. */
  readonly base: number;
  /** Partitions the topic is created with. */
  readonly count: number;
  /** Partition slots reserved (`maxPartitions`): global indices base to base + slots - 1. */
  readonly slots: number;
}

export interface ProducerIndex {
  readonly id: string;
  readonly topic: number;
  readonly keyStrings: readonly string[];
  readonly zipf: Float64Array | null;
  /**
   * Cache of partitionForKey per key index for the topic's initial partition count, shared by the
   * topic's producers; -1 until computed.
   */
  readonly partitionOfKey: Int32Array;
}

export interface ConsumerIndex {
  readonly id: string;
  readonly group: number;
  readonly spec: ConsumerSpec;
  readonly processingUsPerRecord: number;
  readonly fetchDelayMs: number;
  readonly pollBackoffMs: number;
}

export interface GroupIndex {
  readonly id: string;
  /** Global partition indices of the subscribed topics, sorted, reserved slots included. */
  readonly partitions: readonly number[];
  readonly consumers: readonly number[];
  /** One-way delay between members and the coordinator, in whole ms. */
  readonly coordinatorDelayMs: number;
  /** Broker index hosting the group coordinator. */
  readonly coordinatorBroker: number;
}

export interface StaticIndex {
  readonly brokers: readonly BrokerIndex[];
  readonly topics: readonly TopicIndex[];
  readonly partitionNames: readonly string[];
  readonly partitionTopic: Int32Array;
  /** Broker indices holding each global partition's replicas, preferred leader first. */
  readonly replicasOf: readonly (readonly number[])[];
  readonly partitionByName: ReadonlyMap<string, number>;
  readonly producers: readonly ProducerIndex[];
  readonly consumers: readonly ConsumerIndex[];
  readonly consumerById: ReadonlyMap<string, number>;
  readonly producerById: ReadonlyMap<string, number>;
  readonly groups: readonly GroupIndex[];
  /** The execution plan of each dataflow, in topology order. */
  readonly dataflows: readonly DataflowPlan[];
}

/** Milliseconds (possibly fractional, to 1 µs) to integer microseconds. */
export function toMicros(ms: number): number {
  return Math.round(ms * 1000);
}

/** Java's String.hashCode, which Kafka uses to place a group on a __consumer_offsets partition. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

const OFFSETS_TOPIC_PARTITIONS = 50;

function indexTopics(scenario: ScenarioModel): { topics: TopicIndex[]; names: string[] } {
  const topics: TopicIndex[] = [];
  const names: string[] = [];
  for (const t of scenario.topology.topics) {
    const tracksSegments =
      t.retentionMs !== undefined ||
      t.retentionRecords !== undefined ||
      (t.cleanupPolicy ?? 'delete') !== 'delete' ||
      t.segmentRecords !== undefined;
    const slots = Math.max(t.partitions, t.maxPartitions ?? 0);
    topics.push({ name: t.name, base: names.length, count: t.partitions, slots, tracksSegments });
    for (let p = 0; p < slots; p++) names.push(`${t.name}-${p}`);
  }
  return { topics, names };
}

function keyCount(p: ScenarioModel['topology']['producers'][number]): number {
  return p.keys.kind === 'null' ? 0 : p.keys.count;
}

function indexProducers(scenario: ScenarioModel, topics: TopicIndex[]): ProducerIndex[] {
  // Producers of one topic share key names (k0, k1, ...), so they share one partition cache.
  const caches = topics.map((t) => {
    const counts = scenario.topology.producers.filter((p) => p.topic === t.name).map(keyCount);
    return new Int32Array(Math.max(0, ...counts)).fill(-1);
  });
  // Key names are shared too: one array of strings for all producers, as long as the longest needs.
  // With a copy per producer, 64 producers over 4,096 keys read a key from 64 arrays and 262,144
  // strings scattered over the heap, and that read was the slowest line of making a record.
  const names = Array.from(
    { length: Math.max(0, ...scenario.topology.producers.map(keyCount)) },
    (_, i) => `k${i}`,
  );
  return scenario.topology.producers.map((p) => {
    const topic = topics.findIndex((t) => t.name === p.topic);
    return {
      id: p.id,
      topic,
      keyStrings: keyCount(p) === names.length ? names : names.slice(0, keyCount(p)),
      zipf: p.keys.kind === 'zipf' ? zipfTable(p.keys.count, p.keys.exponent) : null,
      partitionOfKey: caches[topic]!,
    };
  });
}

function indexGroups(
  scenario: ScenarioModel,
  topics: TopicIndex[],
  brokers: BrokerIndex[],
): { groups: GroupIndex[]; consumers: ConsumerIndex[] } {
  const consumers: ConsumerIndex[] = [];
  const groups = scenario.topology.consumerGroups.map((g, gi) => {
    const partitions: number[] = [];
    for (const t of topics) {
      if (!g.topics.includes(t.name)) continue;
      for (let p = 0; p < t.slots; p++) partitions.push(t.base + p);
    }
    const members: number[] = [];
    for (const c of g.members) {
      members.push(consumers.length);
      consumers.push({
        id: c.id,
        group: gi,
        spec: c,
        processingUsPerRecord: toMicros(c.processingMsPerRecord),
        fetchDelayMs: Math.ceil(c.fetchDelayMs),
        pollBackoffMs: Math.max(1, Math.ceil(c.pollBackoffMs)),
      });
    }
    // Kafka places a group's coordinator on the leader of __consumer_offsets partition
    // abs(hashCode(groupId)) % 50; leaders of that topic are spread round-robin over brokers.
    const offsetsPartition = Math.abs(javaStringHash(g.id)) % OFFSETS_TOPIC_PARTITIONS;
    const coordinatorBroker = offsetsPartition % brokers.length;
    const coordinator = brokers[coordinatorBroker]!;
    return {
      id: g.id,
      partitions,
      consumers: members,
      coordinatorDelayMs: Math.ceil(coordinator.delayUs / 1000),
      coordinatorBroker,
    };
  });
  return { groups, consumers };
}

export function buildStaticIndex(scenario: ScenarioModel): StaticIndex {
  const brokers = scenario.topology.brokers.map((b) => ({
    id: b.id,
    delayUs: toMicros(b.networkDelayMs),
    jitterUsMean: toMicros(b.networkJitterMsMean),
  }));
  const { topics, names } = indexTopics(scenario);
  const partitionTopic = new Int32Array(names.length);
  const replicasOf: number[][] = [];
  topics.forEach((t, ti) => {
    const rf = Math.min(scenario.topology.topics[ti]!.replicationFactor ?? 1, brokers.length);
    for (let p = 0; p < t.slots; p++) {
      partitionTopic[t.base + p] = ti;
      // Kafka spreads replicas round-robin, starting each topic at a different broker.
      replicasOf.push(Array.from({ length: rf }, (_, j) => (p + ti + j) % brokers.length));
    }
  });
  const { groups, consumers } = indexGroups(scenario, topics, brokers);
  const producers = indexProducers(scenario, topics);
  return {
    brokers,
    topics,
    partitionNames: names,
    partitionTopic,
    replicasOf,
    partitionByName: new Map(names.map((n, i) => [n, i])),
    producers,
    consumers,
    consumerById: new Map(consumers.map((c, i) => [c.id, i])),
    producerById: new Map(producers.map((p, i) => [p.id, i])),
    groups,
    dataflows: (scenario.topology.dataflows ?? []).map(buildDataflowPlan),
  };
}
