// Draws a generated dataflow, for a fifth of the seeds, with its input: a topic of its own
// (`flows`, drawn like a stream job's input, often orderly, sometimes partitioned by key),
// sometimes a table topic for stream-table joins, the operator DAG (generateDataflowGraph.ts),
// and the execution settings: continuous or micro-batch, tick, network delay, small credit
// buffers, watermarks, checkpoints and restarts. Everything comes from the seed's own 'dataflows'
// stream and its faults from 'dataflow-faults', so a seed that gets a dataflow keeps every other
// part of its scenario. Its producers write on a little after the heal (FLOW_TAIL_MS), and its
// capacities are fitted to the liveness phase (dataflowCapacity.ts), so it can always catch up.

import { partitionForKey } from '../../src/engine/index.ts';
import { drawProducerCluster, drawTopicCluster } from './generateCluster.ts';
import { drawDataflowGraph } from './generateDataflowGraph.ts';
import { drawWatermarks } from './generateJob.ts';
import { generateJobFaults } from './generateJobFaults.ts';
import { drawJobInput } from './generateJobStream.ts';
import { expectedRecords, type RawObject, type RawProducer } from './generateTopology.ts';
import { drainRateNeeded, minimumBufferRecords } from './dataflowCapacity.ts';
import { producerSettleMs } from './livenessBudget.ts';
import { chance, intBetween, pick, type SimRandom } from './simRandom.ts';

export const DATAFLOW_ID = 'df1';
export const DATAFLOW_TOPIC = 'flows';
export const DATAFLOW_TABLE_TOPIC = 'flow-table';

/** Fault labels of dataflows, for the report: task failures and a slow operator. */
export const DATAFLOW_FAULT_LABELS: readonly string[] = [
  'job.fail:dataflow',
  'dataflow.capacity:backpressure',
];

export interface DataflowWorld {
  readonly topics: RawObject[];
  readonly producers: RawProducer[];
  readonly dataflow: RawObject;
  readonly interventions: RawObject[];
  readonly faultLabels: string[];
  readonly inputFaultLabels: string[];
}

/** The table topic: a few keys written now and then, replicated like the other topics. */
function drawTable(rng: SimRandom, brokers: number): { topic: RawObject; producer: RawProducer } {
  const cluster = drawTopicCluster(rng, brokers);
  const topic: RawObject = {
    name: DATAFLOW_TABLE_TOPIC,
    partitions: intBetween(rng, 1, 2),
    replicationFactor: cluster.replicationFactor,
    minInsyncReplicas: cluster.minInsyncReplicas,
    replicaLagTimeMaxMs: cluster.replicaLagTimeMaxMs,
  };
  const producer: RawProducer = {
    ...drawProducerCluster(rng),
    id: 't1',
    topic: DATAFLOW_TABLE_TOPIC,
    rate: { kind: 'constant', intervalMs: intBetween(rng, 300, 2000) },
    keys: { kind: 'uniform', count: intBetween(rng, 2, 8) },
    startAtMs: 0,
    lingerMs: 0,
    values: { kind: 'integer', min: 0, max: 50 },
  };
  return { topic, producer };
}

/** Records per second at the input's peak: every producer at its fastest, all on one key. */
function peakRatePerSecond(producers: readonly RawProducer[]): number {
  let rate = 0;
  for (const p of producers) {
    const r = p.rate;
    const interval = (r.kind === 'poisson' ? r.meanIntervalMs : r.intervalMs) as number;
    rate += 1000 / interval;
  }
  return rate;
}

/** A join span holding about four records at the peak rate, so joins stay cheap and bounded. */
function joinSpanMs(producers: readonly RawProducer[]): number {
  return Math.max(2, Math.floor((4 * 1000) / Math.max(1, peakRatePerSecond(producers))));
}

/**
 * The fewest keys k0, k1, ... whose murmur2 partitions cover all `partitions`: with fewer, a keyed
 * input leaves a partition empty, and its missing watermark would hold every window back.
 */
function keysCovering(partitions: number): number {
  const hit = new Set<number>();
  let n = 0;
  while (hit.size < partitions && n < 256) hit.add(partitionForKey(`k${n++}`, partitions));
  return n;
}

/** Gives each producer of a keyed input enough keys to reach every partition of its topic. */
function coverPartitions(producers: readonly RawProducer[], partitions: number): void {
  const least = keysCovering(partitions);
  for (const p of producers) {
    const keys = p.keys as { kind: string; count: number };
    keys.count = Math.max(keys.count, least);
  }
}

interface Timing {
  readonly durationMs: number;
  readonly healMs: number;
}

/**
 * How long the dataflow's producers write on after the heal: a partition whose leader was down
 * got nothing for a while, and its watermark held every window back; records on every partition
 * after the heal let the windows of the faulty phase close, so their results can be compared.
 */
export const FLOW_TAIL_MS = 3000;

/** Time left after the producers stop for replaying and draining, after retries and a restart. */
function drainMs(t: Timing, producers: readonly RawProducer[], restartDelayMs: number): number {
  return Math.max(
    1000,
    t.durationMs - t.healMs - FLOW_TAIL_MS - producerSettleMs(producers) - restartDelayMs - 1000,
  );
}

function drawMode(rng: SimRandom): RawObject {
  if (chance(rng, 1, 4))
    return { mode: 'micro-batch', batchIntervalMs: intBetween(rng, 200, 1000) };
  return {
    // Every tick runs every subtask; ticks of 50 ms and more keep the sweep's cost in check.
    tickMs: pick(rng, [50, 100]),
    networkDelayMs: intBetween(rng, 0, 10),
    bufferRecords: pick(rng, [1, 2, 5, 10, 50, 200, 1000]),
  };
}

/** A slow operator for a third of the dataflows: its rate dips below bursts but drains in time. */
function drawSlowOperator(
  rng: SimRandom,
  operators: RawObject[],
  records: number,
  drain: number,
  copies: number,
  labels: string[],
): void {
  if (!chance(rng, 1, 3)) return;
  const target = pick(
    rng,
    operators.filter((o) => o.kind !== 'source'),
  );
  const averagePerSecond = Math.ceil((records * 1000) / drain);
  const drawn = intBetween(
    rng,
    Math.max(1, Math.floor(averagePerSecond / 2)),
    2 * averagePerSecond,
  );
  target.recordsPerSecond = Math.max(drawn, drainRateNeeded(records, copies, drain));
  labels.push('dataflow.capacity:backpressure');
}

/**
 * A dataflow for a fifth of the seeds, with its input and faults; undefined for the rest.
 *
 * @example
 * const world = drawDataflowWorld(createSimRandom(7, 'dataflows'), createSimRandom(7, 'dataflow-faults'), 3, { durationMs: 40_000, healMs: 24_000 });
 */
export function drawDataflowWorld(
  rng: SimRandom,
  faultRng: SimRandom,
  brokers: number,
  t: Timing,
): DataflowWorld | undefined {
  if (!chance(rng, 1, 5)) return undefined;
  // Mostly orderly, so that late data rarely keeps event-time results from the comparisons.
  const orderly = chance(rng, 3, 4);
  const keyed = chance(rng, 1, 2);
  const input = drawJobInput(
    rng,
    brokers,
    t.healMs,
    { orderly, singlePartition: false, keyed },
    { topic: DATAFLOW_TOPIC, producerPrefix: 'f' },
  );
  if (keyed) coverPartitions(input.producers, input.topic.partitions as number);
  const table = chance(rng, 1, 4) ? drawTable(rng, brokers) : undefined;
  const graph = drawDataflowGraph(
    rng,
    DATAFLOW_TOPIC,
    table ? DATAFLOW_TABLE_TOPIC : null,
    joinSpanMs(input.producers),
  );
  const producers = [...input.producers, ...(table ? [table.producer] : [])];
  const restartDelayMs = intBetween(rng, 100, 2000);
  const drain = drainMs(t, producers, restartDelayMs);
  const stopAtMs = t.healMs + FLOW_TAIL_MS;
  const records = input.producers.reduce((n, p) => n + expectedRecords(p, stopAtMs), 0);
  const mode = drawMode(rng);
  if (mode.bufferRecords !== undefined) {
    const fitted = minimumBufferRecords(
      records,
      graph.copies,
      drain,
      mode.tickMs as number,
      mode.networkDelayMs as number,
    );
    mode.bufferRecords = Math.max(mode.bufferRecords as number, fitted);
  }
  const dataflow: RawObject = {
    id: DATAFLOW_ID,
    ...mode,
    watermarks: drawWatermarks(rng, input.skewSpreadMs, orderly),
    restartDelayMs,
    metricsIntervalMs: 1000,
    operators: graph.operators,
  };
  if (graph.hasTransactionalSink || chance(rng, 2, 3)) {
    // At most a third of the drain time, so checkpoints complete after the last result.
    // Each checkpoint copies every operator's state, so they come no more often than twice a second.
    const most = Math.max(500, Math.min(3000, Math.floor(drain / 3)));
    dataflow.checkpoint = {
      intervalMs: intBetween(rng, 500, most),
      ackDelayMs: intBetween(rng, 0, 200),
    };
  }
  const inputFaultLabels = [...input.faultLabels];
  drawSlowOperator(rng, graph.operators, records, drain, graph.copies, inputFaultLabels);
  const faults = generateJobFaults(faultRng, [DATAFLOW_ID], producers, t.healMs, stopAtMs);
  return {
    topics: [input.topic, ...(table ? [table.topic] : [])],
    producers,
    dataflow,
    interventions: faults.interventions,
    faultLabels: faults.labels.map(() => 'job.fail:dataflow'),
    inputFaultLabels,
  };
}
