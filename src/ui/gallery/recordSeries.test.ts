import { describe, expect, test } from 'vitest';
import { createSimulation } from '../../engine/index.ts';
import { guidedFixture } from '../lesson/testing/guidedFixture.ts';
import { recordTotal, startRecordSeries } from './recordSeries.ts';

function finish(job: ReturnType<typeof startRecordSeries>) {
  let steps = 0;
  while (job.step()) steps += 1;
  return { steps, series: job.result() };
}

describe('startRecordSeries', () => {
  test('counts the records appended in each bucket over the whole run', () => {
    const scenario = guidedFixture();
    const { series } = finish(startRecordSeries(scenario, createSimulation, { buckets: 10 }));
    expect(series.counts).toHaveLength(10);
    expect(series.bucketMs).toBe(500);
    expect(series.spanMs).toBe(5000);
    expect(series.complete).toBe(true);
    expect(recordTotal(series)).toBe(30);
    // The producer writes every 100 ms until 3 s, then stops.
    expect(series.counts.slice(6)).toEqual([0, 0, 0, 0]);
  });

  test('stops at the step cap and says the series is cut short', () => {
    const scenario = guidedFixture();
    const { series } = finish(startRecordSeries(scenario, createSimulation, { stepsMax: 20 }));
    expect(series.complete).toBe(false);
    expect(series.spanMs).toBeLessThan(scenario.durationMs);
  });
});
