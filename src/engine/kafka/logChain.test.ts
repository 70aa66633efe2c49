import { describe, expect, it } from 'vitest';
import { chainPrefix, divergenceOffset, extendChain, storeIndexAt } from './logChain.ts';
import type { ChainSegment } from '../world/partitionState.ts';

describe('log chains', () => {
  it('maps offsets to store entries across segments', () => {
    const chain: ChainSegment[] = [
      { startOffset: 0, storeStart: 0 },
      { startOffset: 5, storeStart: 9 },
    ];
    expect(storeIndexAt(chain, 4)).toBe(4);
    expect(storeIndexAt(chain, 5)).toBe(9);
    expect(storeIndexAt(chain, 7)).toBe(11);
  });

  it('extends the last segment while appends are contiguous in the store', () => {
    const chain: ChainSegment[] = [{ startOffset: 0, storeStart: 0 }];
    extendChain(chain, 3, 3);
    expect(chain).toEqual([{ startOffset: 0, storeStart: 0 }]);
    extendChain(chain, 4, 10);
    expect(chain).toEqual([
      { startOffset: 0, storeStart: 0 },
      { startOffset: 4, storeStart: 10 },
    ]);
  });

  it('finds where an old leader parted from the new one', () => {
    // The old leader wrote offsets 0..7 as store 0..7; the new leader had 0..4 and then wrote
    // its own records from offset 5 as store 8 onwards.
    const oldLeader: ChainSegment[] = [{ startOffset: 0, storeStart: 0 }];
    const newLeader: ChainSegment[] = [
      { startOffset: 0, storeStart: 0 },
      { startOffset: 5, storeStart: 8 },
    ];
    expect(divergenceOffset(oldLeader, 8, newLeader, 7)).toBe(5);
    expect(divergenceOffset(oldLeader, 4, newLeader, 7)).toBe(4);
    expect(divergenceOffset(newLeader, 7, newLeader, 6)).toBe(6);
    expect(chainPrefix(newLeader, 5)).toEqual([{ startOffset: 0, storeStart: 0 }]);
    expect(chainPrefix(newLeader, 6)).toEqual(newLeader);
  });
});
