// Stop-the-world pauses: an event addressed to a paused node waits until the pause ends, in the
// order it would have run. This is checked only after some pause has started, so runs without
// pauses pay nothing.

import { pushEvent, type PoppedEvent } from '../core/eventQueue.ts';
import { EventKind } from './eventKinds.ts';
import type { World } from './worldTypes.ts';

function producerOfSlot(w: World, slot: number): number {
  return w.m.inflight[slot]?.producer ?? -1;
}

function producerOfRequest(w: World, slot: number): number {
  return w.m.requests[slot]?.producer ?? -1;
}

/** Until when the node that handles this event is paused, or -1. */
function holdUntilMs(w: World, e: PoppedEvent): number {
  const m = w.m;
  switch (e.kind) {
    case EventKind.producerNext:
    case EventKind.senderWake:
      return m.producers[e.a]!.pausedUntilMs;
    case EventKind.produceError:
    case EventKind.batchRetry: {
      const p = producerOfSlot(w, e.a);
      return p < 0 ? -1 : m.producers[p]!.pausedUntilMs;
    }
    case EventKind.requestResponse:
    case EventKind.requestTimeout: {
      const p = producerOfRequest(w, e.a);
      return p < 0 ? -1 : m.producers[p]!.pausedUntilMs;
    }
    case EventKind.requestArrive: {
      const to = m.requests[e.a]?.broker ?? -1;
      return to < 0 ? -1 : m.brokers[to]!.pausedUntilMs;
    }
    case EventKind.replicaFetchAtLeader: {
      const leader = m.partitions[e.a]!.leader;
      return leader < 0 ? -1 : m.brokers[leader]!.pausedUntilMs;
    }
    case EventKind.replicaFetchResponse:
      return m.brokers[m.partitions[e.a]!.replicas[e.b]!.broker]!.pausedUntilMs;
    case EventKind.consumerPoll:
    case EventKind.consumerProcessed:
    case EventKind.consumerHeartbeat:
    case EventKind.heartbeatResponse:
    case EventKind.joinResponse:
    case EventKind.syncResponse:
      return m.consumers[e.a]!.pausedUntilMs;
    case EventKind.coordinatorJoin:
    case EventKind.coordinatorSync:
    case EventKind.coordinatorHeartbeat:
    case EventKind.coordinatorLeave:
    case EventKind.coordinatorSessionCheck:
      return m.brokers[w.index.groups[w.index.consumers[e.a]!.group]!.coordinatorBroker]!
        .pausedUntilMs;
    case EventKind.coordinatorJoinComplete:
      return m.brokers[w.index.groups[e.a]!.coordinatorBroker]!.pausedUntilMs;
    default:
      return -1;
  }
}

/** Puts the event back for the end of its node's pause; returns true when it did. */
export function deferIfPaused(w: World, e: PoppedEvent): boolean {
  if (w.m.pausesStarted === 0) return false;
  const until = holdUntilMs(w, e);
  if (until <= w.m.nowMs) return false;
  pushEvent(w.m.queue, until, e.rank, e.kind, e.a, e.b, e.c);
  return true;
}
