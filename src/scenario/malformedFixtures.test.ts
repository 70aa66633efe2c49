// Each file in tests/fixtures/malformed holds one mistake. The table below says which path the
// error must name and which words must appear in what is allowed.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatScenarioErrors, parseScenarioText } from './index.ts';

const FIXTURES = new URL('../../tests/fixtures/malformed/', import.meta.url);

interface Expectation {
  path: string;
  message: string;
  found?: string;
  allowed?: string;
}

const EXPECTED: Record<string, Expectation> = {
  'missing-field.json': {
    path: '$.durationMs',
    message: 'is missing',
    found: 'nothing',
    allowed: 'from 1 to 3600000',
  },
  'wrong-type.json': {
    path: '$.topology.topics[0].partitions',
    message: 'has the wrong type',
    found: '"three"',
    allowed: 'an integer from 1 to 64',
  },
  'huge-partitions.json': {
    path: '$.topology.topics[0].partitions',
    message: 'is too large',
    found: '1000000000',
    allowed: 'an integer from 1 to 64',
  },
  'negative-duration.json': {
    path: '$.durationMs',
    message: 'is too small',
    found: '-5000',
    allowed: 'from 1 to 3600000',
  },
  'nan-string.json': {
    path: '$.seed',
    message: 'has the wrong type',
    found: '"NaN"',
    allowed: 'an integer from 0 to 4294967295',
  },
  'infinite-number.json': {
    path: '$.durationMs',
    message: 'has the wrong type',
    found: 'Infinity',
    allowed: 'from 1 to 3600000',
  },
  'unknown-intervention-type.json': {
    path: '$.interventions[0].type',
    message: 'is not a known kind',
    found: '"broker.explode"',
    allowed:
      'one of: consumer.join, consumer.leave, consumer.crash, consumer.restart, consumer.seek, producer.stop, producer.start, producer.crash, producer.poison, broker.crash, broker.restart, broker.dropAcks, broker.delayAcks, node.pause, node.slow, network.partition, network.heal, job.fail',
  },
  'unknown-assignor.json': {
    path: '$.topology.consumerGroups[0].assignor',
    message: 'is not one of the allowed values',
    found: '"fastest"',
    allowed: 'one of: range, roundrobin, sticky, cooperative-sticky',
  },
  'unknown-key.json': {
    path: '$.topology.brokers[0].colour',
    message: 'is not a known key',
    allowed: 'only the keys: id, networkDelayMs, networkJitterMsMean',
  },
  'proto-key.json': {
    path: '$.topology.__proto__',
    message: 'is not a known key',
    allowed:
      'only the keys: brokers, topics, producers, consumerGroups, brokerSessionTimeoutMs, logRetentionCheckIntervalMs, logCleanerBackoffMs',
  },
  'script-tag-id.json': {
    path: '$.topology.producers[0].id',
    message: 'has characters that are not allowed',
    allowed: 'A-Z a-z 0-9 . _ -',
  },
  'reserved-name-id.json': {
    path: '$.topology.brokers[0].id',
    message: 'is a reserved name',
    found: '"__proto__"',
    allowed: 'not a built-in name',
  },
  'group-missing-topic.json': {
    path: '$.topology.consumerGroups[0].topics[0]',
    message: 'names a topic that does not exist',
    found: '"payments"',
    allowed: 'one of the topics: orders',
  },
  'intervention-missing-consumer.json': {
    path: '$.interventions[0].target',
    message: 'names no consumer',
    found: '"c9"',
    allowed: 'one of the consumers: c1',
  },
  'unknown-cleanup-policy.json': {
    path: '$.topology.topics[0].cleanupPolicy',
    message: 'is not one of the allowed values',
    found: '"compacted"',
    allowed: 'one of: delete, compact, compact,delete',
  },
  'replication-above-brokers.json': {
    path: '$.topology.topics[0].replicationFactor',
    message: 'is larger than the number of brokers in $.topology.brokers (2)',
    found: '3',
    allowed: 'an integer from 1 to 2, the number of brokers',
  },
  'idempotence-acks-1.json': {
    path: '$.topology.producers[0].acks',
    message: "idempotence is true, and Kafka's enable.idempotence requires acks=all",
    found: '"1"',
    allowed: 'set idempotence: false',
  },
  'dead-letter-without-topic.json': {
    path: '$.topology.consumerGroups[0].members[0].deadLetterTopic',
    message: 'is missing, but onPoison is "dead-letter"',
    found: 'nothing',
    allowed: 'one of the topics: orders',
  },
  'network-partition-unknown-peer.json': {
    path: '$.interventions[0].peer',
    message: 'names no broker, producer or consumer',
    found: '"b9"',
    allowed: 'one of the brokers, producers or consumers: b1, p1, c1',
  },
  'duplicate-ids.json': {
    path: '$.topology.producers[0].id',
    message: 'repeats the id of $.topology.brokers[0].id',
    found: '"b1"',
  },
  'queue-dead-letter-cycle.json': {
    path: '$.topology.queues[0].deadLetterQueue',
    message: 'closes a cycle of dead-letter queues (jobs → jobs-dlq → jobs)',
    found: '"jobs-dlq"',
  },
  'queue-consumer-seek.json': {
    path: '$.interventions[0].target',
    message:
      'names a queue consumer, but consumer.seek needs a consumer: a queue keeps no offsets to seek to',
    found: '"w1"',
    allowed: 'one of the consumers: c1',
  },
  'sliding-window-too-many.json': {
    path: '$.topology.streamJobs[0].window.assigner.slideMs',
    message: 'puts every record in 60000 windows (sizeMs 60000 / slideMs 1)',
    found: '1',
    allowed: 'at least 600 (sizeMs / 100), so a record lands in at most 100 windows',
  },
};

describe('malformed scenario fixtures', () => {
  it('has an expectation for every fixture file', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: ${expected.path} ${expected.message}`, () => {
      const result = parseScenarioText(readFileSync(new URL(file, FIXTURES), 'utf8'));
      if (result.ok) throw new Error(`${file} was accepted`);
      const error = result.errors.find((e) => e.path === expected.path);
      expect(error, formatScenarioErrors(result.errors)).toBeDefined();
      expect(error?.message).toContain(expected.message);
      if (expected.found !== undefined) expect(error?.found).toBe(expected.found);
      if (expected.allowed !== undefined) expect(error?.allowed).toContain(expected.allowed);
    });
  }

  // Too big or too deep to keep as files (prettier's parser overflows its stack on the deep one),
  // these two are built here instead.
  it('a 2 MB text: $ names its size and the 1 MB limit', () => {
    const result = parseScenarioText(`{"summary": "${'x'.repeat(2 * 1024 * 1024)}"}`);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: '$', allowed: 'at most 1,048,576 bytes (1 MB)' }],
    });
    expect(result.ok || result.errors[0]?.message).toContain('is 2,097,');
  });

  it('1000-deep nesting: $ names the depth limit and where it was passed', () => {
    const text = `{ "schemaVersion": 1, "summary": ${'['.repeat(1000)}${']'.repeat(1000)} }`;
    const result = parseScenarioText(text);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: '$', allowed: 'at most 32 levels of nesting' }],
    });
    expect(result.ok || result.errors[0]?.message).toContain(
      'more than 32 levels deep at line 1, column 65',
    );
  });

  it('leaves Object.prototype alone when a file has a __proto__ key', () => {
    parseScenarioText(readFileSync(new URL('proto-key.json', FIXTURES), 'utf8'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
