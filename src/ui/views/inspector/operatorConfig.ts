// The configuration of a dataflow operator and of the job around it. Flink configuration keys are
// used where Flink has one for the same thing; where Flink sets it in code (parallelism, window
// assigners) or counts it differently (buffers), the row is a sandbox row that names the Flink
// equivalent, so nobody searches Flink's docs for a key that does not exist. Pure.

import type {
  DataflowOperatorSpec,
  DataflowSpec,
  ScenarioModel,
  WatermarkSpec,
} from '../../../engine/index.ts';
import { parseOperatorEntityId } from '../dag/dagModel.ts';
import { flinkProperty, sandboxProperty, type PropertyRow } from './propertyRow.ts';

const ms = (value: number | undefined): string | undefined =>
  value === undefined ? undefined : `${value} ms`;

/**
 * The rows for operator entity `entityId` (`"<dataflow>/<operator>"`), or [] when unknown.
 *
 * @example
 * operatorConfig(scenario, 'df/agg')[0]; // { name: 'parallelism (setParallelism in Flink)', value: '2', ... }
 */
export function operatorConfig(scenario: ScenarioModel, entityId: string): PropertyRow[] {
  const ref = parseOperatorEntityId(entityId);
  const dataflow = scenario.topology.dataflows?.find((d) => d.id === ref?.dataflow);
  const op = dataflow?.operators.find((o) => o.id === ref?.operator);
  if (dataflow === undefined || op === undefined) return [];
  return [...operatorRows(op), ...jobRows(dataflow)];
}

function operatorRows(op: DataflowOperatorSpec): PropertyRow[] {
  const rows = [
    sandboxProperty('parallelism (setParallelism in Flink)', op.parallelism, '1'),
    sandboxProperty(
      'capacity per subtask',
      op.recordsPerSecond === undefined ? undefined : `${op.recordsPerSecond} records/s`,
      'keeps up with anything',
    ),
  ];
  if ('stateTtlMs' in op || isKeyed(op))
    rows.push(
      flinkProperty(
        'table.exec.state.ttl',
        ms('stateTtlMs' in op ? op.stateTtlMs : undefined),
        '0 (state never expires)',
      ),
    );
  return [...rows, ...kindRows(op)];
}

function isKeyed(op: DataflowOperatorSpec): boolean {
  return (
    op.kind === 'aggregate' ||
    op.kind === 'intervalJoin' ||
    op.kind === 'windowJoin' ||
    op.kind === 'materialize'
  );
}

function kindRows(op: DataflowOperatorSpec): PropertyRow[] {
  switch (op.kind) {
    case 'source':
      return [sandboxProperty('topic (all partitions, from earliest)', op.topic)];
    case 'window':
      return [
        sandboxProperty('window assigner', assigner(op.assigner)),
        sandboxProperty('allowedLateness', `${op.allowedLatenessMs} ms`),
        sandboxProperty('aggregate', op.aggregate),
        sandboxProperty('accumulation', op.accumulation, 'accumulating'),
      ];
    case 'sink':
      return [sandboxProperty('sink', SINKS[op.sink])];
    case 'intervalJoin':
      return [
        sandboxProperty('between (lower, upper)', `${op.lowerBoundMs} ms, ${op.upperBoundMs} ms`),
      ];
    case 'windowJoin':
      return [sandboxProperty('window assigner', assigner(op.assigner))];
    case 'tableJoin':
      return [
        sandboxProperty('table topic', op.tableTopic),
        sandboxProperty('join', op.join, 'inner'),
      ];
    case 'enrich':
      return [sandboxProperty('records without a match', op.missing, 'null')];
    default:
      return [];
  }
}

const SINKS: Readonly<Record<'append' | 'idempotent-upsert' | 'transactional', string>> = {
  append: 'append (at least once: a recovery rewrites rows)',
  'idempotent-upsert': 'idempotent upsert by key and window',
  transactional: 'transactional (two-phase commit on checkpoint completion)',
};

/** Flink's assigner class names, spaced so a narrow inspector can wrap them. */
function assigner(a: Extract<DataflowOperatorSpec, { kind: 'window' }>['assigner']): string {
  if (a.kind === 'tumbling') return `tumbling, size ${a.sizeMs} ms (TumblingEventTimeWindows)`;
  if (a.kind === 'sliding')
    return `sliding, size ${a.sizeMs} ms, slide ${a.slideMs} ms (SlidingEventTimeWindows)`;
  return `session, gap ${a.gapMs} ms (EventTimeSessionWindows)`;
}

function jobRows(d: DataflowSpec): PropertyRow[] {
  const microBatch = d.mode === 'micro-batch';
  return [
    sandboxProperty(
      'dataflow',
      `${d.id}, ${microBatch ? 'micro-batch (as Spark)' : 'continuous (as Flink)'}`,
    ),
    ...(microBatch
      ? [
          sandboxProperty(
            'trigger interval (Spark: Trigger.ProcessingTime)',
            ms(d.batchIntervalMs),
            '1000 ms',
          ),
        ]
      : []),
    flinkProperty(
      'execution.checkpointing.interval',
      ms(d.checkpoint?.intervalMs),
      'not set (no checkpoints)',
    ),
    ...(d.checkpoint === undefined
      ? []
      : [sandboxProperty('barrier acknowledgement delay', ms(d.checkpoint.ackDelayMs), '20 ms')]),
    flinkProperty('restart-strategy.fixed-delay.delay', ms(d.restartDelayMs), '1000 ms'),
    flinkProperty('pipeline.auto-watermark-interval', ms(d.watermarks.intervalMs), '200 ms'),
    flinkProperty(
      'partition.discovery.interval.ms (KafkaSource)',
      ms(d.partitionDiscoveryIntervalMs),
      '300000 ms',
    ),
    sandboxProperty('watermark strategy', watermarkStrategy(d.watermarks)),
    sandboxProperty(
      'buffer per input channel (records here)',
      d.bufferRecords === undefined ? undefined : `${d.bufferRecords} records`,
      // The engine's default has changed before; the live state shows the capacity in force.
      'sandbox default (capacity in the live state)',
    ),
    // A real Flink key, but the sandbox does not model it: it counts buffered records instead.
    flinkProperty(
      'taskmanager.network.memory.buffers-per-channel',
      'not modelled: Flink buffers bytes (2 buffers of 32 KiB per channel by default), the sandbox counts records',
      '',
    ),
    sandboxProperty('network delay between subtasks', ms(d.networkDelayMs), '5 ms'),
    sandboxProperty('metrics interval', ms(d.metricsIntervalMs), '1000 ms'),
  ];
}

/** The WatermarkStrategy in words, with Flink's method names, spaced so they can wrap. */
function watermarkStrategy(w: WatermarkSpec): string {
  const base =
    w.strategy === 'bounded-out-of-orderness'
      ? `bounded out-of-orderness, ${w.maxOutOfOrdernessMs ?? 0} ms (forBoundedOutOfOrderness)`
      : w.strategy === 'ascending'
        ? 'ascending timestamps (forMonotonousTimestamps)'
        : 'punctuated: records with header watermark: "true" move it';
  return w.idleTimeoutMs === undefined
    ? base
    : `${base}; idle after ${w.idleTimeoutMs} ms (withIdleness)`;
}
