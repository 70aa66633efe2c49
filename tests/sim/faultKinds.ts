// The kinds of fault the sweep injects, as a table: which entities each can hit, and how it changes
// the schedule's model of the world. New fault kinds (broker crashes, network partitions) are added
// as rows here, with a matching model field, and generateFaults.ts picks them up.

import type { RawObject } from './generateTopology.ts';
import { chance, intBetween, pick, type SimRandom } from './simRandom.ts';

/** `scheduled`: a joinAtMs still ahead; `waiting`: no joinAtMs, so it needs a consumer.join. */
export type ConsumerStatus = 'scheduled' | 'waiting' | 'alive' | 'crashed' | 'left';

/** What the schedule knows of each entity at the time of the fault being drawn. */
export interface FaultModel {
  readonly consumers: Map<string, ConsumerStatus>;
  /** Partition names each consumer's group reads, for targeted seeks. */
  readonly partitionsOf: Map<string, string[]>;
  readonly producersRunning: Map<string, boolean>;
}

export interface FaultKind {
  readonly type: string;
  readonly weight: number;
  /** Entities this fault would change now; ones it cannot affect are left out. */
  readonly targets: (model: FaultModel) => string[];
  /** Builds the intervention and updates the model to match what the engine will do. */
  readonly apply: (rng: SimRandom, model: FaultModel, target: string) => RawObject;
}

function withStatus(model: FaultModel, statuses: readonly ConsumerStatus[]): string[] {
  return [...model.consumers].filter(([, s]) => statuses.includes(s)).map(([id]) => id);
}

function consumerFault(
  type: string,
  weight: number,
  from: ConsumerStatus[],
  to: ConsumerStatus | null,
): FaultKind {
  return {
    type,
    weight,
    targets: (model) => withStatus(model, from),
    apply: (_rng, model, target) => {
      if (to !== null) model.consumers.set(target, to);
      return { type, target };
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
    type,
    weight: 1,
    targets: (model) =>
      [...model.producersRunning].filter(([, r]) => r === running).map(([id]) => id),
    apply: (_rng, model, target) => {
      model.producersRunning.set(target, !running);
      return { type, target };
    },
  };
}

export const FAULT_KINDS: readonly FaultKind[] = [
  consumerFault('consumer.crash', 3, ['alive'], 'crashed'),
  consumerFault('consumer.leave', 2, ['alive'], 'left'),
  consumerFault('consumer.restart', 3, ['crashed', 'left'], 'alive'),
  consumerFault('consumer.join', 3, ['waiting'], 'alive'),
  { type: 'consumer.seek', weight: 2, targets: (m) => withStatus(m, ['alive']), apply: drawSeek },
  producerFault('producer.stop', true),
  producerFault('producer.start', false),
];
