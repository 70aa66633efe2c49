// The Kafka settings of replication, retention, compaction, acks and poison records, and the fault
// interventions: each is accepted with a valid value, refused with an error that names its path
// and what is allowed, cross-checked where Kafka refuses a combination, and a scenario using all
// of them parses into what the engine runs.

import { describe, expect, it } from 'vitest';
import { runHeadless } from '../../scripts/checkScenarios.ts';
import type { ScenarioModel } from '../../src/engine/index.ts';
import { formatScenarioErrors, parseScenario } from '../../src/scenario/index.ts';
import { errorsOf, guidedScenario, parsedScenario } from './support/guidedScenario.ts';
import { kafkaScenario, topologyOf } from './support/kafkaScenario.ts';

type Raw = Record<string, unknown>;

/**
 * Three brokers b1 to b3, topics `orders` (read by g1) and `dlq`, producer p1 and consumer c1,
 * with `patch` applied to a copy.
 */
function base(patch: (scenario: Raw) => void = () => undefined): Raw {
  const scenario = guidedScenario();
  const topology = topologyOf(scenario);
  topology['brokers'] = [{ id: 'b1' }, { id: 'b2' }, { id: 'b3' }];
  topology.topics.push({ name: 'dlq', partitions: 1 });
  patch(scenario);
  return scenario;
}

const topic = (fields: Raw) => base((s) => Object.assign(topologyOf(s).topics[0]!, fields));
const topology = (fields: Raw) => base((s) => Object.assign(topologyOf(s), fields));
const producer = (fields: Raw) => base((s) => Object.assign(topologyOf(s).producers[0]!, fields));
const member = (fields: Raw) =>
  base((s) => Object.assign(topologyOf(s).consumerGroups[0]!.members[0]!, fields));
const script = (records: Raw[]) => producer({ rate: { kind: 'scripted', records } });
const intervention = (fields: Raw) =>
  base((s) => {
    s['interventions'] = [{ atMs: 1000, ...fields }];
  });

const ACCEPTED: [string, Raw][] = [
  ['replicationFactor up to the brokers', topic({ replicationFactor: 3 })],
  [
    'minInsyncReplicas up to replicationFactor',
    topic({ replicationFactor: 3, minInsyncReplicas: 3 }),
  ],
  ['uncleanLeaderElection', topic({ uncleanLeaderElection: true })],
  ['replicaLagTimeMaxMs', topic({ replicaLagTimeMaxMs: 100 })],
  [
    'cleanupPolicy compact,delete',
    base((s) => {
      Object.assign(topologyOf(s).topics[0]!, {
        cleanupPolicy: 'compact,delete',
        segmentRecords: 10,
      });
      topologyOf(s).producers[0]!['keys'] = { kind: 'uniform', count: 5 };
    }),
  ],
  ['segmentRecords and segmentMs', topic({ segmentRecords: 1_000_000, segmentMs: 1 })],
  ['retentionMs 0 and retentionRecords', topic({ retentionMs: 0, retentionRecords: 10_000_000 })],
  ['deleteRetentionMs beyond the run', topic({ deleteRetentionMs: 31_536_000_000 })],
  [
    'broker timing settings',
    topology({
      brokerSessionTimeoutMs: 1,
      logRetentionCheckIntervalMs: 100,
      logCleanerBackoffMs: 100,
    }),
  ],
  ['acks "all" with idempotence', producer({ acks: 'all', idempotence: true })],
  ['acks "1" without idempotence', producer({ acks: '1', idempotence: false })],
  ['acks "0" without idempotence', producer({ acks: '0', idempotence: false })],
  ['requestTimeoutMs', producer({ requestTimeoutMs: 1 })],
  ['a tombstone', script([{ atMs: 1, key: 'k', value: null }])],
  [
    '16 headers',
    script([
      {
        atMs: 1,
        value: 'v',
        headers: Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`h${i}`, 'x'])),
      },
    ]),
  ],
  ['onPoison skip', member({ onPoison: 'skip', poisonRetryBackoffMs: 1 })],
  ['a dead-letter topic', member({ onPoison: 'dead-letter', deadLetterTopic: 'dlq' })],
  ['broker.crash', intervention({ type: 'broker.crash', target: 'b2' })],
  ['broker.restart', intervention({ type: 'broker.restart', target: 'b2' })],
  ['broker.dropAcks', intervention({ type: 'broker.dropAcks', target: 'b1', count: 1000 })],
  [
    'consumer.crash after-commit',
    intervention({ type: 'consumer.crash', target: 'c1', moment: 'after-commit' }),
  ],
  ['producer.crash', intervention({ type: 'producer.crash', target: 'p1' })],
  ['producer.poison', intervention({ type: 'producer.poison', target: 'p1' })],
  [
    'node.pause of a producer',
    intervention({ type: 'node.pause', target: 'p1', durationMs: 3_600_000 }),
  ],
  ['node.slow of a broker', intervention({ type: 'node.slow', target: 'b3', factor: 0.1 })],
  ['node.slow of a consumer', intervention({ type: 'node.slow', target: 'c1', factor: 100 })],
  ['network.partition', intervention({ type: 'network.partition', target: 'p1', peer: 'b1' })],
  ['network.heal', intervention({ type: 'network.heal', target: 'b1', peer: 'b2' })],
];

interface Refusal {
  readonly path: string;
  readonly message: string;
  readonly found?: string;
  readonly allowed?: string;
}

const REFUSED: [string, Raw, Refusal][] = [
  [
    'replicationFactor above the number of brokers',
    topic({ replicationFactor: 4 }),
    {
      path: '$.topology.topics[0].replicationFactor',
      message: 'is larger than the number of brokers in $.topology.brokers (3)',
      found: '4',
      allowed: 'an integer from 1 to 3, the number of brokers',
    },
  ],
  [
    'replicationFactor 0',
    topic({ replicationFactor: 0 }),
    {
      path: '$.topology.topics[0].replicationFactor',
      message: 'is too small',
      allowed: 'an integer from 1 to 16',
    },
  ],
  [
    'minInsyncReplicas above replicationFactor',
    topic({ replicationFactor: 2, minInsyncReplicas: 3 }),
    {
      path: '$.topology.topics[0].minInsyncReplicas',
      message: 'is larger than replicationFactor (2)',
      allowed: 'an integer from 1 to replicationFactor (2)',
    },
  ],
  [
    'uncleanLeaderElection as text',
    topic({ uncleanLeaderElection: 'yes' }),
    {
      path: '$.topology.topics[0].uncleanLeaderElection',
      message: 'has the wrong type',
      allowed: 'true or false',
    },
  ],
  [
    'replicaLagTimeMaxMs below 100',
    topic({ replicaLagTimeMaxMs: 50 }),
    {
      path: '$.topology.topics[0].replicaLagTimeMaxMs',
      message: 'is too small',
      allowed: 'from 100 to 3600000',
    },
  ],
  [
    'an unknown cleanupPolicy',
    topic({ cleanupPolicy: 'compacted' }),
    {
      path: '$.topology.topics[0].cleanupPolicy',
      message: 'is not one of the allowed values',
      found: '"compacted"',
      allowed: 'one of: delete, compact, compact,delete',
    },
  ],
  [
    'segmentRecords above a million',
    topic({ segmentRecords: 1_000_001 }),
    {
      path: '$.topology.topics[0].segmentRecords',
      message: 'is too large',
      allowed: 'an integer from 1 to 1000000',
    },
  ],
  [
    'segmentMs 0',
    topic({ segmentMs: 0 }),
    {
      path: '$.topology.topics[0].segmentMs',
      message: 'is too small',
      allowed: 'from 1 to 31536000000',
    },
  ],
  [
    "retentionMs -1, Kafka's keep-for-ever",
    topic({ retentionMs: -1 }),
    {
      path: '$.topology.topics[0].retentionMs',
      message: 'is too small',
      allowed: 'leave it out to keep every record',
    },
  ],
  [
    'retentionRecords 0',
    topic({ retentionRecords: 0 }),
    {
      path: '$.topology.topics[0].retentionRecords',
      message: 'is too small',
      allowed: 'an integer from 1 to 10000000',
    },
  ],
  [
    'a fractional deleteRetentionMs',
    topic({ deleteRetentionMs: 1.5 }),
    { path: '$.topology.topics[0].deleteRetentionMs', message: 'is not a whole number' },
  ],
  [
    'brokerSessionTimeoutMs 0',
    topology({ brokerSessionTimeoutMs: 0 }),
    {
      path: '$.topology.brokerSessionTimeoutMs',
      message: 'is too small',
      allowed: 'from 1 to 3600000',
    },
  ],
  [
    'logRetentionCheckIntervalMs below 100',
    topology({ logRetentionCheckIntervalMs: 99 }),
    {
      path: '$.topology.logRetentionCheckIntervalMs',
      message: 'is too small',
      allowed: 'from 100 to 3600000',
    },
  ],
  [
    'logCleanerBackoffMs below 100',
    topology({ logCleanerBackoffMs: 10 }),
    {
      path: '$.topology.logCleanerBackoffMs',
      message: 'is too small',
      allowed: 'from 100 to 3600000',
    },
  ],
  [
    'acks as a number',
    producer({ acks: 1, idempotence: false }),
    {
      path: '$.topology.producers[0].acks',
      message: 'is not one of the allowed values',
      allowed: 'one of the strings "0", "1", "all"',
    },
  ],
  [
    'idempotence true with acks "1"',
    producer({ acks: '1', idempotence: true }),
    {
      path: '$.topology.producers[0].acks',
      message: 'is "1", but idempotence is true, and Kafka\'s enable.idempotence requires acks=all',
      found: '"1"',
      allowed: '"all", or set idempotence: false in the same producer to use acks "1"',
    },
  ],
  [
    'acks "0" with idempotence left to its default',
    producer({ acks: '0' }),
    {
      path: '$.topology.producers[0].acks',
      message: 'idempotence is left out, so it defaults to true',
      allowed: 'set idempotence: false',
    },
  ],
  [
    'idempotence as text',
    producer({ idempotence: 'false' }),
    {
      path: '$.topology.producers[0].idempotence',
      message: 'has the wrong type',
      allowed: 'true or false',
    },
  ],
  [
    'requestTimeoutMs 0',
    producer({ requestTimeoutMs: 0 }),
    {
      path: '$.topology.producers[0].requestTimeoutMs',
      message: 'is too small',
      allowed: 'from 1 to 3600000',
    },
  ],
  [
    'a number as a record value',
    script([{ atMs: 1, value: 5 }]),
    {
      path: '$.topology.producers[0].rate.records[0].value',
      message: 'has the wrong type',
      allowed: 'text of at most 1000 characters, or null (a tombstone)',
    },
  ],
  [
    '17 headers',
    script([
      {
        atMs: 1,
        value: 'v',
        headers: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`h${i}`, 'x'])),
      },
    ]),
    {
      path: '$.topology.producers[0].rate.records[0].headers',
      message: 'has too many headers',
      allowed: 'at most 16 headers',
    },
  ],
  [
    'a header name with a space',
    script([{ atMs: 1, value: 'v', headers: { 'trace id': 'x' } }]),
    {
      path: '$.topology.producers[0].rate.records[0].headers["trace id"]',
      message: 'is not an allowed name',
      found: '"trace id"',
      allowed: 'a header name of 1 to 64 characters from A-Z a-z 0-9 . _ -',
    },
  ],
  [
    'records without a key on a compacted topic',
    base((s) => Object.assign(topologyOf(s).topics[0]!, { cleanupPolicy: 'compact' })),
    {
      path: '$.topology.producers[0].keys',
      message: 'Kafka rejects records without a key there',
      allowed: 'a key model other than null',
    },
  ],
  [
    'a scripted tombstone without a key on a compacted topic',
    base((s) => {
      Object.assign(topologyOf(s).topics[0]!, { cleanupPolicy: 'compact,delete' });
      topologyOf(s).producers[0]!['rate'] = {
        kind: 'scripted',
        records: [{ atMs: 1, value: null }],
      };
    }),
    {
      path: '$.topology.producers[0].rate.records[0].key',
      message: 'is null, but topic "orders" is compacted',
    },
  ],
  [
    'an unknown onPoison',
    member({ onPoison: 'ignore' }),
    {
      path: '$.topology.consumerGroups[0].members[0].onPoison',
      message: 'is not one of the allowed values',
      allowed: 'one of: retry-forever, skip, dead-letter',
    },
  ],
  [
    'dead-letter without a topic',
    member({ onPoison: 'dead-letter' }),
    {
      path: '$.topology.consumerGroups[0].members[0].deadLetterTopic',
      message: 'is missing, but onPoison is "dead-letter"',
      allowed: 'one of the topics: orders, dlq',
    },
  ],
  [
    'a dead-letter topic that does not exist',
    member({ onPoison: 'dead-letter', deadLetterTopic: 'nowhere' }),
    {
      path: '$.topology.consumerGroups[0].members[0].deadLetterTopic',
      message: 'names a topic that does not exist',
      allowed: 'one of the topics: orders, dlq',
    },
  ],
  [
    "a dead-letter topic the consumer's group reads",
    member({ onPoison: 'dead-letter', deadLetterTopic: 'orders' }),
    {
      path: '$.topology.consumerGroups[0].members[0].deadLetterTopic',
      message: "is a topic the consumer's own group reads",
      allowed: 'a topic the group does not read: dlq',
    },
  ],
  [
    'poisonRetryBackoffMs 0',
    member({ poisonRetryBackoffMs: 0 }),
    {
      path: '$.topology.consumerGroups[0].members[0].poisonRetryBackoffMs',
      message: 'is too small',
    },
  ],
  [
    'an unknown intervention type',
    intervention({ type: 'broker.explode', target: 'b1' }),
    {
      path: '$.interventions[0].type',
      message: 'is not a known kind',
      allowed:
        'broker.crash, broker.restart, broker.dropAcks, broker.delayAcks, node.pause, node.slow, network.partition, network.heal, job.fail',
    },
  ],
  [
    'broker.crash of a consumer',
    intervention({ type: 'broker.crash', target: 'c1' }),
    {
      path: '$.interventions[0].target',
      message: 'names a consumer, but broker.crash needs a broker',
      allowed: 'one of the brokers: b1, b2, b3',
    },
  ],
  [
    'broker.restart of a missing broker',
    intervention({ type: 'broker.restart', target: 'b9' }),
    { path: '$.interventions[0].target', message: 'names no broker', found: '"b9"' },
  ],
  [
    'broker.dropAcks without a count',
    intervention({ type: 'broker.dropAcks', target: 'b1' }),
    {
      path: '$.interventions[0].count',
      message: 'is missing',
      allowed: 'an integer from 1 to 1000',
    },
  ],
  [
    'broker.dropAcks of 1001',
    intervention({ type: 'broker.dropAcks', target: 'b1', count: 1001 }),
    {
      path: '$.interventions[0].count',
      message: 'is too large',
      allowed: 'an integer from 1 to 1000',
    },
  ],
  [
    'an unknown crash moment',
    intervention({ type: 'consumer.crash', target: 'c1', moment: 'later' }),
    {
      path: '$.interventions[0].moment',
      message: 'is not one of the allowed values',
      allowed: 'one of: now, before-commit, after-commit',
    },
  ],
  [
    'producer.crash of a broker',
    intervention({ type: 'producer.crash', target: 'b1' }),
    {
      path: '$.interventions[0].target',
      message: 'names a broker, but producer.crash needs a producer',
      allowed: 'one of the producers: p1',
    },
  ],
  [
    'producer.poison of a missing producer',
    intervention({ type: 'producer.poison', target: 'ghost' }),
    { path: '$.interventions[0].target', message: 'names no producer' },
  ],
  [
    'node.pause of a consumer group',
    intervention({ type: 'node.pause', target: 'g1', durationMs: 100 }),
    {
      path: '$.interventions[0].target',
      message: 'names a consumer group, but node.pause needs a broker, producer or consumer',
      allowed: 'one of the brokers, producers or consumers: b1, b2, b3, p1, c1',
    },
  ],
  [
    'node.pause of 0 ms',
    intervention({ type: 'node.pause', target: 'c1', durationMs: 0 }),
    {
      path: '$.interventions[0].durationMs',
      message: 'is too small',
      allowed: 'from 1 to 3600000',
    },
  ],
  [
    'node.slow of a producer',
    intervention({ type: 'node.slow', target: 'p1', factor: 2 }),
    {
      path: '$.interventions[0].target',
      message: 'names a producer, but node.slow needs a broker or consumer',
      allowed: 'one of the brokers or consumers: b1, b2, b3, c1',
    },
  ],
  [
    'node.slow by 0.05',
    intervention({ type: 'node.slow', target: 'c1', factor: 0.05 }),
    {
      path: '$.interventions[0].factor',
      message: 'is too small',
      allowed: 'a number from 0.1 to 100',
    },
  ],
  [
    'network.partition with an unknown peer',
    intervention({ type: 'network.partition', target: 'c1', peer: 'b7' }),
    {
      path: '$.interventions[0].peer',
      message: 'names no broker, producer or consumer',
      found: '"b7"',
      allowed: 'one of the brokers, producers or consumers: b1, b2, b3, p1, c1',
    },
  ],
  [
    'network.partition without a peer',
    intervention({ type: 'network.partition', target: 'c1' }),
    { path: '$.interventions[0].peer', message: 'is missing' },
  ],
  [
    'network.partition of a node from itself',
    intervention({ type: 'network.partition', target: 'b1', peer: 'b1' }),
    { path: '$.interventions[0].peer', message: 'is the same node as target' },
  ],
  [
    'network.heal between two clients',
    intervention({ type: 'network.heal', target: 'p1', peer: 'c1' }),
    {
      path: '$.interventions[0].peer',
      message: 'clients only talk to brokers',
      allowed: 'one of the brokers: b1, b2, b3',
    },
  ],
  [
    'network.heal of a consumer group',
    intervention({ type: 'network.heal', target: 'g1', peer: 'b1' }),
    {
      path: '$.interventions[0].target',
      message: 'names a consumer group, but network.heal needs a broker, producer or consumer',
    },
  ],
];

describe('Kafka settings and faults in a scenario file', () => {
  it.each(ACCEPTED)('accepts %s', (_name, scenario) => {
    parsedScenario(scenario);
  });

  it.each(REFUSED)('refuses %s, naming the path', (_name, scenario, expected) => {
    const errors = errorsOf(scenario);
    const error = errors.find((e) => e.path === expected.path);
    expect(error, formatScenarioErrors(errors)).toBeDefined();
    expect(error?.message).toContain(expected.message);
    if (expected.found !== undefined) expect(error?.found).toBe(expected.found);
    if (expected.allowed !== undefined) expect(error?.allowed).toContain(expected.allowed);
  });

  it('parses a scenario that uses every setting into what the engine runs, and runs it', () => {
    const scenario = parsedScenario(kafkaScenario());
    // Compile-time: the parsed file is the engine's input type.
    const model: ScenarioModel = scenario;
    expect(model.topology.topics[1]).toMatchObject({
      cleanupPolicy: 'compact',
      replicationFactor: 2,
      minInsyncReplicas: 1,
    });
    const record = model.topology.producers[3]?.rate;
    expect(record?.kind === 'scripted' && record.records[1]?.value).toBeNull();
    expect(model.interventions.find((i) => i.type === 'consumer.crash')).toEqual({
      atMs: 5000,
      type: 'consumer.crash',
      target: 'c2',
      moment: 'before-commit',
    });
    const { trace } = runHeadless(scenario);
    const types = new Set(trace.map((event) => event.type));
    for (const type of ['broker.crashed', 'broker.failure.detected', 'node.paused', 'node.slowed'])
      expect(types, type).toContain(type);
    expect(types).toContain('network.partitioned');
    expect(types).toContain('producer.crashed');
  });

  it('accepts the same settings in a version 1 file', () => {
    const v1: Raw = { ...kafkaScenario(), schemaVersion: 1 };
    delete v1['system'];
    const result = parseScenario(v1);
    if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
    expect(result.scenario.schemaVersion).toBe(2);
    expect(result.scenario.topology.brokerSessionTimeoutMs).toBe(6000);
  });

  it('lets the config mapping, parameters and variants address filled-in defaults', () => {
    const scenario = parsedScenario(
      base((s) => {
        s['configMapping'] = [
          { setting: 'replication.factor', path: '$.topology.topics[0].replicationFactor' },
          { setting: 'acks', path: '$.topology.producers[0].acks' },
          { setting: 'broker.session.timeout.ms', path: '$.topology.brokerSessionTimeoutMs' },
        ];
        s['parameters'] = [
          {
            id: 'rf',
            label: 'Replicas',
            unit: 'count',
            min: 1,
            max: 3,
            step: 1,
            default: 1,
            path: '$.topology.topics[0].replicationFactor',
          },
        ];
      }),
    );
    expect(scenario.configMapping).toHaveLength(3);
  });

  it('re-checks variants and parameter extremes against the cross-checks', () => {
    const errors = errorsOf(
      base((s) => {
        s['variants'] = [
          {
            id: 'fast',
            label: 'Leader-only acks',
            overrides: [{ path: '$.topology.producers[0].acks', value: '1' }],
          },
        ];
        s['parameters'] = [
          {
            id: 'rf',
            label: 'Replicas',
            unit: 'count',
            min: 1,
            max: 4,
            step: 1,
            default: 1,
            path: '$.topology.topics[0].replicationFactor',
          },
        ];
      }),
    );
    expect(errors.map((e) => e.path)).toEqual(['$.variants[0].overrides', '$.parameters[0].max']);
    expect(errors[0]?.message).toContain('$.topology.producers[0].acks is "1", but idempotence');
    expect(errors[1]?.allowed).toBe('an integer from 1 to 3, the number of brokers');
  });
});
