// The broker's idempotence bookkeeping per partition: for each producer, the epoch and the last
// sequence number appended, with that batch's base offset and size. Kept in one flat array of
// numbers (four a producer) so keyframes copy it cheaply. An epoch below the stored one is fenced;
// a higher one starts the producer's sequence afresh, as after Kafka's epoch bump.

import type { PartitionState } from '../world/partitionState.ts';

export const SEQ_STRIDE = 4;

export interface LastSequence {
  readonly epoch: number;
  readonly seq: number;
  readonly baseOffset: number;
  readonly count: number;
}

export function lastSequenceOf(ps: PartitionState, producer: number): LastSequence | null {
  const i = SEQ_STRIDE * producer;
  const s = ps.lastSequence;
  if (s[i + 1]! < 0) return null;
  return { epoch: s[i]!, seq: s[i + 1]!, baseOffset: s[i + 2]!, count: s[i + 3]! };
}

/** The last sequence number appended for `producer`, or -1 when it has appended nothing here. */
export function lastSequenceNumber(ps: PartitionState, producer: number): number {
  return ps.lastSequence[SEQ_STRIDE * producer + 1]!;
}

/** The epoch of the last batch `producer` appended here (meaningful when its sequence is not -1). */
export function lastSequenceEpoch(ps: PartitionState, producer: number): number {
  return ps.lastSequence[SEQ_STRIDE * producer]!;
}

/**
 * The offset at which the record with sequence `seq` of `producer`'s last batch was appended. The
 * broker's hot path reads these numbers one by one rather than through `lastSequenceOf`, which
 * would make an object per produce request.
 */
export function lastSequenceOffset(ps: PartitionState, producer: number, seq: number): number {
  const i = SEQ_STRIDE * producer;
  const s = ps.lastSequence;
  return s[i + 2]! + (seq - (s[i + 1]! - s[i + 3]! + 1));
}

/**
 * Records `producer`'s last appended batch here. The numbers come one by one rather than as an
 * object: this runs for every batch, and the object escaped V8's analysis, so it was allocated
 * every time (about 45 MB of garbage on the standard workload).
 */
export function setLastSequence(
  ps: PartitionState,
  producer: number,
  epoch: number,
  seq: number,
  baseOffset: number,
  count: number,
): void {
  const i = SEQ_STRIDE * producer;
  ps.lastSequence[i] = epoch;
  ps.lastSequence[i + 1] = seq;
  ps.lastSequence[i + 2] = baseOffset;
  ps.lastSequence[i + 3] = count;
}
