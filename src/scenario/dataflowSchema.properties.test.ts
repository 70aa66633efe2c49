// Arbitrary operator lists never make the scenario parser throw: they either parse into a graph
// the engine can plan, or give errors that each name a path (fast-check property tests).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataflowPlan } from '../engine/index.ts';
import { dataflowsOf, withDataflow } from './dataflowTestScenario.ts';
import { formatScenarioErrors, parseScenario } from './index.ts';

type Raw = Record<string, unknown>;

const IDS = ['a', 'b', 'c', 'd', 'r', 'x.y', ''];
const REFS = ['a', 'b', 'c', 'd', 'r', 'r.hit', 'r.miss', 'r.other', 'nope', 'a.b'];
const EXPRESSIONS = [
  'value',
  'value * 2',
  'key == "k0"',
  'tier',
  'right',
  'value >',
  'eval(1)',
  '',
  'x'.repeat(501),
];

const expression = fc.constantFrom(...EXPRESSIONS);
const ref = fc.constantFrom(...REFS);
const assigner = fc.constantFrom(
  { kind: 'tumbling', sizeMs: 1000 },
  { kind: 'tumbling', sizeMs: 1000, offsetMs: 1000 },
  { kind: 'sliding', sizeMs: 10_000, slideMs: 10 },
  { kind: 'sliding', sizeMs: 2000, slideMs: 1000 },
  { kind: 'session', gapMs: 500 },
);
const ttl = fc.integer({ min: 0, max: 5000 });

/** The fields each kind has, with plausible and wrong values; an unknown kind gets a few. */
const FIELDS: Record<string, Record<string, fc.Arbitrary<unknown>>> = {
  source: { topic: fc.constantFrom('orders', 'payments', 'missing') },
  map: {
    input: ref,
    set: fc.dictionary(fc.constantFrom('value', 'key', 'tier', 'eventTime', '2x'), expression, {
      maxKeys: 3,
    }),
  },
  filter: { input: ref, where: expression },
  flatMap: { input: ref, emit: fc.array(expression, { maxLength: 10 }) },
  route: {
    input: ref,
    routes: fc.array(
      fc.record({ name: fc.constantFrom('hit', 'other', 'a.b'), when: expression }),
      { maxLength: 3 },
    ),
    otherwise: fc.constantFrom('miss', 'hit'),
  },
  enrich: {
    input: ref,
    table: fc.dictionary(
      fc.constantFrom('k0', 'k1'),
      fc.oneof(fc.string({ maxLength: 3 }), fc.integer()),
    ),
    as: fc.constantFrom('tier', 'key', 'right'),
  },
  keyBy: { input: ref, key: expression },
  aggregate: {
    input: ref,
    fn: fc.constantFrom('count', 'avg', 'median'),
    of: expression,
    stateTtlMs: ttl,
  },
  window: { input: ref, assigner, aggregate: fc.constantFrom('sum', 'count') },
  tableJoin: {
    input: ref,
    tableTopic: fc.constantFrom('prices', 'missing'),
    as: fc.constantFrom('tier', 'value'),
  },
  intervalJoin: {
    left: ref,
    right: ref,
    lowerBoundMs: fc.integer({ min: -2000, max: 2000 }),
    upperBoundMs: fc.integer({ min: -2000, max: 2000 }),
    stateTtlMs: ttl,
  },
  windowJoin: { left: ref, right: ref, assigner },
  materialize: { input: ref, stateTtlMs: ttl },
  sink: { input: ref, sink: fc.constantFrom('append', 'idempotent-upsert', 'transactional') },
  bogus: { input: ref, where: expression },
};

/** An operator-shaped object: the fields of its kind, any of them possibly left out. */
const operatorArbitrary = fc.constantFrom(...Object.keys(FIELDS)).chain((kind) =>
  fc.record(
    {
      kind: fc.constant(kind),
      id: fc.constantFrom(...IDS),
      parallelism: fc.integer({ min: 0, max: 9 }),
      ...FIELDS[kind],
    },
    { requiredKeys: ['kind', 'id'] },
  ),
);

const SOUND_KINDS = Object.keys(FIELDS).filter((kind) => kind !== 'bogus' && kind !== 'source');

/**
 * A chain-shaped list that is usually a sound graph: a source first, then operators that each read
 * an earlier one (a route's first route when it reads a route), with fields drawn from FIELDS. The
 * random fields can still break it, so both outcomes of the property are exercised.
 */
const soundListArbitrary = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...SOUND_KINDS),
      pick: fc.nat(),
      other: fc.nat(),
      fields: fc.constantFrom(...SOUND_KINDS).chain((kind) => fc.record(FIELDS[kind]!)),
    }),
    { maxLength: 7 },
  )
  .map((steps) => {
    const ops: Raw[] = [{ id: 'o0', kind: 'source', topic: 'orders' }];
    const refTo = (n: number): string => {
      const up = ops[n % ops.length]!;
      return up['kind'] === 'route' ? `${String(up['id'])}.hit` : String(up['id']);
    };
    steps.forEach((step, i) => {
      const sources =
        step.kind === 'intervalJoin' || step.kind === 'windowJoin'
          ? { left: refTo(step.pick), right: refTo(step.other) }
          : { input: refTo(step.pick) };
      const fields: Raw = { ...step.fields, kind: step.kind, id: `o${i + 1}`, ...sources };
      if (step.kind === 'route') fields['routes'] = [{ name: 'hit', when: 'value > 1' }];
      ops.push(fields);
    });
    // Sinks emit nothing, so nothing may read them: end every list with its only sink.
    return [
      ...ops.map((op) =>
        op['kind'] === 'sink' ? { ...op, kind: 'materialize', sink: undefined } : op,
      ),
      { id: 'out', kind: 'sink', input: refTo(ops.length - 1), sink: 'append' },
    ].map((op) => JSON.parse(JSON.stringify(op)) as Raw);
  });

describe('arbitrary operator lists', () => {
  it('never throw: they parse into a graph the engine can plan, or every error names a path', () => {
    let planned = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.array(operatorArbitrary, { maxLength: 8 }), soundListArbitrary),
        fc.constantFrom('continuous', 'micro-batch'),
        fc.boolean(),
        (operators, mode, checkpoint) => {
          const scenario = withDataflow({
            mode,
            operators,
            ...(mode === 'micro-batch'
              ? { tickMs: undefined, networkDelayMs: undefined, bufferRecords: undefined }
              : {}),
            ...(checkpoint ? {} : { checkpoint: undefined }),
          });
          const dataflow = dataflowsOf(scenario)[0]!;
          for (const key of Object.keys(dataflow))
            if (dataflow[key] === undefined) delete dataflow[key];
          const result = parseScenario(scenario);
          if (result.ok) {
            for (const spec of result.scenario.topology.dataflows ?? []) {
              expect(() => buildDataflowPlan(spec)).not.toThrow();
            }
            planned++;
            return;
          }
          expect(result.errors.length).toBeGreaterThan(0);
          // Past 100 errors the list ends with one that counts the rest, at the root.
          for (const error of result.errors.filter((e) => !e.message.includes('more errors'))) {
            expect(error.path, formatScenarioErrors(result.errors)).toMatch(
              /^\$\.topology\.dataflows|^\$\.interventions/,
            );
            expect(error.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 400 },
    );
    // The generator is tuned so that some lists are sound graphs; the property must see both.
    expect(planned).toBeGreaterThan(10);
  });
});
