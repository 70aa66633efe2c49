// What the DAG view says about operators, subtasks and edges, as plain text: labels for screen
// readers and tooltips, the structure key the layout is memoised on, and the entity id that ties
// an operator to the inspector. Pure: world-view pieces in, strings and numbers out.

import type {
  DataflowEdgeView,
  DataflowOperatorView,
  DataflowSubtaskView,
  DataflowView,
} from '../../../engine/index.ts';
import type { DagEdgeInput } from '../../viz/dagLayers.ts';
import type { DagNodeInput } from '../../viz/dagLayout.ts';
import { formatSeconds } from '../../format/formatTime.ts';

/** The inspector's id for an operator: operator ids are unique only within their dataflow. */
export function operatorEntityId(dataflowId: string, operatorId: string): string {
  return `${dataflowId}/${operatorId}`;
}

/** Splits an operator entity id; null when it has no `/`. */
export function parseOperatorEntityId(
  id: string,
): { readonly dataflow: string; readonly operator: string } | null {
  const slash = id.indexOf('/');
  if (slash <= 0 || slash === id.length - 1) return null;
  return { dataflow: id.slice(0, slash), operator: id.slice(slash + 1) };
}

export interface DagStructure {
  readonly nodes: readonly DagNodeInput[];
  readonly edges: readonly DagEdgeInput[];
}

/**
 * A string that changes only when the graph's shape does; the world view is rebuilt every frame,
 * so the layout is memoised on this rather than on the object.
 */
export function dagStructureKey(df: DataflowView): string {
  const structure: DagStructure = {
    nodes: df.operators.map((o) => ({ id: o.id, subtasks: o.parallelism })),
    edges: df.edges.map((e) => ({ from: e.from, to: e.to })),
  };
  return JSON.stringify(structure);
}

/** Buffer fill from 0 to 1, or null where the subtask has no bounded buffer (micro-batch mode). */
export function bufferFraction(st: DataflowSubtaskView): number | null {
  if (st.bufferCapacity <= 0) return null;
  return Math.min(1, st.bufferedRecords / st.bufferCapacity);
}

/** A subtask is backpressured when it has output waiting for credit downstream. */
export function isBackpressured(st: DataflowSubtaskView): boolean {
  return st.pendingOut > 0;
}

/** A watermark in seconds with one decimal, short enough for a subtask row; `—` before the first. */
export function shortWatermark(ms: number | null): string {
  if (ms === null) return '—';
  const tenths = Math.round(ms / 100);
  const sign = tenths < 0 ? '−' : '';
  const abs = Math.abs(tenths);
  return `${sign}${Math.floor(abs / 10)}.${abs % 10}s`;
}

/** A watermark for sentences: exact milliseconds, or "none yet". */
export function longWatermark(ms: number | null): string {
  if (ms === null) return 'none yet';
  return ms < 0 ? `${ms} ms (before the first event)` : formatSeconds(ms);
}

/**
 * One sentence about a subtask, for its tooltip and the inspector.
 *
 * @example
 * subtaskSentence(st, 0); // "subtask 0: 12 of 100 records buffered; 5 state entries; watermark 1.200 s; 40 processed"
 */
export function subtaskSentence(st: DataflowSubtaskView, index: number, isSource = false): string {
  const parts = [
    isSource
      ? 'reads its partitions (no input buffer)'
      : st.bufferCapacity > 0
        ? `${st.bufferedRecords} of ${st.bufferCapacity} records buffered`
        : `${st.bufferedRecords} records queued for the next batch`,
  ];
  if (isBackpressured(st)) parts.push(`${st.pendingOut} waiting for credit (backpressured)`);
  parts.push(`${st.stateEntries} state ${st.stateEntries === 1 ? 'entry' : 'entries'}`);
  parts.push(st.idle ? 'idle' : `watermark ${longWatermark(st.watermarkMs)}`);
  if (st.aligningCheckpoint !== null)
    parts.push(`aligning barrier of checkpoint ${st.aligningCheckpoint}`);
  // Sources count what they read elsewhere (the job's throughput), not as processed records.
  if (!isSource) parts.push(`${st.processed} processed`);
  return `subtask ${index}: ${parts.join('; ')}`;
}

/** The accessible name of an operator node: what it is and what is notable about it now. */
export function operatorLabel(op: DataflowOperatorView): string {
  const facts = [`${op.kind} operator ${op.id}`, `parallelism ${op.parallelism}`, op.detail];
  facts.push(`watermark ${longWatermark(op.watermarkMs)}`);
  const state = op.subtasks.reduce((n, st) => n + st.stateEntries, 0);
  if (state > 0) facts.push(`${state} state entries`);
  const pressed = op.subtasks.filter(isBackpressured).length;
  if (pressed > 0) facts.push(`backpressured on ${pressed} of ${op.parallelism} subtasks`);
  const aligning = op.subtasks.find((st) => st.aligningCheckpoint !== null)?.aligningCheckpoint;
  if (aligning !== undefined && aligning !== null) facts.push(`aligning checkpoint ${aligning}`);
  return facts.filter((f) => f !== '').join(', ');
}

const MODE_LABELS: Readonly<Record<DataflowEdgeView['mode'], string>> = {
  forward: 'forward',
  hash: 'hash shuffle',
  rebalance: 'rebalance',
};

/** The lines of an edge's label: the route if any, partitioning, then what is on it now. */
export function edgeLabelLines(edge: DataflowEdgeView): string[] {
  const lines = [MODE_LABELS[edge.mode], `${edge.records} in flight`];
  // A route's name goes on a line of its own above, so labels stay as narrow as the gap.
  if (edge.port !== null) lines.unshift(`route ${edge.port}`);
  if (edge.barriers > 0) lines.push(`${edge.barriers} barrier${edge.barriers === 1 ? '' : 's'}`);
  return lines;
}

/** The accessible description of an edge. */
export function edgeSentence(edge: DataflowEdgeView): string {
  const how =
    edge.mode === 'hash'
      ? 'hash-partitioned by key: every subtask sends to every subtask'
      : edge.mode === 'rebalance'
        ? 'rebalanced round-robin over the receiving subtasks'
        : 'forward: subtask i sends to subtask i';
  const port = edge.port === null ? '' : ` (route ${edge.port})`;
  const barriers = edge.barriers > 0 ? `, ${edge.barriers} checkpoint barriers on the way` : '';
  return `${edge.from} to ${edge.to}${port}, ${how}; ${edge.records} records in flight${barriers}`;
}

/** Shortens `text` to at most `max` characters, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** The detail line of a node: what it does, plus the rows a sink or table holds. */
export function operatorDetail(df: DataflowView, op: DataflowOperatorView): string {
  const rows = df.sinks[op.id] ?? df.tables[op.id];
  return rows === undefined
    ? op.detail
    : `${op.detail} · ${rows.length} row${rows.length === 1 ? '' : 's'}`;
}
