// Checks of dataflows over the WorldView: at every checkpoint of the sweep (it runs unless failed,
// each operator's watermark is the one the trace last reported in this attempt, and no subtask
// buffers more records than its input channels' credit), and at the end of the liveness phase
// (when its capacities allow catching up, dataflowCapacity.ts: it runs and has read everything,
// and every checkpoint started after it drained has completed).

import type { DataflowView, WorldView } from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import { capacityAllows } from './dataflowCapacity.ts';
import {
  checkFlow,
  DataflowCheck,
  type DataflowChecks,
  type Expect,
  type FlowState,
  type MetricsSample,
} from './dataflowCheckState.ts';
import { FLOW_TAIL_MS } from './generateDataflow.ts';
import type { RawProducer } from './generateTopology.ts';
import { producerSettleMs } from './livenessBudget.ts';

function checkFlowView(c: DataflowChecks, f: FlowState, df: DataflowView, expect: Expect): void {
  checkFlow(
    c,
    DataflowCheck.flowView,
    expect,
    df.running === f.running,
    `${df.id} running is ${df.running}, the trace says ${f.running}`,
  );
  for (const op of df.operators) {
    const traced = f.opWatermarks.get(op.id) ?? null;
    checkFlow(
      c,
      DataflowCheck.flowView,
      expect,
      op.watermarkMs === traced,
      `${df.id} operator ${op.id} watermark ${op.watermarkMs} differs from the trace's ${traced}`,
    );
    if (df.mode !== 'continuous') continue;
    op.subtasks.forEach((st, i) =>
      checkFlow(
        c,
        DataflowCheck.flowBuffer,
        expect,
        st.bufferedRecords <= st.bufferCapacity,
        `${df.id} operator ${op.id} subtask ${i} buffers ${st.bufferedRecords} records, more than its credit ${st.bufferCapacity}`,
      ),
    );
  }
}

/** Safety at a sweep checkpoint, for every dataflow. */
export function checkDataflowViews(c: DataflowChecks, view: WorldView, expect: Expect): void {
  if (c.flows.size === 0) return;
  for (const df of view.dataflows) {
    const f = c.flows.get(df.id);
    if (f !== undefined) checkFlowView(c, f, df, expect);
  }
}

/** Records in the logs the dataflow's sources read, which it may have to replay. */
function sourceRecords(f: FlowState, view: WorldView): number {
  const topics = new Set(
    f.analysis.spec.operators.flatMap((o) => (o.kind === 'source' ? [o.topic] : [])),
  );
  return view.partitions
    .filter((p) => topics.has(p.topic))
    .reduce((n, p) => n + p.highWatermark - p.logStartOffset, 0);
}

/** The topics the dataflow reads: its sources' and its stream-table joins' tables. */
function topicsRead(f: FlowState): Set<string> {
  return new Set(
    f.analysis.spec.operators.flatMap((o) =>
      o.kind === 'source' ? [o.topic] : o.kind === 'tableJoin' ? [o.tableTopic] : [],
    ),
  );
}

/** Time after the heal for a restart and draining, as the generator budgets it. */
function drainMs(f: FlowState, scenario: ScenarioFile, healMs: number, endMs: number): number {
  const topics = topicsRead(f);
  const producers = scenario.topology.producers.filter((p) => topics.has(p.topic));
  const settle = producerSettleMs(producers as unknown as RawProducer[]);
  const restart = f.analysis.spec.restartDelayMs ?? 1000;
  return endMs - healMs - FLOW_TAIL_MS - settle - restart - 1000;
}

/** When the dataflow had read everything and its channels were empty, after the heal. */
function drainedAtMs(samples: readonly MetricsSample[], healMs: number): number | undefined {
  return samples.find((s) => s.atMs >= healMs && s.lagRecords === 0 && s.bufferFillPercent === 0)
    ?.atMs;
}

/** Time a checkpoint needs once the dataflow has drained: barriers cross every operator. */
function checkpointSlackMs(f: FlowState): number {
  const spec = f.analysis.spec;
  const turnMs =
    (spec.mode ?? 'continuous') === 'micro-batch'
      ? (spec.batchIntervalMs ?? 1000)
      : (spec.tickMs ?? 10) + (spec.networkDelayMs ?? 5);
  return (spec.checkpoint?.ackDelayMs ?? 20) + 2 * (spec.operators.length + 1) * turnMs + 1000;
}

function checkFlowLiveness(
  c: DataflowChecks,
  f: FlowState,
  df: DataflowView,
  judged: { readonly view: WorldView; readonly healMs: number },
  expect: Expect,
): void {
  const last = f.samples.at(-1);
  checkFlow(
    c,
    DataflowCheck.flowLiveLag,
    expect,
    df.running && last !== undefined && last.atMs >= judged.healMs && last.lagRecords === 0,
    `liveness: ${df.id} ends ${df.running ? 'running' : 'failed'}, its last metrics sample (at ${last?.atMs} ms) shows lag ${last?.lagRecords}`,
  );
  const drained = drainedAtMs(f.samples, judged.healMs);
  if (drained === undefined || f.analysis.spec.checkpoint === undefined) return;
  const slack = checkpointSlackMs(f);
  for (const [id, atMs] of f.startedAtMs) {
    if (atMs < drained || atMs + slack >= judged.view.nowMs) continue;
    checkFlow(
      c,
      DataflowCheck.flowLiveCheckpoints,
      expect,
      f.completed.has(id),
      `liveness: ${df.id} checkpoint ${id}, started at ${atMs} ms after it drained at ${drained} ms, never completed`,
    );
  }
}

/**
 * Liveness at the end of the run, for every dataflow whose capacities allow it to catch up; each
 * dataflow's `liveness` says whether it was judged.
 */
export function checkDataflowLiveness(
  c: DataflowChecks,
  scenario: ScenarioFile,
  view: WorldView,
  healMs: number,
  expect: Expect,
): void {
  if (c.flows.size === 0) return;
  for (const df of view.dataflows) {
    const f = c.flows.get(df.id);
    if (f === undefined) continue;
    const drain = drainMs(f, scenario, healMs, view.nowMs);
    if (!capacityAllows(f.analysis.spec, sourceRecords(f, view), drain)) {
      f.liveness = 'not judged: capacity';
      continue;
    }
    f.liveness = 'judged';
    checkFlowLiveness(c, f, df, { view, healMs }, expect);
  }
}
