// @vitest-environment jsdom
// The event-time view on dataflows: the learner picks a window operator or a join, and sees the
// records of the topics that feed it, its watermark, its firings and the records it dropped.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import checkpointScenario from '../../../../scenarios/checkpoint-barriers-dag-recovery.json';
import joinScenario from '../../../../scenarios/interval-join-state-vs-watermark.json';
import skewScenario from '../../../../scenarios/keyby-shuffle-skew.json';
import type { Simulation, TraceEvent } from '../../../engine/index.ts';
import { formatScenarioErrors, parseScenario } from '../../../scenario/index.ts';
import { renderWorkspace } from '../../testing/renderWorkspace.tsx';

afterEach(cleanup);

function renderTimeline(json: unknown): Simulation {
  const result = parseScenario(json);
  if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
  return renderWorkspace(result.scenario, ['timeline']).sim;
}

const count = (kind: string): number =>
  Number(screen.getByTestId(`timeline-count-${kind}`).textContent);
const records = (): number =>
  count('on-time-record') + count('behind-record') + count('dropped-record');
const operatorList = () => screen.getByRole('combobox', { name: 'Dataflow operator' });

function ofOperator<T extends TraceEvent['type']>(sim: Simulation, type: T, operator: string) {
  return sim
    .trace()
    .filter(
      (e): e is Extract<TraceEvent, { type: T }> =>
        e.type === type && 'operator' in e && e.operator === operator,
    );
}

function appendedTo(sim: Simulation, topics: readonly string[]): number {
  return sim
    .trace()
    .filter(
      (e) =>
        e.type === 'record.appended' &&
        topics.includes(e.partition.slice(0, e.partition.lastIndexOf('-'))),
    ).length;
}

describe('TimelineView on a dataflow', () => {
  test('an interval join: both inputs as dots, its drops, its watermark and its state horizon', () => {
    const sim = renderTimeline(joinScenario);
    act(() => void sim.runUntil(40_000));
    const options = within(operatorList()).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['paid (interval join)']);
    const note = screen.getByTestId('timeline-semantics').textContent;
    expect(note).toMatch(/^Flink semantics paid in dataflow paid-orders/);
    expect(note).toMatch(/join when a\.ts ≤ b\.ts ≤ a\.ts \+ 5 s/);
    const check = (): void => {
      expect(records()).toBe(appendedTo(sim, ['orders', 'payments']));
      expect(count('dropped-record')).toBe(ofOperator(sim, 'window.late.dropped', 'paid').length);
    };
    check();
    expect(count('dropped-record')).toBeGreaterThan(0);
    expect(count('on-time') + count('late') + count('early')).toBe(0);
    const horizons = screen.getAllByTestId('timeline-horizon');
    expect(horizons).toHaveLength(1);
    expect(horizons[0]?.textContent).toMatch(/^watermark − 5 s: left records \(orders\)/);
    const watermark = ofOperator(sim, 'watermark.advanced', 'paid').at(-1)?.watermarkMs ?? -1;
    expect(screen.getByTestId('timeline-summary').textContent).toContain(
      `the watermark of paid in paid-orders is ${(watermark / 1000).toFixed(3)} s`,
    );
    act(() => void sim.seek(15_000));
    check();
    expect(screen.getByTestId('timeline-playhead').textContent).toBe('now 15.000 s');
  });

  test('a window operator: its firings by timing and its panes', () => {
    const sim = renderTimeline(checkpointScenario);
    act(() => void sim.runUntil(40_000));
    expect(
      within(operatorList())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['per5s (window)']);
    const fired = ofOperator(sim, 'window.fired', 'per5s');
    expect(fired.length).toBeGreaterThan(0);
    for (const timing of ['early', 'on-time', 'late'] as const)
      expect(count(timing)).toBe(fired.filter((e) => e.timing === timing).length);
    expect(records()).toBe(appendedTo(sim, ['meter-readings']));
    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toContain('window pane');
  });

  test('without a window or a join, every operator but the sinks can be picked', () => {
    const sim = renderTimeline(skewScenario);
    act(() => void sim.runUntil(10_000));
    const names = within(operatorList())
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toEqual(['views (source)', 'parse (map)', 'byPage (keyBy)', 'count (aggregate)']);
    fireEvent.change(operatorList(), { target: { value: 'views-per-page/count' } });
    const watermark = ofOperator(sim, 'watermark.advanced', 'count').at(-1)?.watermarkMs ?? -1;
    expect(screen.getByTestId('timeline-summary').textContent).toContain(
      `the watermark of count in views-per-page is ${(watermark / 1000).toFixed(3)} s`,
    );
    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toContain(
      'the other 3 operators',
    );
  });
});
