// Malformed guided (version 2) scenarios: each case holds one mistake, and the error must name
// its JSON path, say what is wrong, and where useful what was found and what is allowed.

import { describe, expect, it } from 'vitest';
import { formatScenarioErrors } from '../../src/scenario/index.ts';
import { errorsOf, guidedScenario, parsedScenario } from './support/guidedScenario.ts';

interface Case {
  readonly name: string;
  readonly extra: Record<string, unknown>;
  readonly path: string;
  readonly message: string;
  readonly found?: string;
  readonly allowed?: string;
}

const step = (patch: Record<string, unknown>) => ({
  narration: [{ id: 's1', text: 'Hello', trigger: { kind: 'onNext' }, ...patch }],
});

const prediction = (correct: boolean[]) => ({
  question: 'What happens?',
  choices: correct.map((c, i) => ({
    id: `c${i}`,
    text: `Choice ${i}`,
    correct: c,
    explanation: 'Because.',
  })),
});

const parameter = (patch: Record<string, unknown>) => ({
  parameters: [
    {
      id: 'session',
      label: 'Session timeout',
      unit: 'ms',
      min: 6000,
      max: 45_000,
      step: 1000,
      default: 10_000,
      path: '$.topology.consumerGroups[0].sessionTimeoutMs',
      ...patch,
    },
  ],
});

const CASES: Case[] = [
  {
    name: 'a script tag in narration',
    extra: step({ text: 'Watch this: <script>alert(1)</script>' }),
    path: '$.narration[0].text',
    message: 'contains raw HTML at character 12',
    found: '"<script>alert(1)</script…"',
    allowed: 'no raw HTML',
  },
  {
    name: 'raw HTML (a comment) in a choice explanation',
    extra: step({
      prediction: {
        ...prediction([true, false]),
        choices: [
          { id: 'a', text: 'A', correct: true, explanation: 'ok <!-- hidden -->' },
          { id: 'b', text: 'B', correct: false, explanation: 'no' },
        ],
      },
    }),
    path: '$.narration[0].prediction.choices[0].explanation',
    message: 'contains raw HTML at character 3',
  },
  {
    name: 'a javascript: link',
    extra: step({ text: 'Read [the docs](javascript:alert(1)).' }),
    path: '$.narration[0].text',
    message: 'has a javascript: link at character 16',
  },
  {
    name: 'a javascript: link hidden by case, spaces and a character reference',
    extra: step({ text: '[x]( JaVa&#x73;cript&colon;alert(1))' }),
    path: '$.narration[0].text',
    message: 'has a javascript: link',
  },
  {
    name: 'a data: link in a reference definition',
    extra: step({ text: 'See [x].\n\n[x]: data:text/html;base64,PHNjcmlwdD4=' }),
    path: '$.narration[0].text',
    message: 'has a data: link',
  },
  {
    name: 'a prediction with two correct answers',
    extra: step({ prediction: prediction([true, true, false]) }),
    path: '$.narration[0].prediction.choices',
    message: 'has 2 correct choices',
    allowed: 'exactly one choice with correct: true',
  },
  {
    name: 'a prediction with one choice',
    extra: step({ prediction: prediction([true]) }),
    path: '$.narration[0].prediction.choices',
    message: 'has too few items',
    allowed: 'a list of 2 to 6 choices',
  },
  {
    name: 'a highlight naming a missing consumer',
    extra: step({ highlights: ['consumer c9'] }),
    path: '$.narration[0].highlights[0]',
    message: 'names no consumer',
    found: '"c9"',
    allowed: 'one of the consumers: c1',
  },
  {
    name: 'a highlight past the last partition',
    extra: step({ highlights: ['partition orders-3'] }),
    path: '$.narration[0].highlights[0]',
    message: 'names no partition',
    allowed: 'orders-0 to orders-2',
  },
  {
    name: 'a highlight outside the grammar',
    extra: step({ highlights: ['the consumer c1'] }),
    path: '$.narration[0].highlights[0]',
    message: 'is not a highlight',
    allowed: '"window [<startMs>,<endMs>)"',
  },
  {
    name: 'a where field the event does not have',
    extra: step({
      trigger: { kind: 'onEvent', eventType: 'group.state.changed', where: { state: 'Stable' } },
    }),
    path: '$.narration[0].trigger.where.state',
    message: 'is not a field of group.state.changed events',
    allowed: 'one of: group, from, to',
  },
  {
    name: 'a where value that can never match',
    extra: step({
      trigger: { kind: 'onEvent', eventType: 'group.state.changed', where: { to: 'Stabel' } },
    }),
    path: '$.narration[0].trigger.where.to',
    message: 'can never match',
    allowed: 'one of: Empty, PreparingRebalance, CompletingRebalance, Stable, Dead',
  },
  {
    name: 'a timed step after the end of the run',
    extra: step({ trigger: { kind: 'atTime', atMs: 20_000 } }),
    path: '$.narration[0].trigger.atMs',
    message: 'is after the end of the scenario',
  },
  {
    name: 'a parameter default out of range',
    extra: parameter({ default: 50_000 }),
    path: '$.parameters[0].default',
    message: 'is out of range',
    found: '50000',
    allowed: 'a number from min (6000) to max (45000)',
  },
  {
    name: 'a parameter default that differs from the value at its path',
    extra: parameter({ default: 12_000 }),
    path: '$.parameters[0].default',
    message: 'differs from the value at its path (10000)',
  },
  {
    name: 'a parameter path that does not resolve',
    extra: parameter({ path: '$.topology.consumerGroups[1].sessionTimeoutMs' }),
    path: '$.parameters[0].path',
    message: 'does not resolve in the scenario',
  },
  {
    name: 'a path outside the grammar',
    extra: parameter({ path: '$.topology.__proto__.x' }),
    path: '$.parameters[0].path',
    message: 'is not a path in the allowed grammar',
  },
  {
    name: 'an unknown assertion kind',
    extra: { expect: [{ kind: 'latency', group: 'g1' }] },
    path: '$.expect[0].kind',
    message: 'is not a known kind',
    found: '"latency"',
    allowed: 'one of: groupState, lag, lagReaches, deliveries, eventCount, windowResult',
  },
  {
    name: 'an assertion about a missing group',
    extra: { expect: [{ kind: 'groupState', group: 'g9', state: 'Stable', atMs: 100 }] },
    path: '$.expect[0].group',
    message: 'names no consumer group',
    allowed: 'one of the consumer groups: g1',
  },
  {
    name: 'an unknown event type',
    extra: { expect: [{ kind: 'eventCount', eventType: 'group.exploded', op: '==', count: 0 }] },
    path: '$.expect[0].eventType',
    message: 'is not one of the allowed values',
  },
  {
    name: 'a variant override path that does not resolve',
    extra: {
      variants: [
        { id: 'v', label: 'V', overrides: [{ path: '$.topology.brokers[4].id', value: 'x' }] },
      ],
    },
    path: '$.variants[0].overrides[0].path',
    message: 'does not resolve in the scenario',
  },
  {
    name: 'a config mapping to a missing value',
    extra: { configMapping: [{ setting: 'linger.ms', path: '$.topology.producers[2].lingerMs' }] },
    path: '$.configMapping[0].path',
    message: 'does not resolve in the scenario',
  },
  {
    name: 'an unknown system',
    extra: { system: 'pulsar' },
    path: '$.system',
    message: 'is not one of the allowed values',
    allowed: 'one of: kafka, flink, kafka-streams, beam',
  },
  {
    name: 'an unknown view',
    extra: { views: ['logs', 'graph'] },
    path: '$.views[1]',
    message: 'is not one of the allowed values',
  },
  {
    name: 'raw HTML in the title',
    extra: { title: 'Rebalance <img src=x onerror=alert(1)>' },
    path: '$.title',
    message: 'contains raw HTML at character 10',
  },
];

describe('malformed version 2 scenarios', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.path} ${c.message}`, () => {
      const errors = errorsOf(guidedScenario(c.extra));
      const error = errors.find((e) => e.path === c.path);
      expect(error, formatScenarioErrors(errors)).toBeDefined();
      expect(error?.message).toContain(c.message);
      if (c.found !== undefined) expect(error?.found).toBe(c.found);
      if (c.allowed !== undefined) expect(error?.allowed).toContain(c.allowed);
    });
  }

  it('accepts Markdown with "<" before a space or digit, and ordinary links', () => {
    const text = 'Lag < 5 and 3<4. See [docs](https://kafka.apache.org/) and `data: x`.';
    expect(parsedScenario(guidedScenario(step({ text }))).narration[0]?.text).toBe(text);
  });

  it('bounds narration to 50 steps of 4000 characters', () => {
    const long = errorsOf(guidedScenario(step({ text: 'x'.repeat(4001) })));
    expect(long[0]).toMatchObject({ path: '$.narration[0].text', message: 'is too long' });
    const steps = Array.from({ length: 51 }, (_, i) => ({
      id: `s${i}`,
      text: 'x',
      trigger: { kind: 'onNext' },
    }));
    expect(errorsOf(guidedScenario({ narration: steps }))[0]).toMatchObject({
      path: '$.narration',
      message: 'has too many items',
    });
  });
});
