// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { renderWorkspace } from '../../testing/renderWorkspace.tsx';

afterEach(cleanup);

function rows() {
  return screen.getAllByTestId('trace-row');
}

describe('TraceTable', () => {
  test('shows the newest events first in a window of rows, and oldest first on request', () => {
    const { sim } = renderWorkspace();
    act(() => void sim.runUntil(3_000));
    const total = sim.traceLength();
    expect(screen.getByTestId('trace-lines').getAttribute('data-total-count')).toBe(String(total));
    // Windowed: far fewer rows than events.
    expect(rows().length).toBeLessThan(40);
    expect(rows()[0]?.getAttribute('data-at-ms')).toBe(
      String(sim.traceSlice(total - 1, total)[0]?.atMs),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Newest first' }));
    expect(rows()[0]?.textContent).toContain('sim.started');
  });

  test('filters by event type group and by entity text', () => {
    const { sim } = renderWorkspace();
    act(() => void sim.runUntil(3_000));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Producing' }));
    expect(rows().every((row) => !/batch\.|record\.appended/.test(row.textContent ?? ''))).toBe(
      true,
    );
    fireEvent.change(screen.getByRole('searchbox', { name: 'Entity' }), {
      target: { value: 'C2' },
    });
    const shown = rows();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((row) => row.textContent?.includes('c2'))).toBe(true);
    expect(screen.getByTestId('trace-count').textContent).toMatch(/^\(\d+ of \d+ events\)$/);
    // A single type can be hidden from inside its group.
    fireEvent.click(screen.getByRole('checkbox', { name: 'consumer.fetched' }));
    expect(rows().some((row) => row.textContent?.includes('consumer.fetched'))).toBe(false);
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', { name: 'Consuming' }).indeterminate,
    ).toBe(true);
  });

  test('a row click seeks to just after the event and highlights its entity everywhere', () => {
    const { sim, sent, store } = renderWorkspace(undefined, ['logs', 'trace', 'inspector']);
    act(() => void sim.runUntil(3_000));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Entity' }), {
      target: { value: 'c1' },
    });
    const row = rows().find((r) => r.textContent?.includes('consumer.fetched'));
    expect(row).toBeDefined();
    const atMs = Number(row?.getAttribute('data-at-ms'));
    act(() => void fireEvent.click(row!));
    expect(sent.at(-1)).toEqual({ type: 'SEEK', tMs: atMs + 1 });
    expect(store.getState().nowMs).toBe(atMs + 1);
    expect(sim.nowMs()).toBe(atMs + 1);
    // The inspector shows the consumer, its marker in the logs is pressed, and the row is current.
    const inspector = screen.getByTestId('inspector');
    expect(within(inspector).getByRole('heading').textContent).toContain('consumer c1');
    const marker = screen.getAllByLabelText(/^consumer c1 position/)[0];
    expect(marker?.getAttribute('aria-pressed')).toBe('true');
    expect(
      screen.getAllByTestId('trace-row').some((r) => r.getAttribute('aria-current') === 'true'),
    ).toBe(true);
  });
});
