// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CatalogEntry, ScenarioSummary } from '../catalog/scenarioCatalog.ts';
import { sampleScenario } from '../testing/sampleScenario.ts';
import { ScenarioList } from './ScenarioList.tsx';

afterEach(cleanup);

function scenario(
  id: string,
  title: string,
  modules: string[],
  concepts: string[],
): ScenarioSummary {
  return { ...sampleScenario(id), title, modules, concepts, system: 'kafka' };
}

const CATALOG: CatalogEntry[] = [
  { kind: 'valid', path: '/scenarios/a.json', scenario: sampleScenario('a') },
  {
    kind: 'valid',
    path: '/scenarios/core.json',
    scenario: scenario('core', 'The core loop', ['M01'], ['events', 'offsets']),
  },
  {
    kind: 'valid',
    path: '/scenarios/rebalance.json',
    scenario: scenario('rebalance', 'Eager rebalancing', ['M15'], ['rebalance']),
  },
  {
    kind: 'valid',
    path: '/scenarios/replay.json',
    scenario: scenario('replay', 'Replay after a fix', ['M12'], ['offsets', 'replay']),
  },
  {
    kind: 'invalid',
    path: '/scenarios/broken.json',
    message: 'topology.topics[0].partitions: must be at least 1 (found 0)',
  },
];

const cardIds = (): string[] =>
  screen.getAllByTestId('scenario-card').map((card) => card.getAttribute('data-scenario-id') ?? '');

describe('the gallery', () => {
  test('groups scenarios by the course ladder, in course order', () => {
    render(<ScenarioList catalog={CATALOG} onOpen={vi.fn()} />);
    const sections = screen.getAllByTestId('gallery-section');
    expect(sections.map((s) => s.getAttribute('data-group'))).toEqual([
      'foundations',
      'step-1',
      'step-2',
      'other',
    ]);
    expect(within(sections[1] as HTMLElement).getByText('Replay after a fix')).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: /^Step 2\b.*the distributed log as a platform/ }),
    ).toBeTruthy();
  });

  test('shows title, summary, system, duration and modules with their titles', () => {
    render(<ScenarioList catalog={CATALOG} onOpen={vi.fn()} />);
    const card = screen.getByRole('listitem', { name: 'Eager rebalancing' });
    expect(card.textContent).toContain('rebalance when one joins late');
    expect(card.textContent).toContain('Kafka');
    expect(card.textContent).toContain('30 s');
    const moduleTag = within(card).getByText('M15');
    expect(moduleTag.getAttribute('title')).toBe('M15 Consumer Groups and Parallelism');
    expect(moduleTag.textContent).toContain('Consumer Groups and Parallelism');
  });

  test('searches titles, summaries and concepts', () => {
    render(<ScenarioList catalog={CATALOG} onOpen={vi.fn()} />);
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(search, { target: { value: 'REPLAY' } });
    expect(cardIds()).toEqual(['replay']);
    fireEvent.change(search, { target: { value: 'offsets' } });
    expect(cardIds()).toEqual(['core', 'replay']);
    expect(screen.getByTestId('gallery-count').textContent).toBe('Showing 2 of 4 scenarios');
    fireEvent.change(search, { target: { value: 'nothing like this' } });
    expect(screen.queryAllByTestId('scenario-card')).toHaveLength(0);
    expect(screen.getByText(/No scenario matches/)).toBeTruthy();
  });

  test('filters by module and by concept, and clears the filters', () => {
    render(<ScenarioList catalog={CATALOG} onOpen={vi.fn()} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Module' }), {
      target: { value: 'M12' },
    });
    expect(cardIds()).toEqual(['replay']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Module' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Concept' }), {
      target: { value: 'rebalance' },
    });
    expect(cardIds()).toEqual(['rebalance']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(cardIds()).toHaveLength(4);
  });

  test("still lists an invalid file with its validator's message", () => {
    render(<ScenarioList catalog={CATALOG} onOpen={vi.fn()} />);
    const invalid = screen.getByTestId('invalid-scenario');
    expect(invalid.textContent).toContain('/scenarios/broken.json');
    expect(invalid.textContent).toContain(
      'topology.topics[0].partitions: must be at least 1 (found 0)',
    );
  });

  test('opens a scenario with its title button, and the ladder moves focus to a step', () => {
    const onOpen = vi.fn();
    render(<ScenarioList catalog={CATALOG} onOpen={onOpen} />);
    fireEvent.click(screen.getByRole('button', { name: 'Scenario a' }));
    expect(onOpen).toHaveBeenCalledWith('a');
    const ladder = screen.getByRole('navigation', { name: 'Course ladder' });
    expect(
      within(ladder)
        .getByRole('button', { name: /Step 3/ })
        .hasAttribute('disabled'),
    ).toBe(true);
    fireEvent.click(within(ladder).getByRole('button', { name: /Step 2/ }));
    expect(document.activeElement?.id).toBe('gallery-step-2');
  });
});
