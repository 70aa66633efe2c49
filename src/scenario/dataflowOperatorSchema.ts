// The operators of a processing dataflow, as a union told apart by `kind`: a source reading a
// topic; map, filter, flatMap, route and enrich; keyBy, which repartitions through a hash
// shuffle; keyed aggregates, event-time windows, a stream-table join, Flink's interval and window
// joins, a materialized table; and the three sinks of the exactly-once lesson. Checks that need
// the whole graph (references, cycles, expressions, offsets, topics) are in dataflowReferences.ts.

import { z } from 'zod';
import {
  expressionSchema,
  fieldNameAllowed,
  fieldNameSchema,
  keyedObjectSchema,
  operatorIdSchema,
  operatorRefSchema,
} from './dataflowFieldSchemas.ts';
import {
  integerIn,
  listOf,
  nameSchema,
  oneOf,
  strictObject,
  textSchema,
  unionError,
} from './fieldSchemas.ts';
import {
  DURATION_MS_MAX,
  ENRICH_TABLE_ROWS_MAX,
  FLATMAP_EMIT_MAX,
  JOB_RECORDS_PER_SECOND_MAX,
  MAP_FIELDS_MAX,
  PARALLELISM_MAX,
  ROUTES_MAX,
  TEXT_CHARS_MAX,
} from './scenarioLimits.ts';
import {
  assignerSchema,
  SINK_KINDS,
  WINDOW_AGGREGATES,
  ACCUMULATION_MODES,
} from './streamJobSchema.ts';
import { overloadSchema, samplePercentSchema } from './overloadSchemas.ts';
import { intervalMs, timeMs } from './timeSchemas.ts';

export const OPERATOR_KINDS = [
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
] as const;
export const AGGREGATE_FUNCTIONS = ['count', 'sum', 'min', 'max', 'avg', 'distinct'] as const;

/** Every record has these; a field added under one of them would be hidden by it. */
const RECORD_NAMES = ['key', 'value', 'eventTime'];

/** What every operator has: an id, its parallelism, its capacity and what happens beyond it. */
const common = {
  id: operatorIdSchema().describe(
    'unique within the dataflow; others name it in input, left or right',
  ),
  parallelism: integerIn(1, PARALLELISM_MAX)
    .default(1)
    .describe(`parallel subtasks, 1 to ${PARALLELISM_MAX}; default 1`),
  recordsPerSecond: integerIn(1, JOB_RECORDS_PER_SECOND_MAX)
    .exactOptional()
    .describe('records one subtask can process per second; absent: it keeps up with anything'),
  overload: overloadSchema(),
  samplePercent: samplePercentSchema(),
};

const input = () =>
  operatorRefSchema().describe('the operator this one reads, or "<route operator>.<route name>"');

/** Keyed state that has not been written for this long is dropped, as Flink's StateTtlConfig. */
const stateTtlMs = () =>
  intervalMs()
    .exactOptional()
    .describe(
      "drop a key's state this many ms after its last write; absent: state is kept for ever",
    );

/** Interval-join bounds may be negative: the right record may come before the left one. */
const boundMs = () =>
  integerIn(
    -DURATION_MS_MAX,
    DURATION_MS_MAX,
    `an integer from ${-DURATION_MS_MAX} to ${DURATION_MS_MAX} (milliseconds)`,
  );

function operator<const K extends string, T extends z.ZodRawShape>(kind: K, shape: T) {
  return strictObject({ kind: z.literal(kind), ...common, ...shape });
}

/** Flink's window joins take tumbling and sliding windows; sessions merge, so they have none. */
const [tumbling, sliding] = assignerSchema.options;
const alignedAssignerSchema = z.discriminatedUnion('kind', [tumbling, sliding], {
  error: unionError('kind'),
});

const tableValueSchema = z.union([textSchema(0, TEXT_CHARS_MAX), z.number()], {
  error: `a number or a text of at most ${TEXT_CHARS_MAX} characters`,
});

const routeSchema = strictObject({
  name: operatorIdSchema().describe(
    'downstream operators read this route as "<route operator>.<name>"',
  ),
  when: expressionSchema().describe(
    'records for which this holds go here, unless an earlier route took them',
  ),
});

export const operatorSchema = z.discriminatedUnion(
  'kind',
  [
    operator('source', {
      topic: nameSchema().describe(
        'read from every partition, from the earliest offset; partition p goes to subtask p mod parallelism',
      ),
    }),
    operator('map', {
      input: input(),
      set: keyedObjectSchema(
        fieldNameSchema(['eventTime']),
        expressionSchema(),
        MAP_FIELDS_MAX,
        `a field name: key, value, or ${fieldNameAllowed(['eventTime'])}`,
      ).describe(
        'field name to expression of the input record; "key" and "value" replace those, other names add fields',
      ),
    }),
    operator('filter', {
      input: input(),
      where: expressionSchema().describe('keeps the records for which this is true'),
    }),
    operator('flatMap', {
      input: input(),
      emit: listOf(expressionSchema(), 1, FLATMAP_EMIT_MAX, 'expressions').describe(
        'one output per expression that is not null, with that as its value',
      ),
    }),
    operator('route', {
      input: input(),
      routes: listOf(routeSchema, 1, ROUTES_MAX, 'routes').describe(
        'each record goes to the first route whose condition holds',
      ),
      otherwise: operatorIdSchema()
        .exactOptional()
        .describe('the route for records no condition takes; absent: they are dropped'),
    }),
    operator('enrich', {
      input: input(),
      table: keyedObjectSchema(
        textSchema(0, TEXT_CHARS_MAX),
        tableValueSchema,
        ENRICH_TABLE_ROWS_MAX,
        `a record key of at most ${TEXT_CHARS_MAX} characters`,
      ).describe('a fixed reference table: record key to the value stored in field `as`'),
      as: fieldNameSchema(RECORD_NAMES).describe('the field that receives the matching row'),
      missing: oneOf(['null', 'drop'])
        .default('null')
        .describe(
          'records whose key has no row: keep them with a null field (null, the default) or drop them',
        ),
    }),
    operator('keyBy', {
      input: input(),
      key: expressionSchema().describe(
        'the new key; the edge behind keyBy is a hash shuffle to the owner of the key',
      ),
    }),
    operator('aggregate', {
      input: input(),
      fn: oneOf(AGGREGATE_FUNCTIONS).describe(
        "a running keyed aggregate; emits the key's new value for every record",
      ),
      of: expressionSchema().default('value').describe('what is aggregated; default "value"'),
      stateTtlMs: stateTtlMs(),
    }),
    operator('window', {
      input: input(),
      assigner: assignerSchema,
      allowedLatenessMs: timeMs().default(0).describe('allowedLateness; Flink default 0'),
      aggregate: oneOf(WINDOW_AGGREGATES).describe('sum adds record values read as numbers'),
      accumulation: oneOf(ACCUMULATION_MODES)
        .default('accumulating')
        .describe('whether a late firing repeats the earlier records (accumulating) or not'),
    }),
    operator('tableJoin', {
      input: input(),
      tableTopic: nameSchema().describe(
        'the topic read as a changelog into a table; a null value deletes a row',
      ),
      as: fieldNameSchema(RECORD_NAMES).describe(
        'the field that receives the row the key has in processing time',
      ),
      join: oneOf(['inner', 'left'])
        .default('inner')
        .describe('inner (default) drops records without a row; left keeps them with a null field'),
    }),
    operator('intervalJoin', {
      left: input(),
      right: input(),
      lowerBoundMs: boundMs().describe(
        'left a joins right b of the same key when a.ts + lowerBoundMs <= b.ts',
      ),
      upperBoundMs: boundMs().describe(
        '... and b.ts <= a.ts + upperBoundMs (both bounds inclusive, as Flink)',
      ),
      stateTtlMs: stateTtlMs(),
    }),
    operator('windowJoin', {
      left: input(),
      right: input(),
      assigner: alignedAssignerSchema,
      stateTtlMs: stateTtlMs(),
    }),
    operator('materialize', {
      input: input(),
      stateTtlMs: stateTtlMs(),
    }),
    operator('sink', {
      input: input(),
      sink: oneOf(SINK_KINDS).describe(
        'append writes every record; idempotent-upsert keeps the latest per key and window; transactional commits with checkpoints',
      ),
    }),
  ],
  { error: unionError('kind') },
);
