// The arithmetic that lets a generated dataflow catch up in the liveness phase: after the heal it
// may restart from nothing and replay every record, each copied up to `copies` times by flatMaps
// and joins, and it must do that twice over within the drain time. An operator's capacity and a
// channel's credit buffer are fitted to that rate, and the liveness check judges a run only when
// its dataflow's capacities meet it, so a failed check means a bug, not a slow draw.

import type { DataflowSpec } from '../../src/engine/index.ts';
import { JOIN_PARTNERS } from './generateDataflowGraph.ts';

/** Records per second an operator subtask needs to replay `records` × `copies` twice in `drainMs`. */
export function drainRateNeeded(records: number, copies: number, drainMs: number): number {
  return Math.ceil((2 * records * copies * 1000) / Math.max(1, drainMs));
}

/**
 * The smallest credit buffer whose channel carries that rate. A channel moves at most a buffer
 * of records per round trip: the receiver reads them a tick after they arrive, which is at most
 * two ticks plus the network delay after they were sent, and only then is there credit again.
 */
export function minimumBufferRecords(
  records: number,
  copies: number,
  drainMs: number,
  tickMs: number,
  networkDelayMs: number,
): number {
  const perSecond = drainRateNeeded(records, copies, drainMs);
  return Math.max(1, Math.ceil((perSecond * (2 * tickMs + networkDelayMs)) / 1000));
}

/** Most copies of one source record any operator can receive: flatMap fan-outs and joins multiply. */
export function copiesBound(spec: DataflowSpec): number {
  const byId = new Map(spec.operators.map((o) => [o.id, o]));
  const memo = new Map<string, number>();
  const copies = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const op = byId.get(id.split('.')[0] ?? id);
    let n = 1;
    if (op === undefined || op.kind === 'source') n = 1;
    else if (op.kind === 'intervalJoin' || op.kind === 'windowJoin')
      n = JOIN_PARTNERS * Math.max(copies(op.left), copies(op.right));
    else n = copies(op.input) * (op.kind === 'flatMap' ? op.emit.length : 1);
    memo.set(id, n);
    return n;
  };
  return Math.max(1, ...spec.operators.map((o) => copies(o.id)));
}

/** True when every operator and channel of `spec` can replay `records` twice within `drainMs`. */
export function capacityAllows(spec: DataflowSpec, records: number, drainMs: number): boolean {
  const copies = copiesBound(spec);
  const needed = drainRateNeeded(records, copies, drainMs);
  if (spec.operators.some((o) => o.recordsPerSecond !== undefined && o.recordsPerSecond < needed))
    return false;
  if ((spec.mode ?? 'continuous') === 'micro-batch') return true;
  const fitted = minimumBufferRecords(
    records,
    copies,
    drainMs,
    spec.tickMs ?? 10,
    spec.networkDelayMs ?? 5,
  );
  return (spec.bufferRecords ?? 1000) >= fitted;
}
