// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { renderWorkspace } from '../../testing/renderWorkspace.tsx';

afterEach(cleanup);

function inspectorRows(): Record<string, string> {
  const inspector = screen.getByTestId('inspector');
  return Object.fromEntries(
    within(inspector)
      .getAllByRole('row')
      .map((row) => [
        (row.querySelector('th')?.textContent ?? '').replace(/sandbox$/, ''),
        row.querySelector('td')?.textContent ?? '',
      ]),
  );
}

describe('InspectorPanel', () => {
  test('starts empty with a hint, and opens itself on the first pick', () => {
    const { sim } = renderWorkspace();
    act(() => void sim.runUntil(2_000));
    expect(screen.queryByTestId('inspector')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Partition orders-1, leader/ }));
    expect(screen.getByTestId('inspector')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Inspector' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  test('shows a consumer’s live state and its Kafka configuration', () => {
    const { sim } = renderWorkspace(undefined, ['logs', 'inspector']);
    act(() => void sim.runUntil(2_000));
    fireEvent.click(screen.getByRole('button', { name: 'Inspect consumer c1' }));
    const rows = inspectorRows();
    expect(rows['status']).toBe('active');
    expect(rows['assigned partitions']).toMatch(/orders-/);
    expect(rows['max.poll.records']).toBe('20');
    expect(rows['session.timeout.ms']).toBe('10000');
    expect(rows['auto.offset.reset']).toBe('earliest');
    expect(rows['partition.assignment.strategy']).toBe('range (RangeAssignor)');
  });

  test('shows a partition’s leader, watermarks, replicas and replication settings', () => {
    const { sim } = renderWorkspace(undefined, ['logs', 'inspector']);
    act(() => void sim.runUntil(7_000));
    fireEvent.click(screen.getByRole('button', { name: /^Partition orders-0, leader b1/ }));
    const rows = inspectorRows();
    expect(rows['leader']).toBe('b1');
    expect(rows['ISR']).toBe('b1, b3');
    expect(rows['replica on b2']).toMatch(/out of sync · broker down$/);
    expect(rows['replication.factor']).toBe('3');
    expect(rows['min.insync.replicas']).toBe('2');
    expect(rows['unclean.leader.election.enable']).toBe('false (default)');
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.getByTestId('inspector').textContent).toContain('Click a partition');
  });
});
