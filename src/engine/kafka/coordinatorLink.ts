// Messages between a consumer and its group coordinator, in both directions. A network partition
// between them loses the message; a client whose JoinGroup or SyncGroup got lost gives up after
// `session.timeout.ms` and joins again, which is close to what the Java client's timeouts do.

import { EventKind } from '../world/eventKinds.ts';
import { schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { linkBlocked } from './networkFaults.ts';

/** One-way delay between a group's members and its coordinator, slowed with a slow coordinator. */
export function coordinatorDelayMs(w: World, group: number): number {
  const g = w.index.groups[group]!;
  const slow = w.m.brokers[g.coordinatorBroker]!.slowFactor;
  return slow === 1 ? g.coordinatorDelayMs : Math.ceil(g.coordinatorDelayMs * slow);
}

const SYNC_FAILED = -1;

function lost(w: World, consumer: number, kind: number, serial: number): void {
  const joinOrSync =
    kind === EventKind.coordinatorJoin ||
    kind === EventKind.coordinatorSync ||
    kind === EventKind.joinResponse ||
    kind === EventKind.syncResponse;
  if (!joinOrSync) return;
  const group = w.index.consumers[consumer]!.group;
  const timeout = w.scenario.topology.consumerGroups[group]!.sessionTimeoutMs;
  schedule(w, w.m.nowMs + timeout, EventKind.syncResponse, consumer, serial, SYNC_FAILED);
}

/** Sends a request (consumer to coordinator) or a response (coordinator to consumer) of `kind`. */
export function sendViaCoordinatorLink(
  w: World,
  consumer: number,
  kind: number,
  serial: number,
  c = 0,
): void {
  const group = w.index.consumers[consumer]!.group;
  const coordinator = w.index.brokers[w.index.groups[group]!.coordinatorBroker]!.id;
  if (linkBlocked(w, w.index.consumers[consumer]!.id, coordinator)) {
    lost(w, consumer, kind, serial);
    return;
  }
  schedule(w, w.m.nowMs + coordinatorDelayMs(w, group), kind, consumer, serial, c);
}
