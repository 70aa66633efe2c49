// The kinds of fault the sweep injects, as a table: which entities each can hit, and how it changes
// the schedule's model of the world. Client faults are here; broker, node and network faults are
// in clusterFaultKinds.ts. generateFaults.ts draws from both tables by weight (integer ratios).

import type { RawObject } from './generateTopology.ts';
import { chance, intBetween, pick, type SimRandom } from './simRandom.ts';

/**
 * `scheduled`: a joinAtMs still ahead; `waiting`: no joinAtMs, so it needs a consumer.join;
 * `armed`: a crash waits for its next offset commit, which may come at any time, even after the
 * heal, so no other fault touches it and its group gets no second one.
 */
export type ConsumerStatus = 'scheduled' | 'waiting' | 'alive' | 'crashed' | 'left' | 'armed';

/** What the schedule knows of each entity at the time of the fault being drawn. */
export interface FaultModel {
  /** Time of the fault being drawn; faults that last (pauses) end before `healMs`. */
  atMs: number;
  readonly healMs: number;
  readonly consumers: Map<string, ConsumerStatus>;
  readonly groupOf: ReadonlyMap<string, string>;
  readonly groupSize: ReadonlyMap<string, number>;
  /** Partition names each consumer's group reads, for targeted seeks. */
  readonly partitionsOf: Map<string, string[]>;
  readonly producersRunning: Map<string, boolean>;
  /** Producers whose topic is read only by groups that skip or dead-letter poison records. */
  readonly poisonable: ReadonlySet<string>;
  readonly brokersUp: Map<string, boolean>;
  /** Brokers whose produce responses are delayed now. */
  readonly ackDelayed: Set<string>;
  /** Brokers and consumers running with a slow factor other than 1. */
  readonly slowed: Set<string>;
  /** Network partitions in force, as `client>broker`. */
  readonly cut: Set<string>;
}

export interface FaultKind {
  /** The intervention type, plus a variant after a colon where one type has several rows. */
  readonly label: string;
  readonly weight: number;
  /** Entities this fault would change now; ones it cannot affect are left out. */
  readonly targets: (model: FaultModel) => string[];
  /** Builds the intervention and updates the model to match what the engine will do. */
  readonly apply: (rng: SimRandom, model: FaultModel, target: string) => RawObject;
}

export function withStatus(model: FaultModel, statuses: readonly ConsumerStatus[]): string[] {
  return [...model.consumers].filter(([, s]) => statuses.includes(s)).map(([id]) => id);
}

function consumerFault(
  type: string,
  weight: number,
  from: ConsumerStatus[],
  to: ConsumerStatus | null,
): FaultKind {
  return {
    label: type,
    weight,
    targets: (model) => withStatus(model, from),
    apply: (_rng, model, target) => {
      if (to !== null) model.consumers.set(target, to);
      return { type, target };
    },
  };
}

/**
 * A crash at the consumer's next commit. Only in groups of two or more with no other armed
 * member: if the crash comes after the heal, another member must be there to take over.
 */
function armedCrash(moment: 'before-commit' | 'after-commit'): FaultKind {
  return {
    label: `consumer.crash:${moment}`,
    weight: 1,
    targets: (model) => {
      const armedGroups = new Set(withStatus(model, ['armed']).map((c) => model.groupOf.get(c)));
      return withStatus(model, ['alive']).filter((c) => {
        const group = model.groupOf.get(c);
        return (model.groupSize.get(group ?? '') ?? 0) >= 2 && !armedGroups.has(group);
      });
    },
    apply: (_rng, model, target) => {
      model.consumers.set(target, 'armed');
      return { type: 'consumer.crash', target, moment };
    },
  };
}

/**
 * Seeks only rewind (to the beginning, offset 0 or timestamp 0). A forward seek past records that
 * never get processed leaves lag that no commit mode but auto-commit ever clears, which would make
 * the liveness check fail by design rather than by bug.
 */
function drawSeek(rng: SimRandom, model: FaultModel, target: string): RawObject {
  const seek: RawObject = { type: 'consumer.seek', target };
  if (chance(rng, 1, 2)) seek.partition = pick(rng, model.partitionsOf.get(target) ?? []);
  const how = intBetween(rng, 0, 3);
  if (how <= 1) seek.toBeginning = true;
  else if (how === 2) seek.toOffset = 0;
  else seek.toTimestampMs = 0;
  return seek;
}

function producerFault(type: string, running: boolean): FaultKind {
  return {
    label: type,
    weight: 1,
    targets: (model) =>
      [...model.producersRunning].filter(([, r]) => r === running).map(([id]) => id),
    apply: (_rng, model, target) => {
      model.producersRunning.set(target, !running);
      return { type, target };
    },
  };
}

/** The next record is poison; only where every group reading it skips or dead-letters it. */
const poison: FaultKind = {
  label: 'producer.poison',
  weight: 1,
  targets: (model) =>
    [...model.producersRunning]
      .filter(([id, r]) => r && model.poisonable.has(id))
      .map(([id]) => id),
  apply: (_rng, _model, target) => ({ type: 'producer.poison', target }),
};

export const CLIENT_FAULT_KINDS: readonly FaultKind[] = [
  consumerFault('consumer.crash', 3, ['alive'], 'crashed'),
  armedCrash('before-commit'),
  armedCrash('after-commit'),
  consumerFault('consumer.leave', 2, ['alive'], 'left'),
  consumerFault('consumer.restart', 3, ['crashed', 'left'], 'alive'),
  consumerFault('consumer.join', 3, ['waiting'], 'alive'),
  { label: 'consumer.seek', weight: 2, targets: (m) => withStatus(m, ['alive']), apply: drawSeek },
  producerFault('producer.stop', true),
  producerFault('producer.start', false),
  // A crash loses what sits in the producer's batches; producer.start brings it back.
  producerFault('producer.crash', true),
  poison,
];
