// The checks that need the whole dataflow or the whole scenario: the graph (ids, references,
// routes, cycles, sources), expressions compiled with the names their records carry, topics,
// window offsets, join bounds, sinks, mode settings, the fan-out cap, ids shared with stream jobs,
// job.fail and the guided parts that name dataflows. One test per error class, each asserting
// the path and the words of the message.

import { describe, expect, it } from 'vitest';
import { dataflowScenario, dataflowsOf } from './dataflowTestScenario.ts';
import { formatScenarioErrors, parseScenario, type ScenarioError } from './index.ts';

type Raw = Record<string, unknown>;

const OPS = '$.topology.dataflows[0].operators';

/** The fixture, changed in place by `patch`. */
function scenarioWith(patch: (scenario: Raw, ops: Raw[]) => void): Raw {
  const scenario = dataflowScenario();
  patch(scenario, dataflowsOf(scenario)[0]!.operators);
  return scenario;
}

function op(i: number, fields: Raw): Raw {
  return scenarioWith((_, ops) => {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) delete ops[i]![key];
      else ops[i]![key] = value;
    }
  });
}

function errorsOf(input: unknown): ScenarioError[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors;
}

type Refusal = [name: string, scenario: Raw, expected: ScenarioError];

const GRAPH: Refusal[] = [
  [
    'two operators with one id',
    op(3, { id: 'doubled' }),
    {
      path: `${OPS}[3].id`,
      message: `repeats the id of ${OPS}[2]`,
      found: '"doubled"',
      allowed: 'an operator id no other operator of this dataflow uses',
    },
  ],
  [
    'two routes with one name',
    op(5, {
      routes: [
        { name: 'big', when: 'value > 9' },
        { name: 'big', when: 'value > 5' },
      ],
    }),
    { path: `${OPS}[5].routes[1].name`, message: 'repeats an earlier route name', found: '"big"' },
  ],
  [
    'otherwise with the name of a route',
    op(5, { otherwise: 'big' }),
    { path: `${OPS}[5].otherwise`, message: 'repeats an earlier route name', found: '"big"' },
  ],
  [
    'an input that names no operator',
    op(3, { input: 'dubled' }),
    {
      path: `${OPS}[3].input`,
      message: 'names no operator of this dataflow',
      found: '"dubled"',
      allowed: 'one of the operators: orders, payments, doubled',
    },
  ],
  [
    'a join side that names no operator',
    op(11, { right: 'payment' }),
    { path: `${OPS}[11].right`, message: 'names no operator of this dataflow', found: '"payment"' },
  ],
  [
    'a route that does not exist',
    op(6, { input: 'bySize.huge' }),
    {
      path: `${OPS}[6].input`,
      message: 'names no route of "bySize"',
      found: '"bySize.huge"',
      allowed: '"bySize.<route>" for one of the routes: big, small',
    },
  ],
  [
    'a route operator read without a route',
    op(6, { input: 'bySize' }),
    { path: `${OPS}[6].input`, message: 'without naming a route, so it would receive nothing' },
  ],
  [
    'a route of an operator that is not a route',
    op(3, { input: 'doubled.big' }),
    {
      path: `${OPS}[3].input`,
      message: 'only route operators have named outputs',
      allowed: '"doubled"',
    },
  ],
  [
    'an operator that reads a sink',
    op(13, { input: 'tableOut' }),
    {
      path: `${OPS}[13].input`,
      message: 'reads sink "tableOut", which writes out of the dataflow and emits nothing',
    },
  ],
  [
    'a cycle',
    op(2, { input: 'split' }),
    {
      path: `${OPS}[3].input`,
      message: 'closes a cycle: doubled -> positive -> split -> doubled',
      found: '"doubled"',
      allowed: 'an operator that does not read, directly or not, "positive"',
    },
  ],
  [
    'an operator that reads itself',
    op(3, { input: 'positive' }),
    { path: `${OPS}[3].input`, message: 'closes a cycle: positive -> positive' },
  ],
  [
    'no source',
    scenarioWith((scenario) => {
      dataflowsOf(scenario)[1]!.operators = [
        { id: 'out', kind: 'sink', input: 'out', sink: 'append' },
      ];
    }),
    {
      path: '$.topology.dataflows[1].operators',
      message: 'has no source, so no record would ever enter the dataflow',
      allowed: 'at least one operator of kind "source"',
    },
  ],
];

const EXPRESSIONS: Refusal[] = [
  [
    'a syntax error',
    op(3, { where: 'value >' }),
    { path: `${OPS}[3].where`, message: 'does not compile: syntax error', found: '"value >"' },
  ],
  [
    'a function outside the menu',
    op(4, { emit: ['value', 'eval("1")'] }),
    {
      path: `${OPS}[4].emit[1]`,
      message: 'does not compile: unknown function "eval" at 0; allowed: abs',
    },
  ],
  [
    'an assignment',
    op(2, { set: { value: 'value = 1' } }),
    {
      path: `${OPS}[2].set.value`,
      message: 'does not compile: assignment (=) at 6 is not allowed',
    },
  ],
  [
    'a field no operator upstream adds',
    op(3, { where: 'regoin != "x"' }),
    {
      path: `${OPS}[3].where`,
      message:
        'does not compile: unknown name "regoin" at 0; allowed names: key, value, eventTime, region',
    },
  ],
  [
    'a field only another branch adds',
    op(5, { routes: [{ name: 'big', when: 'tier == "gold"' }] }),
    { path: `${OPS}[5].routes[0].when`, message: 'unknown name "tier"' },
  ],
  [
    'a field the window result no longer carries',
    scenarioWith((_, ops) => {
      ops.push({ id: 'late', kind: 'filter', input: 'perSecond', where: 'region == "k"' });
    }),
    {
      path: `${OPS}[18].where`,
      message: 'unknown name "region" at 0; allowed names: key, value, eventTime',
    },
  ],
  [
    'a bad expression in a graph that is also broken, still compiled for its syntax',
    op(3, { input: 'nothing', where: 'value >' }),
    { path: `${OPS}[3].where`, message: 'does not compile: syntax error' },
  ],
];

const SETTINGS: Refusal[] = [
  [
    'a source topic that does not exist',
    op(0, { topic: 'order' }),
    {
      path: `${OPS}[0].topic`,
      message: 'names a topic that does not exist',
      allowed: 'one of the topics: orders, payments, prices',
    },
  ],
  [
    'a table topic that does not exist',
    op(10, { tableTopic: 'price' }),
    { path: `${OPS}[10].tableTopic`, message: 'names a topic that does not exist' },
  ],
  [
    'a window offset as large as the size',
    op(9, { assigner: { kind: 'tumbling', sizeMs: 1000, offsetMs: -1000 } }),
    {
      path: `${OPS}[9].assigner.offsetMs`,
      message:
        "is not smaller in magnitude than sizeMs (1000), as Flink's tumbling windows require",
      allowed: 'an integer from -999 to 999',
    },
  ],
  [
    'a sliding window join that puts a record in 200 windows',
    op(12, { assigner: { kind: 'sliding', sizeMs: 2000, slideMs: 10 } }),
    {
      path: `${OPS}[12].assigner.slideMs`,
      message: 'puts every record in 200 windows',
      allowed: 'at least 20',
    },
  ],
  [
    'an interval join whose lower bound is above its upper bound',
    op(11, { lowerBoundMs: 600, upperBoundMs: 500 }),
    {
      path: `${OPS}[11].lowerBoundMs`,
      message: 'is above upperBoundMs (500), so no pair of records could ever join',
      allowed: 'at most upperBoundMs (500)',
    },
  ],
  [
    'a transactional sink without checkpoints',
    scenarioWith((scenario) => {
      delete dataflowsOf(scenario)[0]!['checkpoint'];
    }),
    {
      path: `${OPS}[16].sink`,
      message: 'is "transactional", but the dataflow takes no checkpoints',
    },
  ],
  [
    'tickMs in micro-batch mode',
    scenarioWith((scenario) => {
      dataflowsOf(scenario)[1]!['tickMs'] = 10;
    }),
    {
      path: '$.topology.dataflows[1].tickMs',
      message: 'is a continuous-mode setting, but mode is "micro-batch"',
      allowed: 'mode "continuous", or leave it out (micro-batch: batchIntervalMs)',
    },
  ],
  [
    'bufferRecords in micro-batch mode',
    scenarioWith((scenario) => {
      dataflowsOf(scenario)[1]!['bufferRecords'] = 10;
    }),
    { path: '$.topology.dataflows[1].bufferRecords', message: 'is a continuous-mode setting' },
  ],
  [
    'batchIntervalMs in continuous mode, the default',
    scenarioWith((scenario) => {
      dataflowsOf(scenario)[0]!['batchIntervalMs'] = 500;
      delete dataflowsOf(scenario)[0]!['mode'];
    }),
    {
      path: '$.topology.dataflows[0].batchIntervalMs',
      message: 'is a micro-batch setting, but mode is "continuous"',
    },
  ],
  [
    'flatMaps that would make 512 copies of a record',
    scenarioWith((_, ops) => {
      const emit = Array.from({ length: 8 }, () => 'value');
      ops.push(
        { id: 'x1', kind: 'flatMap', input: 'orders', emit },
        { id: 'x2', kind: 'flatMap', input: 'x1', emit },
        { id: 'x3', kind: 'flatMap', input: 'x2', emit },
      );
    }),
    {
      path: `${OPS}[20]`,
      message: 'would emit 512 copies of each source record',
      allowed: 'at most 256 copies per source record',
    },
  ],
  [
    'a dataflow with the id of a producer',
    scenarioWith((scenario) => {
      dataflowsOf(scenario)[1]!['id'] = 'shop';
    }),
    {
      path: '$.topology.dataflows[1].id',
      message: 'repeats the id of $.topology.producers[0].id',
      allowed: 'group, dataflow, queue producer',
    },
  ],
  [
    'a stream job with the id of a dataflow',
    scenarioWith((scenario) => {
      const topology = scenario['topology'] as Raw;
      topology['streamJobs'] = [
        {
          id: 'pipeline',
          sourceTopic: 'orders',
          watermarks: { strategy: 'ascending' },
          window: { assigner: { kind: 'tumbling', sizeMs: 1000 }, aggregate: 'count' },
        },
      ];
    }),
    {
      path: '$.topology.dataflows[0].id',
      message: 'repeats the id of $.topology.streamJobs[0].id',
    },
  ],
];

const GUIDED: Refusal[] = [
  [
    'job.fail of something that is no job',
    scenarioWith((scenario) => {
      scenario['interventions'] = [{ atMs: 1000, type: 'job.fail', target: 'shop' }];
    }),
    {
      path: '$.interventions[0].target',
      message: 'names a producer, but job.fail needs a stream job or dataflow',
      allowed: 'one of the stream jobs or dataflows: pipeline, batches',
    },
  ],
  [
    'a where naming no operator',
    scenarioWith((scenario) => {
      scenario['expect'] = [
        {
          kind: 'eventCount',
          eventType: 'dataflow.output',
          where: { sink: 'tablOut' },
          op: '>=',
          count: 1,
        },
      ];
    }),
    {
      path: '$.expect[0].where.sink',
      message: 'names no dataflow operator',
      allowed: 'one of the dataflow operators: orders, payments',
    },
  ],
  [
    'a dataflowMetric of a job that is not a dataflow',
    scenarioWith((scenario) => {
      scenario['expect'] = [
        {
          kind: 'dataflowMetric',
          job: 'shop',
          metric: 'lagRecords',
          stat: 'max',
          op: '<=',
          value: 1,
        },
      ];
    }),
    {
      path: '$.expect[0].job',
      message: 'names a producer, not a dataflow',
      allowed: 'one of the dataflows: pipeline, batches',
    },
  ],
  [
    'a dataflowMetric with an empty span',
    scenarioWith((scenario) => {
      scenario['expect'] = [
        {
          kind: 'dataflowMetric',
          job: 'pipeline',
          metric: 'lagRecords',
          stat: 'max',
          op: '<=',
          value: 1,
          afterMs: 5000,
          byMs: 5000,
        },
      ];
    }),
    { path: '$.expect[0].afterMs', message: 'is not before byMs, so no sample could count' },
  ],
  [
    'a sinkRows of an operator that is not a sink',
    scenarioWith((scenario) => {
      scenario['expect'] = [
        { kind: 'sinkRows', job: 'pipeline', sink: 'table', atMs: 8000, op: '==', count: 1 },
      ];
    }),
    {
      path: '$.expect[0].sink',
      message: 'names no sink operator of dataflow "pipeline"',
      allowed: 'one of its sinks: tableOut, countsOut, paidOut, pairsOut',
    },
  ],
  [
    'a sinkRows after the end of the run',
    scenarioWith((scenario) => {
      scenario['expect'] = [
        { kind: 'sinkRows', job: 'pipeline', sink: 'tableOut', atMs: 9000, op: '==', count: 1 },
      ];
    }),
    { path: '$.expect[0].atMs', message: 'is after the end of the scenario' },
  ],
];

describe.each([
  ['the graph', GRAPH],
  ['expressions', EXPRESSIONS],
  ['settings', SETTINGS],
  ['the guided parts', GUIDED],
])('dataflow cross-references: %s', (_group, cases) => {
  it.each(cases)('refuses %s, naming the path', (_name, scenario, expected) => {
    const errors = errorsOf(scenario);
    const error = errors.find((e) => e.path === expected.path);
    expect(error, formatScenarioErrors(errors)).toBeDefined();
    expect(error?.message).toContain(expected.message);
    if (expected.found !== undefined) expect(error?.found).toBe(expected.found);
    if (expected.allowed !== undefined) expect(error?.allowed).toContain(expected.allowed);
  });
});

describe('dataflow cross-references that hold', () => {
  it.each([
    [
      'job.fail of a dataflow',
      { interventions: [{ atMs: 1000, type: 'job.fail', target: 'batches' }] },
    ],
    [
      'a where on the operator and value of dataflow events',
      {
        expect: [
          {
            kind: 'eventCount',
            eventType: 'table.updated',
            where: { job: 'pipeline', operator: 'table', value: 5 },
            op: '>=',
            count: 0,
          },
          {
            kind: 'eventCount',
            eventType: 'dataflow.output',
            where: { sink: 'tableOut', value: 'x' },
            op: '>=',
            count: 0,
          },
        ],
      },
    ],
    [
      'a windowResult of a dataflow',
      {
        expect: [
          { kind: 'windowResult', job: 'pipeline', key: 'k0', window: [0, 1000], values: [] },
        ],
      },
    ],
    [
      'the dataflow assertions',
      {
        expect: [
          {
            kind: 'dataflowMetric',
            job: 'pipeline',
            metric: 'latencyMsP95',
            stat: 'last',
            op: '>=',
            value: 0,
            afterMs: 1000,
          },
          {
            kind: 'sinkRows',
            job: 'pipeline',
            sink: 'countsOut',
            atMs: 8000,
            op: '>=',
            count: 0,
            key: 'k0',
            window: [0, 1000],
          },
        ],
      },
    ],
  ])('accepts %s', (_name, fields) => {
    const result = parseScenario({ ...dataflowScenario(), ...fields });
    expect(result.ok ? [] : formatScenarioErrors(result.errors)).toEqual([]);
  });
});
