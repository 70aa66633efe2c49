// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import graceScenario from '../../../../scenarios/grace-period-vs-allowed-lateness.json';
import lateScenario from '../../../../scenarios/late-events-allowed-lateness.json';
import { createSimulation, type Simulation, type TraceEvent } from '../../../engine/index.ts';
import {
  createManualTickSource,
  createPlayerController,
  createPlayerStore,
} from '../../../player/index.ts';
import {
  formatScenarioErrors,
  parseHighlight,
  parseScenario,
  type Highlight,
} from '../../../scenario/index.ts';
import type { ScenarioSummary } from '../../catalog/scenarioCatalog.ts';
import { PlayerWorkspace } from '../../components/PlayerWorkspace.tsx';
import { createLessonStore, type LessonStore } from '../../lesson/lessonStore.ts';
import { LessonStoreContext } from '../../lesson/LessonStoreContext.ts';

afterEach(cleanup);

function parsed(json: unknown): ScenarioSummary {
  const result = parseScenario(json);
  if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
  return result.scenario;
}

function renderTimeline(json: unknown, lesson: LessonStore | null = null): Simulation {
  const scenario = parsed(json);
  const sim = createSimulation(scenario);
  const store = createPlayerStore();
  const controller = createPlayerController({
    sim,
    durationMs: scenario.durationMs,
    tickSource: createManualTickSource(),
    store,
  });
  const workspace = (
    <PlayerWorkspace
      session={{ sim, controller }}
      store={store}
      scenario={{ ...scenario, views: ['timeline', 'logs'] }}
    />
  );
  render(
    lesson === null ? (
      workspace
    ) : (
      <LessonStoreContext value={lesson}>{workspace}</LessonStoreContext>
    ),
  );
  return sim;
}

function count(kind: string): number {
  return Number(screen.getByTestId(`timeline-count-${kind}`).textContent);
}

function ofType<T extends TraceEvent['type']>(sim: Simulation, type: T) {
  return sim.trace().filter((e): e is Extract<TraceEvent, { type: T }> => e.type === type);
}

describe('TimelineView', () => {
  test('counts what the trace says the job read, fired and dropped, and follows a seek back', () => {
    const sim = renderTimeline(lateScenario);
    act(() => void sim.runUntil(60_000));
    const check = (): void => {
      const records = ofType(sim, 'record.appended').filter((e) =>
        e.partition.startsWith('clicks-'),
      );
      const fired = ofType(sim, 'window.fired');
      expect(count('dropped-record')).toBe(ofType(sim, 'window.late.dropped').length);
      expect(count('on-time-record') + count('behind-record') + count('dropped-record')).toBe(
        records.length,
      );
      expect(count('on-time')).toBe(fired.filter((e) => e.timing === 'on-time').length);
      expect(count('late')).toBe(fired.filter((e) => e.timing === 'late').length);
    };
    check();
    expect(count('dropped-record')).toBeGreaterThan(0);
    expect(count('late')).toBeGreaterThan(0);
    act(() => void sim.seek(22_000));
    check();
    expect(screen.getByTestId('timeline-playhead').textContent).toBe('now 22.000 s');
    expect(screen.getByTestId('timeline-watermark').getAttribute('d')).toMatch(/^M/);
  });

  test('says which semantics each job follows, with its numbers', () => {
    const sim = renderTimeline(graceScenario);
    act(() => void sim.runUntil(10_000));
    const note = () => screen.getByTestId('timeline-semantics').textContent;
    const jobs = screen.getByRole('group', { name: 'Stream job' });
    const buttons = within(jobs).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'streams-views (Kafka Streams)',
      'flink-views (Flink)',
    ]);
    expect(note()).toMatch(/^Kafka Streams semantics/);
    expect(note()).toMatch(/stream time = the largest timestamp/);
    fireEvent.click(buttons[1] as HTMLElement);
    expect(note()).toMatch(/^Flink semantics/);
    expect(note()).toMatch(/allowed lateness/);
    expect(screen.getByTestId('timeline-summary').textContent).toMatch(
      /the watermark of flink-views/,
    );
  });

  test('outlines the windows the narration names and marks narrated entities in the logs', () => {
    const lesson = createLessonStore([]);
    const sim = renderTimeline(lateScenario, lesson);
    act(() => void sim.runUntil(25_000));
    expect(screen.getByTestId('timeline-narrated').querySelectorAll('rect')).toHaveLength(0);
    const highlights = ['window [10000,20000)', 'partition clicks-0'];
    act(() =>
      lesson.setState({
        highlights,
        parsedHighlights: highlights.map((text) => parseHighlight(text) as Highlight),
      }),
    );
    expect(screen.getByTestId('timeline-narrated').textContent).toBe('[10.000 s, 20.000 s)');
    const label = screen.getByRole('button', { name: /^Partition clicks-0/ });
    expect(label.getAttribute('data-narrated')).toBe('true');
    expect(label.getAttribute('aria-label')).toMatch(/named in the narration/);
  });
});
