import { describe, expect, it } from 'vitest';
import { createStream, nextUint32 } from './prng.ts';
import {
  chance,
  exponentialInt,
  uniformInt,
  uniformIntLarge,
  zipfDraw,
  zipfTable,
} from './randomDraws.ts';

function draws(seed: number, name: string, n: number): number[] {
  const s = createStream(seed, name);
  return Array.from({ length: n }, () => nextUint32(s));
}

describe('prng streams', () => {
  it('repeats exactly for the same seed and entity', () => {
    expect(draws(42, 'producer:p1', 50)).toEqual(draws(42, 'producer:p1', 50));
  });

  it('differs between entities and between seeds', () => {
    expect(draws(42, 'producer:p1', 8)).not.toEqual(draws(42, 'producer:p2', 8));
    expect(draws(42, 'producer:p1', 8)).not.toEqual(draws(43, 'producer:p1', 8));
  });

  it('returns unsigned 32-bit integers that spread over the range', () => {
    const xs = draws(7, 'x', 4000);
    expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x < 2 ** 32)).toBe(true);
    const high = xs.filter((x) => x >= 2 ** 31).length;
    expect(high).toBeGreaterThan(1800);
    expect(high).toBeLessThan(2200);
  });
});

describe('random draws', () => {
  it('uniformInt stays in range and hits every value', () => {
    const s = createStream(1, 'u');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = uniformInt(s, 7);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(7);
      seen.add(x);
    }
    expect(seen.size).toBe(7);
  });

  it('uniformIntLarge handles ranges above 2^32', () => {
    const s = createStream(1, 'big');
    for (let i = 0; i < 200; i++) {
      const x = uniformIntLarge(s, 3e12);
      expect(Number.isInteger(x) && x >= 0 && x < 3e12).toBe(true);
    }
  });

  it('chance follows its integer ratio', () => {
    const s = createStream(5, 'c');
    let hits = 0;
    for (let i = 0; i < 10000; i++) if (chance(s, 1, 4)) hits++;
    expect(hits).toBeGreaterThan(2300);
    expect(hits).toBeLessThan(2700);
  });

  it('exponentialInt has the requested mean and only integer values', () => {
    const s = createStream(9, 'e');
    let sum = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const x = exponentialInt(s, 2000);
      expect(Number.isInteger(x) && x >= 0).toBe(true);
      sum += x;
    }
    expect(sum / n).toBeGreaterThan(1900);
    expect(sum / n).toBeLessThan(2100);
  });

  it('zipf favours low ranks in the order of the exponent', () => {
    const s = createStream(3, 'z');
    const table = zipfTable(10, 1);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 20000; i++) counts[zipfDraw(s, table)]!++;
    // With exponent 1, rank 0 is drawn about twice as often as rank 1.
    expect(counts[0]! / counts[1]!).toBeGreaterThan(1.8);
    expect(counts[0]! / counts[1]!).toBeLessThan(2.2);
    expect(counts[9]!).toBeGreaterThan(0);
  });
});
