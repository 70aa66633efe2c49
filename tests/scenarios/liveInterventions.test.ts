// The live data interventions in the scenario format: a late record, a clock skew, a hot-key
// burst and more partitions. Each valid one parses into what the engine runs; bad input is
// refused with the path, what was found and what is allowed; `maxPartitions` bounds growth.

import { describe, expect, it } from 'vitest';
import { errorsOf, guidedScenario, parsedScenario } from './support/guidedScenario.ts';
import { topologyOf } from './support/kafkaScenario.ts';

type Raw = Record<string, unknown>;

/** Matches any text holding `part`, typed as the string it stands for. */
const containing = (part: string): string => expect.stringContaining(part) as string;

/** The guided scenario (topic `orders` with 3 partitions, producer p1) with room for 6 partitions. */
function withCommands(commands: Raw[], patch: (scenario: Raw) => void = () => undefined): Raw {
  const scenario = guidedScenario({ interventions: commands });
  Object.assign(topologyOf(scenario).topics[0]!, { maxPartitions: 6 });
  patch(scenario);
  return scenario;
}

const late = (fields: Raw = {}): Raw => ({
  atMs: 1000,
  type: 'producer.lateRecord',
  target: 'p1',
  key: 'k1',
  value: 'v',
  eventTimeMs: 10,
  ...fields,
});
const skew = (fields: Raw = {}): Raw => ({
  atMs: 1000,
  type: 'producer.clockSkew',
  target: 'p1',
  skewMs: -500,
  ...fields,
});
const burst = (fields: Raw = {}): Raw => ({
  atMs: 1000,
  type: 'producer.hotKeyBurst',
  target: 'p1',
  key: 'k0',
  share: 0.75,
  durationMs: 2000,
  ...fields,
});
const grow = (partitions: number, atMs = 1000, target = 'orders'): Raw => ({
  atMs,
  type: 'topic.alterPartitions',
  target,
  partitions,
});

describe('live data interventions in a scenario file', () => {
  it('accepts each command within its bounds and keeps it as written', () => {
    // In time order, as the parsed scenario keeps them.
    const commands = [
      late({ key: null }),
      skew(),
      burst({ share: 0 }),
      grow(4),
      burst({ share: 1, atMs: 2000 }),
      grow(6, 3000),
    ];
    const parsed = parsedScenario(withCommands(commands));
    expect(parsed.interventions).toEqual(commands);
    expect(parsed.topology.topics[0]).toMatchObject({ partitions: 3, maxPartitions: 6 });
  });

  it('refuses a decrease, naming the count the topic has by then and Kafka rule', () => {
    const errors = errorsOf(withCommands([grow(5, 1000), grow(4, 2000)]));
    expect(errors).toEqual([
      {
        path: '$.interventions[1].partitions',
        message: containing(
          'would not add partitions: "orders" has 5 by then, and Kafka can only increase',
        ),
        found: '4',
        allowed: 'an integer from 6 to 6 (maxPartitions)',
      },
    ]);
  });

  it('replays growth in time order', () => {
    expect(errorsOf(withCommands([grow(5, 2000), grow(4, 1000), grow(4, 3000)]))).toEqual([
      expect.objectContaining({ path: '$.interventions[2].partitions', found: '4' }),
    ]);
  });

  it('refuses the same count, and growth past maxPartitions or of a topic that cannot grow', () => {
    expect(errorsOf(withCommands([grow(3)]))[0]).toMatchObject({
      path: '$.interventions[0].partitions',
      allowed: 'an integer from 4 to 6 (maxPartitions)',
    });
    expect(errorsOf(withCommands([grow(7)]))[0]).toMatchObject({
      path: '$.interventions[0].partitions',
      message: 'is more than maxPartitions of "orders" (6)',
    });
    const fixed = errorsOf(
      withCommands([grow(4)], (s) => delete topologyOf(s).topics[0]!['maxPartitions']),
    );
    expect(fixed[0]).toMatchObject({
      path: '$.interventions[0].partitions',
      allowed: containing(
        'none: the topic already has its maxPartitions (3); raise $.topology.topics[0].maxPartitions',
      ),
    });
  });

  it('refuses a topic that does not exist, and maxPartitions below partitions', () => {
    expect(errorsOf(withCommands([grow(4, 1000, 'payments')]))).toEqual([
      {
        path: '$.interventions[0].target',
        message: 'names no topic',
        found: '"payments"',
        allowed: 'one of the topics: orders',
      },
    ]);
    const below = errorsOf(
      withCommands([], (s) => Object.assign(topologyOf(s).topics[0]!, { maxPartitions: 2 })),
    );
    expect(below).toEqual([
      expect.objectContaining({
        path: '$.topology.topics[0].maxPartitions',
        found: '2',
        allowed: 'an integer from partitions (3) to 64',
      }),
    ]);
  });

  it('refuses growth for a topic a stream job reads, which would not discover new partitions', () => {
    const errors = errorsOf(
      withCommands([], (s) => {
        topologyOf(s)['streamJobs'] = [
          {
            id: 'sums',
            sourceTopic: 'orders',
            watermarks: { strategy: 'ascending' },
            window: {
              assigner: { kind: 'tumbling', sizeMs: 1000 },
              allowedLatenessMs: 0,
              aggregate: 'count',
            },
          },
        ];
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        path: '$.topology.topics[0].maxPartitions',
        message: containing('stream job "sums" reads it'),
      }),
    ]);
  });

  it('refuses a share outside 0 to 1 or finer than thousandths', () => {
    for (const share of [-0.1, 1.5, 0.0005]) {
      expect(errorsOf(withCommands([burst({ share })]))).toEqual([
        expect.objectContaining({
          path: '$.interventions[0].share',
          allowed: 'a number from 0 to 1 with at most 3 decimals (0.25 is a quarter)',
        }),
      ]);
    }
  });

  it('refuses an unknown producer, naming the producers there are', () => {
    for (const command of [
      late({ target: 'p9' }),
      skew({ target: 'p9' }),
      burst({ target: 'c1' }),
    ]) {
      const [error] = errorsOf(withCommands([command]));
      expect(error).toMatchObject({
        path: '$.interventions[0].target',
        allowed: 'one of the producers: p1',
      });
    }
  });

  it('refuses out-of-range numbers with their bounds', () => {
    expect(errorsOf(withCommands([skew({ skewMs: 3_600_001 })]))[0]).toMatchObject({
      path: '$.interventions[0].skewMs',
      allowed: containing('from -3600000 to 3600000'),
    });
    expect(errorsOf(withCommands([burst({ durationMs: 0 })]))[0]).toMatchObject({
      path: '$.interventions[0].durationMs',
    });
    expect(errorsOf(withCommands([late({ eventTimeMs: -1 })]))[0]).toMatchObject({
      path: '$.interventions[0].eventTimeMs',
    });
    expect(errorsOf(withCommands([late({ value: 'x'.repeat(1001) })]))[0]).toMatchObject({
      path: '$.interventions[0].value',
    });
  });

  it('refuses a clock skew or burst for a scripted producer, and a keyless record on a compacted topic', () => {
    const scripted = (s: Raw): void => {
      Object.assign(topologyOf(s).producers[0]!, { rate: { kind: 'scripted', records: [] } });
    };
    expect(errorsOf(withCommands([skew()], scripted))[0]).toMatchObject({
      path: '$.interventions[0].target',
      message: containing('scripted producer'),
    });
    expect(errorsOf(withCommands([burst()], scripted))[0]).toMatchObject({
      allowed: containing('its own key'),
    });
    expect(parsedScenario(withCommands([late()], scripted)).interventions).toHaveLength(1);
    const compacted = (s: Raw): void => {
      Object.assign(topologyOf(s).topics[0]!, { cleanupPolicy: 'compact' });
      Object.assign(topologyOf(s).producers[0]!, { keys: { kind: 'uniform', count: 3 } });
    };
    expect(errorsOf(withCommands([late({ key: null })], compacted))).toEqual([
      expect.objectContaining({ path: '$.interventions[0].key', found: 'null' }),
    ]);
  });
});
