import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { partitionForKey } from './partitionForKey.ts';

// Each expected partition is derived by hand from a hash in Kafka's UtilsTest.testMurmur2 with
// Kafka's documented rule, toPositive(hash) % partitionCount, where toPositive(h) = h & 0x7fffffff.
// For example 'foobar' hashes to -790332482, toPositive gives 1357151166, and 1357151166 % 10 = 6.
const CASES: ReadonlyArray<readonly [string, number, number]> = [
  ['21', 10, 0],
  ['21', 100, 40],
  ['foobar', 3, 0],
  ['foobar', 10, 6],
  ['foobar', 100, 66],
  ['a-little-bit-long-string', 12, 8],
  ['a-little-bit-longer-string', 6, 5],
  ['a-little-bit-longer-string', 10, 9],
  ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', 100, 77],
  ['abc', 6, 3],
  ['abc', 10, 7],
];

describe('partitionForKey', () => {
  it.each(CASES)('routes key %j on %d partitions to partition %d', (key, count, expected) => {
    expect(partitionForKey(key, count)).toBe(expected);
  });

  it('rejects partition counts that are not positive integers', () => {
    expect(() => partitionForKey('k', 0)).toThrow(RangeError);
    expect(() => partitionForKey('k', -3)).toThrow(RangeError);
    expect(() => partitionForKey('k', 2.5)).toThrow(RangeError);
  });

  it('always lands inside [0, partitionCount)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1000 }), (key, count) => {
        const p = partitionForKey(key, count);
        expect(Number.isInteger(p)).toBe(true);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThan(count);
      }),
    );
  });
});
