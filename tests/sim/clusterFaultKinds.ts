// Faults of the cluster and the network, as rows of the same table as faultKinds.ts: broker
// crashes and restarts, lost and delayed produce responses, stop-the-world pauses of consumers and
// brokers, slow nodes, and network partitions between a client and a broker. Each fault that lasts
// has a row that undoes it, and generateFaults.ts undoes whatever is still in force at the heal.

import { withStatus, type FaultKind, type FaultModel } from './faultKinds.ts';
import { intBetween, pick } from './simRandom.ts';

function brokersWith(model: FaultModel, up: boolean): string[] {
  return [...model.brokersUp].filter(([, u]) => u === up).map(([id]) => id);
}

function brokerState(label: string, up: boolean): FaultKind {
  return {
    label,
    weight: 3,
    targets: (model) => brokersWith(model, !up),
    apply: (_rng, model, target) => {
      model.brokersUp.set(target, up);
      return { type: label, target };
    },
  };
}

const dropAcks: FaultKind = {
  label: 'broker.dropAcks',
  weight: 1,
  targets: (model) => [...model.brokersUp.keys()],
  apply: (rng, _model, target) => ({
    type: 'broker.dropAcks',
    target,
    count: intBetween(rng, 1, 3),
  }),
};

function delayAcks(restore: boolean): FaultKind {
  return {
    label: restore ? 'broker.delayAcks:restore' : 'broker.delayAcks',
    weight: 1,
    targets: (model) =>
      [...model.brokersUp.keys()].filter((b) => model.ackDelayed.has(b) === restore),
    apply: (rng, model, target) => {
      if (restore) model.ackDelayed.delete(target);
      else model.ackDelayed.add(target);
      // Up to 2 s: past request.timeout.ms (at most 1.5 s) the producer times out and retries.
      return { type: 'broker.delayAcks', target, delayMs: restore ? 0 : intBetween(rng, 50, 2000) };
    },
  };
}

/** Pauses are modest (up to 3 s) and end before the heal, so the liveness phase starts clean. */
function pause(kind: 'consumer' | 'broker'): FaultKind {
  return {
    label: `node.pause:${kind}`,
    weight: 1,
    targets: (model) =>
      kind === 'consumer' ? withStatus(model, ['alive']) : [...model.brokersUp.keys()],
    apply: (rng, model, target) => {
      const maxMs = Math.max(1, Math.min(3000, model.healMs - model.atMs - 1));
      return {
        type: 'node.pause',
        target,
        durationMs: intBetween(rng, Math.min(50, maxMs), maxMs),
      };
    },
  };
}

function slowable(model: FaultModel): string[] {
  return [...model.brokersUp.keys(), ...model.consumers.keys()];
}

function slow(restore: boolean): FaultKind {
  return {
    label: restore ? 'node.slow:restore' : 'node.slow',
    weight: 1,
    targets: (model) => slowable(model).filter((n) => model.slowed.has(n) === restore),
    apply: (rng, model, target) => {
      if (restore) model.slowed.delete(target);
      else model.slowed.add(target);
      // At most 4: a slowed poll's work stays within max.poll.interval.ms (see settleMemberCapacity).
      return { type: 'node.slow', target, factor: restore ? 1 : pick(rng, [2, 3, 4]) };
    },
  };
}

/** Every client (producer or consumer) with every broker, as `client>broker`. */
function links(model: FaultModel): string[] {
  const clients = [...model.producersRunning.keys(), ...model.consumers.keys()];
  return clients.flatMap((c) => [...model.brokersUp.keys()].map((b) => `${c}>${b}`));
}

function network(heal: boolean): FaultKind {
  const type = heal ? 'network.heal' : 'network.partition';
  return {
    label: type,
    weight: heal ? 1 : 2,
    targets: (model) => links(model).filter((l) => model.cut.has(l) === heal),
    apply: (_rng, model, link) => {
      if (heal) model.cut.delete(link);
      else model.cut.add(link);
      const [target, peer] = link.split('>');
      return { type, target, peer };
    },
  };
}

export const CLUSTER_FAULT_KINDS: readonly FaultKind[] = [
  brokerState('broker.crash', false),
  brokerState('broker.restart', true),
  dropAcks,
  delayAcks(false),
  delayAcks(true),
  pause('consumer'),
  pause('broker'),
  slow(false),
  slow(true),
  network(false),
  network(true),
];
