// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { renderWorkspace } from '../testing/renderWorkspace.tsx';

afterEach(cleanup);
// jsdom has no canvas; the topology's dot layer simply draws nothing.
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

describe('panel toggles', () => {
  test('open logs, trace and metrics when the scenario names no views', () => {
    renderWorkspace();
    expect(pressed('Partition logs')).toBe('true');
    expect(pressed('Trace')).toBe('true');
    expect(pressed('Metrics')).toBe('true');
    expect(pressed('Flow topology')).toBe('false');
    expect(screen.getByRole('heading', { name: 'Metrics' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Flow topology' })).toBeNull();
  });

  test('open the scenario’s views, and show or hide a panel per button', () => {
    renderWorkspace(undefined, ['topology', 'timeline']);
    expect(screen.getByRole('heading', { name: 'Flow topology' })).toBeTruthy();
    expect(screen.getByTestId('timeline-no-jobs').textContent).toContain(
      'This scenario has no stream job',
    );
    expect(screen.queryByRole('heading', { name: 'Partition logs' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Partition logs' }));
    expect(pressed('Partition logs')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Partition logs' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Flow topology' }));
    expect(screen.queryByRole('heading', { name: 'Flow topology' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dataflow graph' }));
    expect(screen.getByTestId('placeholder-dag')).toBeTruthy();
  });
});
