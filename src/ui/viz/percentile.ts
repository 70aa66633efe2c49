// Latency percentiles by the nearest-rank method: the p-th percentile is the smallest observed
// value with at least p% of the observations at or below it. Learners read "p95 = 40 ms" as "95%
// of records took at most 40 ms", and nearest rank keeps that true with a value that really occurred.

/**
 * Returns the nearest-rank percentile `p` (0 < p <= 100) of an ascending list, or null when empty.
 *
 * @example
 * percentileOfSorted([10, 20, 30, 40], 50); // 20
 * percentileOfSorted([10, 20, 30, 40], 95); // 40
 */
export function percentileOfSorted(sortedAscending: ArrayLike<number>, p: number): number | null {
  const n = sortedAscending.length;
  if (n === 0) return null;
  // Integer maths on p×n keeps 95% of 20 at rank 19 exactly; a float product could round to 19.000001.
  const rank = Math.max(1, Math.ceil((Math.round(p * 1000) * n) / 100_000));
  return sortedAscending[Math.min(n, rank) - 1] ?? null;
}

export interface LatencyPercentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly count: number;
}

/**
 * Sorts a copy of `values` and returns p50, p95 and p99, or null when there are none.
 *
 * @example
 * latencyPercentiles([5, 1, 3]); // { p50: 3, p95: 5, p99: 5, count: 3 }
 */
export function latencyPercentiles(values: ArrayLike<number>): LatencyPercentiles | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return {
    p50: percentileOfSorted(sorted, 50) ?? 0,
    p95: percentileOfSorted(sorted, 95) ?? 0,
    p99: percentileOfSorted(sorted, 99) ?? 0,
    count: sorted.length,
  };
}
