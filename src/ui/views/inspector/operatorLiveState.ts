// The live state of a dataflow operator, read from the WorldView: watermark, state, buffers and
// backpressure summed over its subtasks, its edges, and a line per subtask. Pure.

import type { DataflowEdgeView, DataflowView, WorldView } from '../../../engine/index.ts';
import {
  isBackpressured,
  longWatermark,
  parseOperatorEntityId,
  subtaskSentence,
} from '../dag/dagModel.ts';
import type { LiveRow } from './entityLiveState.ts';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * The rows for operator entity `entityId` (`"<dataflow>/<operator>"`), or null when the world has none.
 *
 * @example
 * operatorLiveState(world, 'df/agg')?.[0]; // { name: 'dataflow', value: 'df (running)' }
 */
export function operatorLiveState(world: WorldView, entityId: string): LiveRow[] | null {
  const ref = parseOperatorEntityId(entityId);
  const df = world.dataflows.find((d) => d.id === ref?.dataflow);
  const op = df?.operators.find((o) => o.id === ref?.operator);
  if (df === undefined || op === undefined) return null;
  const { subtasks } = op;
  const capacity = sum(subtasks.map((st) => st.bufferCapacity));
  const buffered = sum(subtasks.map((st) => st.bufferedRecords));
  const rows: LiveRow[] = [
    { name: 'dataflow', value: `${df.id} (${df.running ? 'running' : 'failed, restarting'})` },
    { name: 'kind', value: `${op.kind}: ${op.detail}` },
    { name: 'watermark', value: longWatermark(op.watermarkMs) },
    { name: 'state entries', value: String(sum(subtasks.map((st) => st.stateEntries))) },
    ...(op.kind === 'source'
      ? []
      : [
          { name: 'records processed', value: String(sum(subtasks.map((st) => st.processed))) },
          {
            name: 'buffered input',
            value:
              capacity > 0
                ? `${buffered} of ${capacity} records`
                : `${buffered} records (micro-batch)`,
          },
        ]),
    {
      name: 'backpressured subtasks',
      value: `${subtasks.filter(isBackpressured).length} of ${op.parallelism}`,
    },
    {
      name: 'inputs',
      value: edgeList(
        df.edges.filter((e) => e.to === op.id),
        'from',
      ),
    },
    {
      name: 'outputs',
      value: edgeList(
        df.edges.filter((e) => e.from === op.id),
        'to',
      ),
    },
    ...heldRows(df, op.id),
  ];
  const isSource = op.kind === 'source';
  subtasks.forEach((st, i) =>
    rows.push({
      name: `subtask ${i}`,
      value: subtaskSentence(st, i, isSource).replace(/^subtask \d+: /, ''),
    }),
  );
  return rows;
}

function edgeList(edges: readonly DataflowEdgeView[], end: 'from' | 'to'): string {
  if (edges.length === 0) return 'none';
  return edges
    .map(
      (e) =>
        `${e[end]} (${e.mode}${e.port === null ? '' : `, route ${e.port}`}; ${e.records} in flight${e.barriers > 0 ? `, ${e.barriers} barriers` : ''})`,
    )
    .join(', ');
}

function heldRows(df: DataflowView, id: string): LiveRow[] {
  const sink = df.sinks[id];
  const table = df.tables[id];
  const rows: LiveRow[] = [];
  if (sink !== undefined) rows.push({ name: 'rows readers can see', value: String(sink.length) });
  if (sink !== undefined && df.uncommittedRows > 0)
    rows.push({ name: 'rows staged (whole job)', value: String(df.uncommittedRows) });
  if (table !== undefined) rows.push({ name: 'table rows', value: String(table.length) });
  return rows;
}
