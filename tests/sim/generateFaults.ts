// Draws the fault schedule of a generated run as scenario interventions. The safety phase puts
// faults at random times before the heal time. At the heal time every crashed, departed or never
// started consumer comes back and every producer stops for good, so that the liveness phase can
// converge and the lag can drain to zero.

import { FAULT_KINDS, type FaultKind, type FaultModel } from './faultKinds.ts';
import type { GroupDraw } from './generateGroups.ts';
import type { RawObject, RawProducer, RawTopic } from './generateTopology.ts';
import { intBetween, type SimRandom } from './simRandom.ts';

export interface FaultWorld {
  readonly topics: readonly RawTopic[];
  readonly producers: readonly RawProducer[];
  readonly groups: readonly GroupDraw[];
}

const FAULTS_MAX = 14;

function initialModel(world: FaultWorld): FaultModel {
  const model: FaultModel = {
    consumers: new Map(),
    partitionsOf: new Map(),
    producersRunning: new Map(),
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
): RawObject[] {
  const times = Array.from({ length: intBetween(rng, 0, FAULTS_MAX) }, () =>
    intBetween(rng, 1, healMs - 1),
  );
  times.sort((a, b) => a - b);
  const faults: RawObject[] = [];
  for (const atMs of times) {
    advanceModel(model, world, atMs);
    const chosen = pickKind(rng, model);
    if (chosen === undefined) continue;
    const target = chosen.targets[intBetween(rng, 0, chosen.targets.length - 1)]!;
    faults.push({ atMs, ...chosen.kind.apply(rng, model, target) });
  }
  return faults;
}

/** The heal: every consumer that is not running comes back, and every producer stops for good. */
function healInterventions(world: FaultWorld, model: FaultModel, healMs: number): RawObject[] {
  advanceModel(model, world, healMs);
  const heal: RawObject[] = [];
  for (const [id, status] of model.consumers) {
    if (status === 'crashed' || status === 'left')
      heal.push({ atMs: healMs, type: 'consumer.restart', target: id });
    if (status === 'waiting') heal.push({ atMs: healMs, type: 'consumer.join', target: id });
  }
  for (const p of world.producers) heal.push({ atMs: healMs, type: 'producer.stop', target: p.id });
  return heal;
}

/**
 * The whole schedule: safety-phase faults, then the heal.
 *
 * @example
 * const interventions = generateFaults(createSimRandom(7, 'faults'), world, 24_000);
 */
export function generateFaults(rng: SimRandom, world: FaultWorld, healMs: number): RawObject[] {
  const model = initialModel(world);
  return [...safetyFaults(rng, world, model, healMs), ...healInterventions(world, model, healMs)];
}
