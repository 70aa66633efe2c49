// A small guided scenario for lesson tests: one producer writing every 100 ms for 3 s, one
// consumer, four narration steps (Next, an event with a question, a time, another event), two
// expected outcomes, a parameter and a variant. Parsed by the real scenario layer.

import { formatScenarioErrors, parseScenario, type ScenarioFile } from '../../../scenario/index.ts';

export function guidedFixtureJson(): Record<string, unknown> {
  return {
    schemaVersion: 2,
    id: 'guided-fixture',
    title: 'Guided fixture',
    summary: 'A producer, a log and a consumer, with a short lesson.',
    modules: ['M01'],
    seed: 7,
    durationMs: 5000,
    system: 'kafka',
    topology: {
      brokers: [{ id: 'b1', networkDelayMs: 2, networkJitterMsMean: 0 }],
      topics: [{ name: 'readings', partitions: 1 }],
      producers: [
        {
          id: 'p1',
          topic: 'readings',
          rate: { kind: 'constant', intervalMs: 100 },
          lingerMs: 0,
          stopAtMs: 3000,
        },
      ],
      consumerGroups: [
        {
          id: 'g1',
          topics: ['readings'],
          initialRebalanceDelayMs: 0,
          members: [
            {
              id: 'c1',
              joinAtMs: 0,
              processingMsPerRecord: 5,
              pollBackoffMs: 100,
              commit: { mode: 'after-processing' },
              autoOffsetReset: 'earliest',
            },
          ],
        },
      ],
    },
    concepts: ['offsets'],
    narration: [
      {
        id: 'intro',
        trigger: { kind: 'onNext' },
        highlights: ['producer p1', 'partition readings-0'],
        text: 'The producer `p1` writes a **record** every 100 ms.\n\n- it appends\n- the consumer reads',
      },
      {
        id: 'first-record',
        trigger: {
          kind: 'onEvent',
          eventType: 'record.appended',
          where: { partition: 'readings-0' },
        },
        highlights: ['partition readings-0'],
        text: 'The first record is at offset 0.',
        prediction: {
          question: 'What happens to offset 0 after c1 reads it?',
          choices: [
            { id: 'stays', text: 'It stays', correct: true, explanation: 'Reading never removes.' },
            { id: 'gone', text: 'It is deleted', correct: false, explanation: 'That is a queue.' },
          ],
        },
      },
      {
        id: 'two-seconds',
        trigger: { kind: 'atTime', atMs: 2000 },
        text: 'Two seconds in: about twenty records.',
      },
      {
        id: 'commit',
        trigger: { kind: 'onEvent', eventType: 'offset.committed', where: { group: 'g1' } },
        highlights: ['group g1'],
        text: 'The group commits its offset.',
      },
    ],
    expect: [
      {
        kind: 'eventCount',
        eventType: 'record.appended',
        op: '>=',
        count: 20,
        label: 'Records are appended.',
      },
      { kind: 'lag', group: 'g1', atMs: 5000, op: '==', value: 0, label: 'Lag is 0 at the end.' },
    ],
    parameters: [
      {
        id: 'interval',
        label: 'Time between records',
        unit: 'ms',
        min: 50,
        max: 1000,
        step: 50,
        default: 100,
        path: '$.topology.producers[0].rate.intervalMs',
      },
    ],
    variants: [
      {
        id: 'slow-consumer',
        label: 'A slow consumer',
        overrides: [
          { path: '$.topology.consumerGroups[0].members[0].processingMsPerRecord', value: 400 },
        ],
      },
    ],
  };
}

/** The fixture, parsed; throws with the validator's message if it stops being valid. */
export function guidedFixture(): ScenarioFile {
  const result = parseScenario(guidedFixtureJson());
  if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
  return result.scenario;
}
