// What a dataflow's graph says about its sinks, read from the spec alone: which results depend on
// timing and so cannot be compared with a failure-free run. A sink's rows are the same in every
// complete run when nothing upstream works in processing time (a stream-table join, state TTL)
// and every running aggregate or materialized table sees each key's records in an order that does
// not depend on timing. That order is fixed when a key's records leave a single subtask in log
// order: the source's producers partition by key, and every edge after it keeps the key on one
// subtask (forward or hash, or a single receiving subtask) through operators that keep the key.
// Event-time operators add one condition that the comparison checks on the data: no record late.

import {
  buildDataflowPlan,
  inputsOf,
  type DataflowOperatorSpec,
  type DataflowSpec,
} from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';

type DataflowPlan = ReturnType<typeof buildDataflowPlan>;

/** Why a sink's rows depend on timing, or null when they do not. */
export type TimingReason = 'processing time' | 'state TTL' | 'changelog order' | null;

export interface SinkAnalysis {
  readonly id: string;
  readonly kind: 'append' | 'idempotent-upsert' | 'transactional';
  readonly timing: TimingReason;
  /** Event-time operators upstream: the comparison needs their runs free of late records. */
  readonly eventTimeOps: readonly string[];
  /** Window and window-join operators upstream; their final watermarks say which windows closed. */
  readonly windowOps: readonly string[];
  /** Each key's rows reach the sink in an order that does not depend on timing. */
  readonly ordered: boolean;
  /**
   * With timing 'changelog order': the changelog's values depend on timing but not how many rows
   * each key gets (one per record), since only value-changing maps follow it.
   */
  readonly countable: boolean;
}

export interface DataflowAnalysis {
  readonly spec: DataflowSpec;
  readonly plan: DataflowPlan;
  readonly sinks: readonly SinkAnalysis[];
  /** Per source topic, the event-time operators its records reach first. */
  readonly eventTimeOpsOf: ReadonlyMap<string, readonly DataflowOperatorSpec[]>;
}

const EVENT_TIME = new Set(['window', 'intervalJoin', 'windowJoin']);

/** True when every producer of `topic` partitions by key, or the topic has one partition. */
function keyedTopic(scenario: ScenarioFile, topic: string): boolean {
  if (scenario.topology.topics.find((t) => t.name === topic)?.partitions === 1) return true;
  return scenario.topology.producers
    .filter((p) => p.topic === topic)
    .every((p) => p.partitioner === 'default' && p.keys.kind !== 'null');
}

function keepsKey(op: DataflowOperatorSpec): boolean {
  if (op.kind === 'map') return !Object.hasOwn(op.set, 'key');
  if (op.kind === 'keyBy') return op.key.trim() === 'key';
  return op.kind !== 'intervalJoin' && op.kind !== 'windowJoin';
}

interface Facts {
  timing: TimingReason;
  eventTime: Set<string>;
  windows: Set<string>;
  ordered: boolean;
  countable: boolean;
}

/** Whether a changelog's row count per key survives `op`: a map that keeps the key, or a sink. */
function keepsCount(op: DataflowOperatorSpec): boolean {
  return op.kind === 'sink' || (op.kind === 'map' && !Object.hasOwn(op.set, 'key'));
}

function factsOf(scenario: ScenarioFile, plan: DataflowPlan): Facts[] {
  const facts: Facts[] = [];
  plan.ops.forEach((o, i) => {
    const op = o.spec;
    const inputs = inputsOf(op).map(([id]) => plan.opIndex[id]!);
    const up = inputs.map((u) => facts[u]!);
    const edgesIn = inputs.map((u) => plan.ops[u]!.out.find((e) => e.to === i)!);
    const oneSubtaskPerKey = edgesIn.every((e) => e.mode !== 'rebalance' || o.parallelism === 1);
    let timing = up.find((f) => f.timing !== null)?.timing ?? null;
    const upOrdered = up.length === 1 && up[0]!.ordered;
    let countable = up.length === 1 && up[0]!.countable && keepsCount(op);
    if (op.kind === 'tableJoin') timing = 'processing time';
    if ('stateTtlMs' in op && op.stateTtlMs !== undefined) timing ??= 'state TTL';
    const changelog = op.kind === 'aggregate' || op.kind === 'materialize';
    if (changelog && timing === null && !(upOrdered && oneSubtaskPerKey)) {
      timing = 'changelog order';
      countable = true;
    }
    const eventTime = new Set(up.flatMap((f) => [...f.eventTime]));
    const windows = new Set(up.flatMap((f) => [...f.windows]));
    if (EVENT_TIME.has(op.kind)) eventTime.add(op.id);
    if (op.kind === 'window' || op.kind === 'windowJoin') windows.add(op.id);
    const ordered =
      op.kind === 'source'
        ? keyedTopic(scenario, op.topic)
        : upOrdered && oneSubtaskPerKey && keepsKey(op);
    facts.push({
      timing,
      eventTime,
      windows,
      ordered,
      countable: countable && timing === 'changelog order',
    });
  });
  return facts;
}

/** The first event-time operators each source's records reach, by source topic. */
function eventTimeReach(plan: DataflowPlan): Map<string, DataflowOperatorSpec[]> {
  const reach = new Map<string, DataflowOperatorSpec[]>();
  plan.ops.forEach((o, i) => {
    if (o.spec.kind !== 'source') return;
    const found: DataflowOperatorSpec[] = [];
    const seen = new Set<number>();
    const walk = (at: number): void => {
      for (const e of plan.ops[at]!.out) {
        if (seen.has(e.to)) continue;
        seen.add(e.to);
        const next = plan.ops[e.to]!.spec;
        // A window's results carry new timestamps; what is downstream of one is not this source's.
        if (EVENT_TIME.has(next.kind)) found.push(next);
        else walk(e.to);
      }
    };
    walk(i);
    reach.set(o.spec.topic, [...(reach.get(o.spec.topic) ?? []), ...found]);
  });
  return reach;
}

/**
 * Analyses the dataflow `spec` of `scenario`.
 *
 * @example
 * const { sinks } = analyseDataflow(scenario, scenario.topology.dataflows![0]!);
 */
export function analyseDataflow(scenario: ScenarioFile, spec: DataflowSpec): DataflowAnalysis {
  const plan = buildDataflowPlan(spec);
  const facts = factsOf(scenario, plan);
  const sinks: SinkAnalysis[] = [];
  plan.ops.forEach((o, i) => {
    if (o.spec.kind !== 'sink') return;
    const f = facts[i]!;
    sinks.push({
      id: o.spec.id,
      kind: o.spec.sink,
      timing: f.timing,
      eventTimeOps: [...f.eventTime],
      windowOps: [...f.windows],
      ordered: f.ordered,
      countable: f.countable,
    });
  });
  return { spec, plan, sinks, eventTimeOpsOf: eventTimeReach(plan) };
}
