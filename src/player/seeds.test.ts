import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nextSeed, parseSeed, SEED_MAX } from './seeds.ts';

describe('parseSeed', () => {
  test('accepts whole numbers from 0 to 2^32 - 1, trimmed', () => {
    expect(parseSeed(' 42 ')).toEqual({ ok: true, seed: 42 });
    expect(parseSeed('0')).toEqual({ ok: true, seed: 0 });
    expect(parseSeed(String(SEED_MAX))).toEqual({ ok: true, seed: SEED_MAX });
  });

  test('explains what is wrong with anything else', () => {
    expect(parseSeed('')).toMatchObject({ ok: false, message: /Enter a seed/ });
    expect(parseSeed('-1')).toMatchObject({ ok: false, message: /"-1" is not/ });
    expect(parseSeed('1.5')).toMatchObject({ ok: false, message: /"1.5" is not/ });
    expect(parseSeed('1e3')).toMatchObject({ ok: false });
    expect(parseSeed('4294967296')).toMatchObject({ ok: false, message: /too large/ });
  });
});

describe('nextSeed', () => {
  test('is a fixed uint32 hash that moves', () => {
    expect(nextSeed(1)).toBe(nextSeed(1));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SEED_MAX }), (seed) => {
        const next = nextSeed(seed);
        return Number.isInteger(next) && next >= 0 && next <= SEED_MAX && next !== seed;
      }),
    );
  });
});
