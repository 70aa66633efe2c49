// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CatalogEntry } from '../catalog/scenarioCatalog.ts';
import { sampleScenario } from '../testing/sampleScenario.ts';
import { ScenarioList } from './ScenarioList.tsx';

afterEach(cleanup);

const CATALOG: CatalogEntry[] = [
  { kind: 'valid', path: '/scenarios/a.json', scenario: sampleScenario('a') },
  {
    kind: 'invalid',
    path: '/scenarios/broken.json',
    message: 'topology.topics[0].partitions: must be at least 1 (found 0)',
  },
];

describe('ScenarioList', () => {
  test('lists valid scenarios with title, summary, modules and duration', () => {
    render(<ScenarioList catalog={CATALOG} onOpen={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Scenario a' })).toBeTruthy();
    expect(screen.getByText(/rebalance when one joins late/)).toBeTruthy();
    expect(screen.getByText('consumer-groups')).toBeTruthy();
    expect(screen.getByText(/30 s · seed 42/)).toBeTruthy();
  });

  test("shows an invalid file with its validator's message", () => {
    render(<ScenarioList catalog={CATALOG} onOpen={vi.fn()} />);
    const invalid = screen.getByTestId('invalid-scenario');
    expect(invalid.textContent).toContain('/scenarios/broken.json');
    expect(invalid.textContent).toContain(
      'topology.topics[0].partitions: must be at least 1 (found 0)',
    );
  });

  test('opens a scenario by id', () => {
    const onOpen = vi.fn();
    render(<ScenarioList catalog={CATALOG} onOpen={onOpen} />);
    fireEvent.click(screen.getByRole('button', { name: 'Scenario a' }));
    expect(onOpen).toHaveBeenCalledWith('a');
  });
});
