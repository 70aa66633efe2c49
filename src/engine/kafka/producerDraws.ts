// The random choices a producer makes for each record: which key it carries and how long until
// the next one. Both draw only from the producer's own stream.

import type { RngState } from '../core/prng.ts';
import { chance, exponentialInt, uniformInt, zipfDraw } from '../core/randomDraws.ts';
import type { KeyModel, RateModel } from '../model/kafkaSpecs.ts';
import { toMicros } from '../world/staticIndex.ts';

/** Index of the key for the next record, or -1 for a null key. */
export function chooseKeyIndex(rng: RngState, keys: KeyModel, zipf: Float64Array | null): number {
  switch (keys.kind) {
    case 'null':
      return -1;
    case 'uniform':
      return uniformInt(rng, keys.count);
    case 'zipf':
      return zipfDraw(rng, zipf!);
    case 'hot':
      // Key k0 is the hot key; the rest share what is left uniformly.
      if (keys.count === 1 || chance(rng, keys.hotSharePercent, 100)) return 0;
      return 1 + uniformInt(rng, keys.count - 1);
  }
}

/**
 * Microseconds until the next record. `sinceStartMs` places bursts: a burst producer sends every
 * `intervalMs` during `onMs`, then is silent for `offMs`.
 */
export function nextGapUs(rng: RngState, rate: RateModel, sinceStartMs: number): number {
  switch (rate.kind) {
    case 'constant':
      return toMicros(rate.intervalMs);
    case 'poisson':
      return exponentialInt(rng, toMicros(rate.meanIntervalMs));
    case 'bursts': {
      const cycle = rate.onMs + rate.offMs;
      const gap = toMicros(rate.intervalMs);
      const phaseUs = toMicros(sinceStartMs % cycle) + gap;
      // When the next send would fall into the silent part, wait for the next burst instead.
      return phaseUs < toMicros(rate.onMs) ? gap : toMicros(cycle) - toMicros(sinceStartMs % cycle);
    }
    case 'scripted':
      return 0;
  }
}
