// Distributions drawn from an entity's stream with integer arithmetic only. The exponential and
// Zipf draws use tables computed once from fixed inputs and rounded to integers, so they do not
// depend on the last bit of a platform's Math.log or Math.pow at draw time.

import { nextUint32, type RngState } from './prng.ts';

const TWO_POW_32 = 4294967296;

/**
 * The last `n` uniformInt saw and its rejection limit. Computing 2^32 mod n is a floating-point
 * remainder, the slowest step of a draw, and runs of draws mostly share one n (a key count).
 */
let memoN = 0;
let memoLimit = 0;

/** A uniform integer in [0, n), without modulo bias; n must be a positive integer ≤ 2^32. */
export function uniformInt(s: RngState, n: number): number {
  if (n !== memoN) {
    memoN = n;
    memoLimit = TWO_POW_32 - (TWO_POW_32 % n);
  }
  const limit = memoLimit;
  for (;;) {
    const x = nextUint32(s);
    if (x < limit) return x % n;
  }
}

const TWO_POW_53 = 9007199254740992;

/** A uniform integer in [0, n) for n up to 2^53, from two 32-bit draws. */
export function uniformIntLarge(s: RngState, n: number): number {
  if (n <= TWO_POW_32) return uniformInt(s, n);
  const limit = TWO_POW_53 - (TWO_POW_53 % n);
  for (;;) {
    const x = (nextUint32(s) >>> 11) * TWO_POW_32 + nextUint32(s);
    if (x < limit) return x % n;
  }
}

/** True with probability numerator/denominator, both integers. */
export function chance(s: RngState, numerator: number, denominator: number): boolean {
  return uniformInt(s, denominator) < numerator;
}

const QUANTILE_BITS = 12;
const QUANTILES = 1 << QUANTILE_BITS;
const FIXED_ONE = 65536;

/**
 * Quantiles of the unit exponential in 16.16 fixed point: entry j is -ln(1 - j/4096). The last
 * entry caps the tail at -ln(1/8192), about 9 times the mean, which no lesson needs to exceed.
 */
const EXP_QUANTILES: Int32Array = (() => {
  const table = new Int32Array(QUANTILES + 1);
  for (let j = 0; j < QUANTILES; j++)
    table[j] = Math.round(-Math.log(1 - j / QUANTILES) * FIXED_ONE);
  table[QUANTILES] = Math.round(Math.log(2 * QUANTILES) * FIXED_ONE);
  return table;
})();

/** An exponential draw with the given integer mean, as an integer (same unit as the mean). */
export function exponentialInt(s: RngState, mean: number): number {
  const x = nextUint32(s);
  const index = x >>> (32 - QUANTILE_BITS);
  const fraction = x & ((1 << (32 - QUANTILE_BITS)) - 1);
  const lo = EXP_QUANTILES[index]!;
  const hi = EXP_QUANTILES[index + 1]!;
  // Linear interpolation between neighbouring quantiles, exact in doubles (all below 2^53).
  const fixed = lo + Math.floor(((hi - lo) * fraction) / (1 << (32 - QUANTILE_BITS)));
  return Math.floor((fixed * mean) / FIXED_ONE);
}

/** Cumulative integer weights of Zipf(count, exponent): weight of rank k is 2^24 / (k+1)^s. */
export function zipfTable(count: number, exponent: number): Float64Array {
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let k = 0; k < count; k++) {
    total += Math.max(1, Math.round(16777216 / Math.pow(k + 1, exponent)));
    cumulative[k] = total;
  }
  return cumulative;
}

/** A rank in [0, count) drawn from a table made by `zipfTable`. */
export function zipfDraw(s: RngState, cumulative: Float64Array): number {
  const total = cumulative[cumulative.length - 1]!;
  const target = uniformIntLarge(s, total);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
