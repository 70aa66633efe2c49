// Draws the fault schedule of a generated run as scenario interventions. The safety phase puts
// faults at random times before the heal time. At the heal time every fault still in force is
// undone (crashed brokers restart, partitions heal, slow nodes and delayed acks are restored),
// every crashed, departed or never started consumer comes back, and every producer stops for good,
// so that the liveness phase can converge and the lag can drain to zero.

import { CLUSTER_FAULT_KINDS } from './clusterFaultKinds.ts';
import { CLIENT_FAULT_KINDS, type FaultKind, type FaultModel } from './faultKinds.ts';
import { poisonPolicyOf } from './generateCluster.ts';
import type { GroupDraw } from './generateGroups.ts';
import type { RawObject, RawProducer, RawTopic } from './generateTopology.ts';
import { intBetween, type SimRandom } from './simRandom.ts';

export const FAULT_KINDS: readonly FaultKind[] = [...CLIENT_FAULT_KINDS, ...CLUSTER_FAULT_KINDS];

export interface FaultWorld {
  readonly brokers: readonly string[];
  readonly topics: readonly RawTopic[];
  readonly producers: readonly RawProducer[];
  readonly groups: readonly GroupDraw[];
}

export interface FaultSchedule {
  readonly interventions: RawObject[];
  /** The fault kind label of each safety-phase fault, in schedule order. */
  readonly labels: string[];
}

const FAULTS_MAX = 20;

/** Producers whose topic some group reads, and every such group skips or dead-letters poison. */
function poisonableProducers(world: FaultWorld): Set<string> {
  return new Set(
    world.producers
      .filter((p) => {
        const readers = world.groups.filter((g) => g.topics.includes(p.topic));
        return readers.length > 0 && readers.every((g) => poisonPolicyOf(g) !== 'retry-forever');
      })
      .map((p) => p.id),
  );
}

function initialModel(world: FaultWorld, healMs: number): FaultModel {
  const model: FaultModel = {
    atMs: 0,
    healMs,
    consumers: new Map(),
    groupOf: new Map(world.groups.flatMap((g) => g.members.map((m) => [m.id, g.id] as const))),
    groupSize: new Map(world.groups.map((g) => [g.id, g.members.length])),
    partitionsOf: new Map(),
    producersRunning: new Map(),
    poisonable: poisonableProducers(world),
    brokersUp: new Map(world.brokers.map((b) => [b, true])),
    ackDelayed: new Set(),
    slowed: new Set(),
    cut: new Set(),
  };
  for (const g of world.groups) {
    const partitions = world.topics
      .filter((t) => g.topics.includes(t.name))
      .flatMap((t) => Array.from({ length: t.partitions }, (_, i) => `${t.name}-${i}`));
    for (const m of g.members) {
      model.consumers.set(m.id, m.joinAtMs === undefined ? 'waiting' : 'scheduled');
      model.partitionsOf.set(m.id, partitions);
    }
  }
  return model;
}

/**
 * Brings the model up to time `atMs`: consumers and producers whose start time has passed are now
 * running. An intervention runs before queued events of its own millisecond, hence the strict `<`.
 */
function advanceModel(model: FaultModel, world: FaultWorld, atMs: number): void {
  model.atMs = atMs;
  for (const g of world.groups) {
    for (const m of g.members) {
      if (
        model.consumers.get(m.id) === 'scheduled' &&
        m.joinAtMs !== undefined &&
        m.joinAtMs < atMs
      ) {
        model.consumers.set(m.id, 'alive');
      }
    }
  }
  for (const p of world.producers) {
    if (!model.producersRunning.has(p.id) && p.startAtMs < atMs)
      model.producersRunning.set(p.id, true);
  }
}

/** A fault kind chosen by weight among the kinds that have a target now, or undefined. */
function pickKind(
  rng: SimRandom,
  model: FaultModel,
): { kind: FaultKind; targets: string[] } | undefined {
  const usable = FAULT_KINDS.map((kind) => ({ kind, targets: kind.targets(model) })).filter(
    (k) => k.targets.length > 0,
  );
  let roll = intBetween(
    rng,
    1,
    usable.reduce((sum, k) => sum + k.kind.weight, 0),
  );
  for (const k of usable) {
    roll -= k.kind.weight;
    if (roll <= 0) return k;
  }
  return undefined;
}

/** Faults during the safety phase, at random times in [1, healMs). */
function safetyFaults(
  rng: SimRandom,
  world: FaultWorld,
  model: FaultModel,
  healMs: number,
): FaultSchedule {
  const times = Array.from({ length: intBetween(rng, 0, FAULTS_MAX) }, () =>
    intBetween(rng, 1, healMs - 1),
  );
  times.sort((a, b) => a - b);
  const schedule: FaultSchedule = { interventions: [], labels: [] };
  for (const atMs of times) {
    advanceModel(model, world, atMs);
    const chosen = pickKind(rng, model);
    if (chosen === undefined) continue;
    const target = chosen.targets[intBetween(rng, 0, chosen.targets.length - 1)]!;
    schedule.interventions.push({ atMs, ...chosen.kind.apply(rng, model, target) });
    schedule.labels.push(chosen.kind.label);
  }
  return schedule;
}

/**
 * The heal, in this order: brokers restart (so partitions have leaders), links heal, slow nodes and
 * delayed acks are restored, consumers come back (an armed one gets a restart that does nothing
 * while it still runs), and every producer stops for good.
 */
function healInterventions(world: FaultWorld, model: FaultModel, healMs: number): RawObject[] {
  advanceModel(model, world, healMs);
  const heal: RawObject[] = [];
  const at = (fields: RawObject): void => {
    heal.push({ atMs: healMs, ...fields });
  };
  for (const [id, up] of model.brokersUp) if (!up) at({ type: 'broker.restart', target: id });
  for (const link of model.cut) {
    const [target, peer] = link.split('>');
    at({ type: 'network.heal', target, peer });
  }
  for (const id of model.slowed) at({ type: 'node.slow', target: id, factor: 1 });
  for (const id of model.ackDelayed) at({ type: 'broker.delayAcks', target: id, delayMs: 0 });
  for (const [id, status] of model.consumers) {
    if (status === 'crashed' || status === 'left' || status === 'armed')
      at({ type: 'consumer.restart', target: id });
    if (status === 'waiting') at({ type: 'consumer.join', target: id });
  }
  for (const p of world.producers) at({ type: 'producer.stop', target: p.id });
  return heal;
}

/**
 * The whole schedule: safety-phase faults, then the heal.
 *
 * @example
 * const { interventions } = generateFaults(createSimRandom(7, 'faults'), world, 24_000);
 */
export function generateFaults(rng: SimRandom, world: FaultWorld, healMs: number): FaultSchedule {
  const model = initialModel(world, healMs);
  const safety = safetyFaults(rng, world, model, healMs);
  return {
    interventions: [...safety.interventions, ...healInterventions(world, model, healMs)],
    labels: safety.labels,
  };
}
