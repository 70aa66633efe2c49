// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { renderWorkspace } from '../../testing/renderWorkspace.tsx';
import { checkpointedDataflow, dagTestScenario } from '../dag/dagTestScenario.ts';

afterEach(cleanup);

describe('metrics for a dataflow', () => {
  test('charts the job’s sampled series with the playhead, and drops the empty group charts', () => {
    const { sim } = renderWorkspace(
      dagTestScenario(checkpointedDataflow(500), { durationMs: 10_000 }),
      ['metrics'],
    );
    act(() => void sim.runUntil(5_000));
    const group = screen.getByTestId('dataflow-metrics-df');
    expect(screen.queryByTestId('chart-Consumer-group lag')).toBeNull();
    const titles = within(group)
      .getAllByRole('figure')
      .map((f) => f.querySelector('.metric-title')?.textContent);
    expect(titles).toEqual([
      'df: throughput',
      'df: source lag',
      'df: end-to-end latency',
      'df: watermark lag',
      'df: state size',
      'df: buffer fill',
      'df: checkpoint duration',
    ]);
    // The legend shows the latest sample; the producer writes a record every 10 ms.
    const throughput = screen.getByTestId('chart-df: throughput');
    expect(throughput.querySelector('.metric-legend strong')?.textContent).toBe('100');
    const checkpoint = screen.getByTestId('chart-df: checkpoint duration');
    expect(Number(checkpoint.querySelector('.metric-legend strong')?.textContent)).toBeGreaterThan(
      0,
    );
    // The playhead sits halfway across at 5 s of 10 s.
    const playhead = throughput.querySelector('.metric-playhead');
    expect(Number(playhead?.getAttribute('x1'))).toBeCloseTo(40 + (360 - 50) / 2, 0);
    expect(throughput.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
  });
});
