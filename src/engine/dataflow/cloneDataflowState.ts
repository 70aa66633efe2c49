// Copies of dataflow state for keyframes and checkpoints. The state is plain JSON-safe data, so a
// structural copy is exact; snapshots are never edited once taken, so copies of them are shared.

import { cloneWindowOperatorState } from '../flink/windowOperatorState.ts';
import type { DataflowState, OperatorState, SinkRow } from './dataflowTypes.ts';

/** A deep copy of plain data: arrays, plain objects and primitives. */
function copyPlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = copyPlain((value as Record<string, unknown>)[k]);
    // An own `__proto__` key from data must stay an ordinary property, never set the prototype.
    if (k === '__proto__')
      Object.defineProperty(out, k, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[k] = v;
  }
  return out as T;
}

export function cloneOperatorState(op: OperatorState): OperatorState {
  return copyPlain(op);
}

export function cloneOperatorStateFast(op: OperatorState): OperatorState {
  return op.kind === 'window'
    ? { kind: 'window', window: cloneWindowOperatorState(op.window) }
    : copyPlain(op);
}

/**
 * A copy for a keyframe. Records, elements and sink rows are never edited once made, so arrays of
 * them are copied shallowly; operator state is edited in place and is copied deeply.
 */
export function cloneDataflowState(df: DataflowState): DataflowState {
  const rows = (byOp: Record<number, SinkRow[]>) =>
    Object.fromEntries(Object.entries(byOp).map(([k, v]) => [k, v.slice()]));
  return {
    ...df,
    subtasks: df.subtasks.map((row) =>
      row.map((st) => ({
        ...st,
        op: cloneOperatorStateFast(st.op),
        pending: st.pending.slice(),
        aligning: st.aligning && { ...st.aligning },
        overload: st.overload && { ...st.overload },
      })),
    ),
    channels: df.channels.map((ch) => ({ ...ch, queue: ch.queue.slice() })),
    opWatermarks: df.opWatermarks.slice(),
    pending:
      df.pending === null
        ? null
        : { ...df.pending, states: df.pending.states.map((row) => row.slice()) },
    precommitted: df.precommitted.slice(),
    outputs: rows(df.outputs),
    upsertIndex: Object.fromEntries(Object.entries(df.upsertIndex).map(([k, v]) => [k, { ...v }])),
    latenciesSinceSample: df.latenciesSinceSample.slice(),
    overloadCounts: df.overloadCounts.map((c) => ({ ...c })),
    sampleRngs: df.sampleRngs.map((row) =>
      row.map((rng) => (rng === null ? null : [rng[0], rng[1], rng[2], rng[3]])),
    ),
  };
}
