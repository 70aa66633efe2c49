// The dataflow part of the scenario format: a file using every operator kind and setting parses
// into what the engine runs (and the engine runs it); each field-level mistake is refused with an
// error naming its path and what is allowed. Arbitrary operator lists are in
// dataflowSchema.properties.test.ts.

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine/index.ts';
import { dataflowScenario, dataflowsOf, withDataflow } from './dataflowTestScenario.ts';
import { formatScenarioErrors, parseScenario, type ScenarioError } from './index.ts';

type Raw = Record<string, unknown>;

function parsed(input: unknown) {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
  return result.scenario;
}

function errorsOf(input: unknown): ScenarioError[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors;
}

/** The fixture with operator `i` of the first dataflow patched (a field set to undefined is removed). */
function withOperator(i: number, fields: Raw): Raw {
  const scenario = dataflowScenario();
  const op = dataflowsOf(scenario)[0]!.operators[i]!;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete op[key];
    else op[key] = value;
  }
  return scenario;
}

const OPS = '$.topology.dataflows[0].operators';

describe('a valid dataflow', () => {
  it('parses with every operator kind, keeps what the file says and fills the defaults', () => {
    const scenario = parsed(dataflowScenario());
    const [pipeline, batches] = scenario.topology.dataflows ?? [];
    expect(pipeline?.operators.map((op) => op.kind)).toEqual([
      'source',
      'source',
      'map',
      'filter',
      'flatMap',
      'route',
      'enrich',
      'keyBy',
      'aggregate',
      'window',
      'tableJoin',
      'intervalJoin',
      'windowJoin',
      'materialize',
      'sink',
      'sink',
      'sink',
      'sink',
    ]);
    expect(pipeline?.operators[11]).toEqual({
      id: 'paid',
      kind: 'intervalJoin',
      left: 'priced',
      right: 'payments',
      lowerBoundMs: -500,
      upperBoundMs: 500,
      stateTtlMs: 10_000,
      recordsPerSecond: 500,
      overload: 'sample',
      samplePercent: 50,
      parallelism: 1,
    });
    // Defaults the engine would apply anyway are written out, so knobs can address them.
    expect(batches).toMatchObject({
      mode: 'micro-batch',
      restartDelayMs: 1000,
      metricsIntervalMs: 1000,
      watermarks: { strategy: 'ascending', intervalMs: 200 },
    });
    expect(batches?.operators[1]).toEqual({
      id: 'count',
      kind: 'aggregate',
      input: 'orders',
      fn: 'count',
      of: 'value',
      parallelism: 1,
    });
    // Settings of the other mode stay absent rather than being filled in.
    expect(batches).not.toHaveProperty('tickMs');
    expect(pipeline).not.toHaveProperty('batchIntervalMs');
  });

  it('fills in the defaults of optional operator settings', () => {
    const scenario = dataflowScenario();
    const ops = dataflowsOf(scenario)[0]!.operators;
    delete ops[6]!['missing'];
    delete ops[9]!['allowedLatenessMs'];
    delete ops[9]!['accumulation'];
    delete ops[10]!['join'];
    const [pipeline] = parsed(scenario).topology.dataflows ?? [];
    expect(pipeline?.operators[6]).toMatchObject({ missing: 'null' });
    expect(pipeline?.operators[9]).toMatchObject({
      allowedLatenessMs: 0,
      accumulation: 'accumulating',
    });
    expect(pipeline?.operators[10]).toMatchObject({ join: 'inner' });
  });

  it('runs in the engine, through a failure and recovery, with every sink written', () => {
    const scenario = parsed(dataflowScenario());
    const sim = createSimulation(scenario, { checkInvariantsEveryStep: true });
    sim.runUntil(scenario.durationMs);
    const types = new Set(sim.trace().map((e) => e.type));
    for (const type of ['dataflow.output', 'window.fired', 'table.updated', 'job.restored']) {
      expect(types).toContain(type);
    }
    const sinks = sim.getState().dataflows.find((d) => d.id === 'pipeline')?.sinks ?? {};
    for (const sink of ['tableOut', 'countsOut', 'paidOut', 'pairsOut']) {
      expect(sinks[sink]?.length ?? 0, sink).toBeGreaterThan(0);
    }
  });

  it('accepts the largest sizes the limits allow', () => {
    const many = <T>(n: number, item: (i: number) => T): T[] =>
      Array.from({ length: n }, (_, i) => item(i));
    const table = Object.fromEntries(many(1000, (i) => [`k${i}`, i] as const));
    const scenario = withOperator(6, { table });
    const ops = dataflowsOf(scenario)[0]!.operators;
    ops[2]!['set'] = Object.fromEntries(many(16, (i) => [`f${i}`, 'value'] as const));
    ops[4]!['emit'] = many(8, () => 'value');
    ops[5]!['routes'] = many(16, (i) => ({ name: `r${i}`, when: `value > ${i}` }));
    ops[6]!['input'] = 'bySize.r0';
    ops[3]!['where'] = `value == "${'a'.repeat(489)}"`;
    ops[0]!['parallelism'] = 8;
    // 18 operators in the fixture; 14 more maps make 32.
    ops.push(
      ...many(14, (i) => ({ id: `m${i}`, kind: 'map', input: 'orders', set: { value: 'value' } })),
    );
    expect(parsed(scenario).topology.dataflows?.[0]?.operators).toHaveLength(32);
  });
});

/** A mistake, and the path and words of the error it must produce. */
type Refusal = [name: string, scenario: Raw, expected: ScenarioError];

const REFUSED: Refusal[] = [
  [
    'an unknown operator kind',
    withOperator(3, { kind: 'reduce' }),
    {
      path: `${OPS}[3].kind`,
      message: 'is not a known kind',
      allowed:
        'one of: source, map, filter, flatMap, route, enrich, keyBy, aggregate, window, tableJoin, intervalJoin, windowJoin, materialize, sink',
    },
  ],
  [
    'a filter without where',
    withOperator(3, { where: undefined }),
    {
      path: `${OPS}[3].where`,
      message: 'is missing',
      allowed: 'an expression of 1 to 500 characters',
    },
  ],
  [
    'a key the operator kind does not have',
    withOperator(3, { stateTtlMs: 1000 }),
    {
      path: `${OPS}[3].stateTtlMs`,
      message: 'is not a known key',
      allowed: 'only the keys: kind, id, parallelism',
    },
  ],
  [
    'parallelism 9',
    withOperator(0, { parallelism: 9 }),
    { path: `${OPS}[0].parallelism`, message: 'is too large', allowed: 'an integer from 1 to 8' },
  ],
  [
    'parallelism 0',
    withOperator(0, { parallelism: 0 }),
    { path: `${OPS}[0].parallelism`, message: 'is too small', allowed: 'an integer from 1 to 8' },
  ],
  [
    'an expression of 501 characters',
    withOperator(3, { where: `value > ${'1'.repeat(493)}` }),
    {
      path: `${OPS}[3].where`,
      message: 'is too long',
      allowed: 'an expression of 1 to 500 characters',
    },
  ],
  [
    '33 operators',
    withDataflow({
      operators: [
        ...dataflowsOf(dataflowScenario())[0]!.operators,
        ...Array.from({ length: 15 }, (_, i) => ({
          id: `m${i}`,
          kind: 'map',
          input: 'orders',
          set: {},
        })),
      ],
    }),
    {
      path: '$.topology.dataflows[0].operators',
      message: 'has too many items',
      allowed: 'a list of 1 to 32 operators',
    },
  ],
  [
    'an enrich table of 1001 rows',
    withOperator(6, {
      table: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i])),
    }),
    {
      path: `${OPS}[6].table`,
      message: 'has too many keys',
      allowed: 'an object of at most 1000 keys',
    },
  ],
  [
    '17 routes',
    withOperator(5, {
      routes: Array.from({ length: 17 }, (_, i) => ({ name: `r${i}`, when: 'true' })),
    }),
    {
      path: `${OPS}[5].routes`,
      message: 'has too many items',
      allowed: 'a list of 1 to 16 routes',
    },
  ],
  [
    'a flatMap of 9 expressions',
    withOperator(4, { emit: Array.from({ length: 9 }, () => 'value') }),
    {
      path: `${OPS}[4].emit`,
      message: 'has too many items',
      allowed: 'a list of 1 to 8 expressions',
    },
  ],
  [
    'a map field that is not an identifier',
    withOperator(2, { set: { '2x': 'value' } }),
    {
      path: `${OPS}[2].set["2x"]`,
      message: 'is not an allowed name',
      allowed: 'a field name: key, value, or an identifier',
    },
  ],
  [
    'a map field named eventTime, which records already have',
    withOperator(2, { set: { eventTime: 'value' } }),
    {
      path: `${OPS}[2].set.eventTime`,
      message: 'is not an allowed name',
      allowed: 'not eventTime, true, false, null, this',
    },
  ],
  [
    'a map field named constructor',
    withOperator(2, { set: { constructor: 'value' } }),
    {
      path: `${OPS}[2].set.constructor`,
      message: 'is not an allowed name',
      allowed: 'a built-in name like constructor',
    },
  ],
  [
    'a map field named __proto__, which zod would otherwise drop',
    withOperator(2, { set: JSON.parse('{"__proto__": "value", "x": "1"}') as Raw }),
    {
      path: `${OPS}[2].set.__proto__`,
      message: 'is a reserved name',
      allowed: 'a key other than __proto__',
    },
  ],
  [
    'an enrich table row keyed __proto__',
    withOperator(6, { table: JSON.parse('{"__proto__": "gold"}') as Raw }),
    { path: `${OPS}[6].table.__proto__`, message: 'is a reserved name' },
  ],
  [
    'an enrich field named key, which every record has',
    withOperator(6, { as: 'key' }),
    { path: `${OPS}[6].as`, message: 'is a reserved name', allowed: 'not key, value, eventTime' },
  ],
  [
    'an operator id with a dot, which would read as a route',
    withOperator(3, { id: 'a.b' }),
    { path: `${OPS}[3].id`, message: 'has characters that are not allowed', allowed: 'no dots' },
  ],
  [
    'an input with two dots',
    withOperator(3, { input: 'a.b.c' }),
    {
      path: `${OPS}[3].input`,
      message: 'has characters that are not allowed',
      allowed: '"<route operator id>.<route name>"',
    },
  ],
  [
    'a window join over session windows',
    withOperator(12, { assigner: { kind: 'session', gapMs: 1000 } }),
    {
      path: `${OPS}[12].assigner.kind`,
      message: 'is not a known kind',
      allowed: 'one of: tumbling, sliding',
    },
  ],
  [
    'an unknown aggregate function',
    withOperator(8, { fn: 'median' }),
    {
      path: `${OPS}[8].fn`,
      message: 'is not one of the allowed values',
      allowed: 'one of: count, sum, min, max, avg, distinct',
    },
  ],
  [
    'a checkpoint every 50 ms',
    withDataflow({ checkpoint: { intervalMs: 50 } }),
    {
      path: '$.topology.dataflows[0].checkpoint.intervalMs',
      message: 'is too small',
      allowed: 'from 100 to 3600000',
    },
  ],
  [
    'an unknown mode',
    withDataflow({ mode: 'batch' }),
    {
      path: '$.topology.dataflows[0].mode',
      message: 'is not one of the allowed values',
      allowed: 'one of: continuous, micro-batch',
    },
  ],
  [
    'a buffer of 10001 records',
    withDataflow({ bufferRecords: 10_001 }),
    {
      path: '$.topology.dataflows[0].bufferRecords',
      message: 'is too large',
      allowed: 'from 1 to 10000',
    },
  ],
  [
    'five dataflows',
    (() => {
      const scenario = dataflowScenario();
      const [first] = dataflowsOf(scenario);
      dataflowsOf(scenario).push(
        ...[1, 2, 3].map((i) => ({ ...structuredClone(first!), id: `copy${i}` })),
      );
      return scenario;
    })(),
    {
      path: '$.topology.dataflows',
      message: 'has too many items',
      allowed: 'a list of 0 to 4 dataflows',
    },
  ],
];

describe('a dataflow with a field-level mistake', () => {
  it.each(REFUSED)('refuses %s, naming the path', (_name, scenario, expected) => {
    const errors = errorsOf(scenario);
    const error = errors.find((e) => e.path === expected.path);
    expect(error, formatScenarioErrors(errors)).toBeDefined();
    expect(error?.message).toContain(expected.message);
    if (expected.allowed !== undefined) expect(error?.allowed).toContain(expected.allowed);
  });
});
