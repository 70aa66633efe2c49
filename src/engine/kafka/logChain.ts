// Operations on a replica's log as a chain of segments (see ChainSegment): find the store entry of
// an offset, extend the chain by an append, and find where a follower's log parts from the
// leader's. Chains are short (one segment per leader change), so linear scans are fine.

import type { ChainSegment } from '../world/partitionState.ts';

/** The store index holding `offset` in a log described by `chain` (the offset must be in the log). */
export function storeIndexAt(chain: readonly ChainSegment[], offset: number): number {
  for (let i = chain.length - 1; i >= 0; i--) {
    const seg = chain[i]!;
    if (seg.startOffset <= offset) return seg.storeStart + (offset - seg.startOffset);
  }
  throw new Error(`offset ${offset} is before the log's first segment`);
}

/** Records that the entry at `offset` of a log with end `leo` is store entry `storeIndex`. */
export function extendChain(chain: ChainSegment[], leo: number, storeIndex: number): void {
  const last = chain[chain.length - 1];
  if (last && last.storeStart + (leo - last.startOffset) === storeIndex) return;
  chain.push({ startOffset: leo, storeStart: storeIndex });
}

/** The chain of the first `leo` offsets of `chain`. */
export function chainPrefix(chain: readonly ChainSegment[], leo: number): ChainSegment[] {
  return chain.filter((seg, i) => i === 0 || seg.startOffset < leo);
}

/**
 * The first offset below both log ends at which the two logs hold different records, or the
 * smaller log end when one is a prefix of the other.
 */
export function divergenceOffset(
  a: readonly ChainSegment[],
  aLeo: number,
  b: readonly ChainSegment[],
  bLeo: number,
): number {
  const end = Math.min(aLeo, bLeo);
  // Logs can only part where one of them starts a segment, so only those offsets need checking.
  const starts = [...a, ...b].map((s) => s.startOffset).filter((o) => o < end);
  starts.sort((x, y) => x - y);
  for (const o of starts) {
    const ia = storeIndexAt(a, o);
    const ib = storeIndexAt(b, o);
    if (ia !== ib) {
      // Within a segment of both logs entries stay aligned, so the first difference is at `o`.
      return o;
    }
    // Equal here: check the next segment boundary in either chain.
  }
  return end;
}
