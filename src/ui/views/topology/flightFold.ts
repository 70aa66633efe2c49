// Folds the recent trace into the messages in flight for the topology view: each `batch.sent`
// flies from its producer to the partition's leader until its first `record.appended` (or its
// `batch.failed`), and each non-empty `consumer.fetched` flies from the leader to the consumer.
// Only the recent past matters, so after a reset it reads from a bounded look-back window.

import type { Simulation, TraceEvent } from '../../../engine/index.ts';
import type { TraceFold } from '../traceFollower.ts';
import type { NodeId } from './topologyModel.ts';

/** Flights older than this are gone at any speed (the longest stretch is 30 s). */
export const FLIGHT_LOOKBACK_MS = 30_000;
/** More flights than this in the air are not worth drawing; the oldest go first. */
export const FLIGHTS_MAX = 3000;

export interface Flight {
  readonly id: number;
  readonly kind: 'produce' | 'fetch';
  readonly from: NodeId;
  readonly to: NodeId;
  readonly startMs: number;
  arrivedAtMs: number | null;
  failedAtMs: number | null;
  /** Records of the batch not yet appended; the flight lands on the first. */
  pendingRecords: number;
}

export interface FlightsSnapshot {
  readonly nowMs: number;
  readonly flights: readonly Readonly<Flight>[];
}

/** The leader broker of a partition now, or null while it is offline. */
export type LeaderOf = (partition: string) => string | null;

export function createFlightFold(leaderOf: LeaderOf): TraceFold<FlightsSnapshot> {
  let flights: Flight[] = [];
  // Produce flights waiting for their first append, per "producer/partition", oldest first.
  let waiting = new Map<string, Flight[]>();
  const apply = (event: TraceEvent, index: number): void => {
    switch (event.type) {
      case 'batch.sent': {
        const leader = leaderOf(event.partition);
        if (leader === null) return;
        const flight: Flight = {
          id: index,
          kind: 'produce',
          from: `producer:${event.producer}`,
          to: `broker:${leader}`,
          startMs: event.atMs,
          arrivedAtMs: null,
          failedAtMs: null,
          pendingRecords: event.count,
        };
        flights.push(flight);
        const key = `${event.producer}/${event.partition}`;
        waiting.set(key, [...(waiting.get(key) ?? []), flight]);
        return;
      }
      case 'record.appended':
        return land(waiting, `${event.producer}/${event.partition}`, event.atMs, 'appended');
      case 'batch.duplicate':
        return land(waiting, `${event.producer}/${event.partition}`, event.atMs, 'duplicate');
      case 'batch.failed':
        return land(waiting, `${event.producer}/${event.partition}`, event.atMs, 'failed');
      case 'consumer.fetched': {
        const leader = leaderOf(event.partition);
        if (leader === null || event.count === 0) return;
        flights.push({
          id: index,
          kind: 'fetch',
          from: `broker:${leader}`,
          to: `consumer:${event.consumer}`,
          startMs: event.atMs,
          arrivedAtMs: event.atMs,
          failedAtMs: null,
          pendingRecords: 0,
        });
        return;
      }
      default:
        return;
    }
  };
  return {
    reset() {
      flights = [];
      waiting = new Map();
    },
    add(events, firstIndex) {
      events.forEach((event, i) => apply(event, firstIndex + i));
    },
    snapshot(nowMs) {
      flights = flights.filter((f) => nowMs - f.startMs <= FLIGHT_LOOKBACK_MS).slice(-FLIGHTS_MAX);
      return { nowMs, flights: flights.map((f) => ({ ...f })) };
    },
    startIndex: (sim) => firstIndexAtOrAfter(sim, sim.nowMs() - FLIGHT_LOOKBACK_MS),
    catchUpLimit: 50_000,
  };
}

type Landing = 'appended' | 'duplicate' | 'failed';

function land(waiting: Map<string, Flight[]>, key: string, atMs: number, how: Landing): void {
  const queue = waiting.get(key);
  if (queue === undefined) return;
  // A batch whose answer never came (lost with acks=0, say) must not catch a later batch's append.
  while (queue.length > 0 && atMs - (queue[0]?.startMs ?? atMs) > FLIGHT_LOOKBACK_MS) queue.shift();
  const flight = queue[0];
  if (flight !== undefined) {
    if (how === 'failed') flight.failedAtMs = atMs;
    else flight.arrivedAtMs ??= atMs;
    flight.pendingRecords = how === 'appended' ? flight.pendingRecords - 1 : 0;
    if (flight.pendingRecords <= 0) queue.shift();
  }
  if (queue.length === 0) waiting.delete(key);
}

/** Binary search over the time-ordered trace, reading one event per probe. */
export function firstIndexAtOrAfter(
  sim: Pick<Simulation, 'traceLength' | 'traceSlice'>,
  tMs: number,
): number {
  let lo = 0;
  let hi = sim.traceLength();
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = sim.traceSlice(mid, mid + 1)[0]?.atMs ?? Number.POSITIVE_INFINITY;
    if (at < tMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
