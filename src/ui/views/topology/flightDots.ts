// Where each flight's dot is drawn now, and how many flights are on each link (the reduced-motion
// view shows these counts instead of moving dots). Pure: flights, node boxes and time in.

import { flightPosition, type FlightState } from '../../viz/flightProgress.ts';
import { edgeBetween, pointOnEdge, type Box } from '../../viz/topologyLayout.ts';
import type { Flight } from './flightFold.ts';
import type { NodeId } from './topologyModel.ts';

export interface FlightDot {
  readonly x: number;
  readonly y: number;
  readonly state: FlightState;
  readonly kind: Flight['kind'];
  /** The consumer a fetch flies to, for its colour. */
  readonly to: NodeId;
}

export type BoxOf = (node: NodeId) => Box | undefined;

/**
 * Positions of the dots on screen now.
 *
 * @example
 * flightDots(snapshot.flights, boxOf, nowMs, minFlightMs(speed)).length; // dots to draw
 */
export function flightDots(
  flights: readonly Readonly<Flight>[],
  boxOf: BoxOf,
  nowMs: number,
  stretchMs: number,
): FlightDot[] {
  const dots: FlightDot[] = [];
  for (const flight of flights) {
    const at = flightPosition(flight, nowMs, stretchMs);
    const from = boxOf(flight.from);
    const to = boxOf(flight.to);
    if (at === null || from === undefined || to === undefined) continue;
    const point = pointOnEdge(edgeBetween(from, to), at.t);
    dots.push({ x: point.x, y: point.y, state: at.state, kind: flight.kind, to: flight.to });
  }
  return dots;
}

/**
 * Flights on screen per link id (`"<from>><to>"`).
 *
 * @example
 * flightCounts(flights, nowMs, 300).get('producer:p1>broker:b1'); // 3
 */
export function flightCounts(
  flights: readonly Readonly<Flight>[],
  nowMs: number,
  stretchMs: number,
): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const flight of flights) {
    if (flightPosition(flight, nowMs, stretchMs) === null) continue;
    const id = `${flight.from}>${flight.to}`;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
