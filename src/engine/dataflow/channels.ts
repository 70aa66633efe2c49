// Moving elements between subtasks with credit-based flow control, as Flink's network stack does:
// a sender may put a record on a channel only while the receiver's buffer has room. What cannot go
// waits in the sender's pending list, in order, and the sender reads nothing new until it drains,
// so a slow operator stalls its upstream step by step back to the source.

import { partitionForKey } from '../kafka/partitionForKey.ts';
import { KEY_GROUPS, type DataflowPlan, type EdgePlan } from './dataflowPlan.ts';
import type { DataflowState, DfElement, DfRecord, SubtaskState } from './dataflowTypes.ts';

/**
 * Key groups of recent keys. A pure memo of a pure function, so it may live outside the state;
 * it is emptied when full to bound its memory.
 */
const keyGroupMemo = new Map<string, number>();
const KEY_GROUP_MEMO_MAX = 65_536;

function keyGroupOf(key: string): number {
  let g = keyGroupMemo.get(key);
  if (g === undefined) {
    if (keyGroupMemo.size >= KEY_GROUP_MEMO_MAX) keyGroupMemo.clear();
    g = partitionForKey(key, KEY_GROUPS);
    keyGroupMemo.set(key, g);
  }
  return g;
}

/** The subtask that owns a key: its key group scaled onto the parallelism, as Flink's KeyGroupRangeAssignment. */
export function subtaskForKey(key: string, parallelism: number): number {
  return Math.floor((keyGroupOf(key) * parallelism) / KEY_GROUPS);
}

function hasCredit(plan: DataflowPlan, df: DataflowState, channel: number, el: DfElement): boolean {
  return el.t !== 'r' || df.channels[channel]!.records < plan.bufferRecords;
}

function put(df: DataflowState, channel: number, el: DfElement): void {
  const ch = df.channels[channel]!;
  ch.queue.push(el);
  if (el.t === 'r') {
    ch.records++;
    ch.sent++;
  }
}

/** Sends one element to one channel, or queues it behind what is already pending. */
function sendTo(
  plan: DataflowPlan,
  df: DataflowState,
  st: SubtaskState,
  channel: number,
  el: DfElement,
): void {
  if (st.pending.length === 0 && hasCredit(plan, df, channel, el)) put(df, channel, el);
  else {
    st.pending.push({ channel, el });
    st.blocked = true;
  }
}

/** Moves pending elements out while receivers have credit; true when nothing is left pending. */
export function flushPending(plan: DataflowPlan, df: DataflowState, st: SubtaskState): boolean {
  let i = 0;
  while (i < st.pending.length && hasCredit(plan, df, st.pending[i]!.channel, st.pending[i]!.el)) {
    put(df, st.pending[i]!.channel, st.pending[i]!.el);
    i++;
  }
  if (i > 0) st.pending.splice(0, i);
  st.blocked = st.pending.length > 0;
  return !st.blocked;
}

function targetFor(edge: EdgePlan, st: SubtaskState, fromSubtask: number, r: DfRecord): number {
  const row = edge.channels[fromSubtask]!;
  if (edge.mode === 'forward') return row[fromSubtask]!;
  if (edge.mode === 'hash') return row[subtaskForKey(r.key, row.length)]!;
  const c = row[st.nextTarget % row.length]!;
  st.nextTarget = (st.nextTarget + 1) % 1_000_000;
  return c;
}

/** Sends a record on every edge leaving `op` (only the edges of `port`, for a route operator). */
export function emitRecord(
  plan: DataflowPlan,
  df: DataflowState,
  nowMs: number,
  op: number,
  sub: number,
  r: DfRecord,
  port: string | null = null,
): void {
  const st = df.subtasks[op]![sub]!;
  for (const edge of plan.ops[op]!.out) {
    if (edge.port !== port) continue;
    sendTo(plan, df, st, targetFor(edge, st, sub, r), { t: 'r', at: nowMs + plan.delayMs, r });
  }
}

/** Sends a watermark, idleness or barrier on every channel leaving the subtask. */
export function broadcast(
  plan: DataflowPlan,
  df: DataflowState,
  nowMs: number,
  op: number,
  sub: number,
  el: { t: 'w'; ts: number | null } | { t: 'b'; id: number },
): void {
  const st = df.subtasks[op]![sub]!;
  for (const edge of plan.ops[op]!.out) {
    for (const c of edge.channels[sub]!) {
      if (c >= 0) sendTo(plan, df, st, c, { ...el, at: nowMs + plan.delayMs });
    }
  }
}
