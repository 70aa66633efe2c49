// Builds the UI's view of every dataflow from the world's state and the static plans.

import type { DataflowPlan } from '../dataflow/dataflowPlan.ts';
import type { DataflowState } from '../dataflow/dataflowTypes.ts';
import { stateSize } from '../dataflow/stateTtl.ts';
import type { World } from '../world/worldTypes.ts';
import type { DataflowEdgeView, DataflowOperatorView, DataflowView } from './dataflowView.ts';

function detailOf(plan: DataflowPlan, op: number): string {
  const s = plan.ops[op]!.spec;
  switch (s.kind) {
    case 'source':
      return `topic ${s.topic}`;
    case 'map':
      return Object.entries(s.set)
        .map(([k, e]) => `${k} = ${e}`)
        .join('; ');
    case 'filter':
      return `where ${s.where}`;
    case 'flatMap':
      return `emit ${s.emit.join(', ')}`;
    case 'route':
      return (
        s.routes.map((r) => `${r.name}: ${r.when}`).join('; ') +
        (s.otherwise ? `; else ${s.otherwise}` : '')
      );
    case 'enrich':
      return `lookup key as ${s.as}`;
    case 'keyBy':
      return `key = ${s.key}`;
    case 'aggregate':
      return `${s.fn}(${s.of ?? 'value'})`;
    case 'window':
      return `${s.assigner.kind} ${s.aggregate}, lateness ${s.allowedLatenessMs} ms`;
    case 'tableJoin':
      return `${s.join ?? 'inner'} join table ${s.tableTopic}`;
    case 'intervalJoin':
      return `${s.left} ⋈ ${s.right} within [${s.lowerBoundMs}, ${s.upperBoundMs}] ms`;
    case 'windowJoin':
      return `${s.left} ⋈ ${s.right} per ${s.assigner.kind} window`;
    case 'materialize':
      return 'latest value per key';
    case 'sink':
      return s.sink;
  }
}

function operatorView(plan: DataflowPlan, df: DataflowState, op: number): DataflowOperatorView {
  const o = plan.ops[op]!;
  return {
    id: o.spec.id,
    kind: o.spec.kind,
    parallelism: o.parallelism,
    detail: detailOf(plan, op),
    watermarkMs: df.opWatermarks[op] ?? null,
    subtasks: df.subtasks[op]!.map((st, sub) => {
      const inputs = o.inputChannels[sub]!;
      return {
        bufferedRecords: inputs.reduce((n, c) => n + df.channels[c]!.records, 0),
        bufferCapacity: plan.continuous ? inputs.length * plan.bufferRecords : 0,
        pendingOut: st.pending.length,
        stateEntries: stateSize(st.op),
        watermarkMs: st.watermarkMs,
        idle: st.idle,
        aligningCheckpoint: st.aligning?.id ?? null,
        processed: st.processed,
      };
    }),
  };
}

function edgeViews(plan: DataflowPlan, df: DataflowState): DataflowEdgeView[] {
  return plan.ops.flatMap((o) =>
    o.out.map((e) => {
      const ids = e.channels.flat().filter((c) => c >= 0);
      return {
        from: o.spec.id,
        to: plan.ops[e.to]!.spec.id,
        mode: e.mode,
        input: e.input,
        port: e.port,
        records: ids.reduce((n, c) => n + df.channels[c]!.records, 0),
        barriers: ids.reduce(
          (n, c) => n + df.channels[c]!.queue.filter((el) => el.t === 'b').length,
          0,
        ),
      };
    }),
  );
}

function tablesOf(plan: DataflowPlan, df: DataflowState): DataflowView['tables'] {
  const tables: Record<
    string,
    { key: string; value: DataflowView['tables'][string][number]['value'] }[]
  > = {};
  plan.ops.forEach((o, op) => {
    if (o.spec.kind !== 'materialize') return;
    const rows = df.subtasks[op]!.flatMap((st) =>
      st.op.kind === 'materialize'
        ? Object.entries(st.op.rows).map(([name, r]) => ({ key: name.slice(1), value: r.value }))
        : [],
    );
    tables[o.spec.id] = rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  });
  return tables;
}

export function buildDataflowViews(w: World): DataflowView[] {
  return w.index.dataflows.map((plan, d) => {
    const df = w.m.dataflows[d]!;
    const sinks: Record<string, DataflowView['sinks'][string]> = {};
    for (const s of plan.sinks)
      sinks[plan.ops[s]!.spec.id] = (df.outputs[s] ?? []).map((r) => ({
        key: r.key,
        value: r.value,
        window: r.window,
        atMs: r.atMs,
      }));
    const staged = df.subtasks
      .flat()
      .reduce((n, st) => n + (st.op.kind === 'sink' ? st.op.staged.length : 0), 0);
    return {
      id: plan.spec.id,
      mode: plan.continuous ? 'continuous' : 'micro-batch',
      running: df.running,
      operators: plan.ops.map((_, op) => operatorView(plan, df, op)),
      edges: edgeViews(plan, df),
      checkpointInFlight: df.pending?.id ?? null,
      lastCompletedCheckpoint: df.lastCompleted?.id ?? null,
      backpressured: df.backpressured,
      sinks,
      uncommittedRows: staged + df.precommitted.reduce((n, p) => n + p.rows.length, 0),
      tables: tablesOf(plan, df),
    };
  });
}
