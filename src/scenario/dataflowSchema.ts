// A processing dataflow: a DAG of operators (dataflowOperatorSchema.ts) with its execution
// settings. Names follow Flink where Flink has one (parallelism, WatermarkStrategy,
// execution.checkpointing.interval, the fixed-delay restart strategy) and Spark for micro-batch
// mode (the trigger's processing-time interval). Settings of one mode only stay absent unless set,
// and dataflowReferences.ts refuses them in the other mode, since the engine would ignore them.

import type { z } from 'zod';
import type { DataflowOperatorKind, DataflowOperatorSpec, DataflowSpec } from '../engine/index.ts';
import { operatorSchema } from './dataflowOperatorSchema.ts';
import { integerIn, listOf, nameSchema, oneOf, strictObject } from './fieldSchemas.ts';
import {
  BUFFER_RECORDS_MAX,
  DATAFLOW_OPERATORS_MAX,
  DURATION_MS_MAX,
  EDGE_DELAY_MS_MAX,
  PERIODIC_TASK_MS_MIN,
  TICK_MS_MAX,
} from './scenarioLimits.ts';
import type { AssertAssignable } from './scenarioSchemaV1.ts';
import { watermarksSchema } from './streamJobSchema.ts';
import { intervalMs, timeMs } from './timeSchemas.ts';

export const DATAFLOW_MODES = ['continuous', 'micro-batch'] as const;

/** A periodic task of the dataflow, never more often than every 100 ms. */
const periodMs = () =>
  integerIn(
    PERIODIC_TASK_MS_MIN,
    DURATION_MS_MAX,
    `a whole number of milliseconds from ${PERIODIC_TASK_MS_MIN} to ${DURATION_MS_MAX}`,
  );

const checkpointSchema = strictObject({
  intervalMs: periodMs().describe(
    'execution.checkpointing.interval: barriers enter the sources this often',
  ),
  ackDelayMs: timeMs()
    .default(20)
    .describe('time for a sink to acknowledge a barrier it has aligned; default 20'),
});

export const dataflowSchema = strictObject({
  id: nameSchema().describe('unique among stream jobs and dataflows; job.fail targets it'),
  mode: oneOf(DATAFLOW_MODES)
    .default('continuous')
    .describe(
      'continuous (default) moves each record on as soon as it is processed, as Flink; micro-batch processes everything once per batchIntervalMs, as Spark',
    ),
  batchIntervalMs: intervalMs()
    .exactOptional()
    .describe("micro-batch only: Spark's trigger interval; absent: 1000"),
  tickMs: integerIn(1, TICK_MS_MAX, `a whole number of milliseconds from 1 to ${TICK_MS_MAX}`)
    .exactOptional()
    .describe('continuous only: how often subtasks run; absent: 10'),
  networkDelayMs: integerIn(
    0,
    EDGE_DELAY_MS_MAX,
    `a whole number of milliseconds from 0 to ${EDGE_DELAY_MS_MAX}`,
  )
    .exactOptional()
    .describe('continuous only: time for an element to cross a network edge; absent: 5'),
  bufferRecords: integerIn(
    1,
    BUFFER_RECORDS_MAX,
    `a whole number of records from 1 to ${BUFFER_RECORDS_MAX}`,
  )
    .exactOptional()
    .describe(
      'continuous only: records an input channel buffers before its sender runs out of credit (backpressure); absent: 1000',
    ),
  partitionDiscoveryIntervalMs: timeMs()
    .exactOptional()
    .describe(
      'partition.discovery.interval.ms: how often the source looks for partitions added to its topic and reads them from the earliest offset; 0 never; absent: 300000 (5 minutes, Flink 1.18 and later)',
    ),
  watermarks: watermarksSchema,
  checkpoint: checkpointSchema
    .exactOptional()
    .describe(
      'aligned checkpoint barriers; absent: none, and a failure starts over from the beginning',
    ),
  restartDelayMs: timeMs()
    .default(1000)
    .describe(
      'restart-strategy fixed-delay: time from a failure (job.fail) to running again; default 1000',
    ),
  metricsIntervalMs: periodMs()
    .default(1000)
    .describe(
      'how often throughput, lag, latency, state and buffer metrics are sampled; default 1000',
    ),
  operators: listOf(operatorSchema, 1, DATAFLOW_OPERATORS_MAX, 'operators').describe(
    'the operators, in any order; at least one source',
  ),
});

type Parsed = z.output<typeof dataflowSchema>;
type ParsedOperator = Parsed['operators'][number];

/** Both ways: no key the engine lacks, none it has that the schema forgot. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never]
  ? true
  : false;
type OperatorKeysMatch<K extends DataflowOperatorKind> = K extends DataflowOperatorKind
  ? SameKeys<Extract<ParsedOperator, { kind: K }>, Extract<DataflowOperatorSpec, { kind: K }>>
  : never;
type IsTrue<T extends true> = T;

/** Compile-time proof that a parsed dataflow is what the engine runs, with every field it has. */
export type DataflowOutputIsSpec = [
  AssertAssignable<Parsed, DataflowSpec>,
  IsTrue<SameKeys<Parsed, DataflowSpec>>,
  IsTrue<SameKeys<Parsed['checkpoint'] & object, NonNullable<DataflowSpec['checkpoint']>>>,
  IsTrue<SameKeys<Record<ParsedOperator['kind'], 0>, Record<DataflowOperatorKind, 0>>>,
  IsTrue<OperatorKeysMatch<DataflowOperatorKind>>,
];
