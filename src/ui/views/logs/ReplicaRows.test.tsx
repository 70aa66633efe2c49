// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { renderWorkspace } from '../../testing/renderWorkspace.tsx';

afterEach(cleanup);

function replicaRows(partition: string) {
  const strip = screen.getByRole('group', { name: `Partition ${partition}` });
  return within(strip)
    .getAllByTestId('replica-row')
    .map((row) => ({
      broker: row.getAttribute('data-broker'),
      leader: row.getAttribute('data-leader'),
      inSync: row.getAttribute('data-in-sync'),
      up: row.getAttribute('data-broker-up'),
      text: row.querySelector('.replica-status')?.textContent,
    }));
}

describe('replicated partition strips', () => {
  test('show each replica: leader, ISR membership, and a broker that is down', () => {
    const { sim } = renderWorkspace(undefined, ['logs']);
    act(() => void sim.runUntil(3_000));
    expect(replicaRows('orders-0').map((r) => r.text)).toEqual([
      'leader · ISR',
      'in sync',
      'in sync',
    ]);
    // b2 crashed at 4 s; by 7 s it has left every ISR and orders-1 has a new leader.
    act(() => void sim.runUntil(7_000));
    expect(replicaRows('orders-0')).toEqual([
      { broker: 'b1', leader: 'true', inSync: 'true', up: 'true', text: 'leader · ISR' },
      { broker: 'b2', leader: 'false', inSync: 'false', up: 'false', text: '✕ broker down' },
      { broker: 'b3', leader: 'false', inSync: 'true', up: 'true', text: 'in sync' },
    ]);
    const orders1 = screen.getByRole('group', { name: 'Partition orders-1' });
    expect(within(orders1).getByTestId('partition-leader').textContent).toBe('leader b3');
    expect(within(orders1).getByText('epoch 1')).toBeTruthy();
    const chips = screen
      .getAllByTestId('broker-chip')
      .map((chip) => chip.getAttribute('data-status'));
    expect(chips).toEqual(['up', 'down', 'up']);
  });

  test('mark the high watermark, and fade records above it', () => {
    const { sim } = renderWorkspace(undefined, ['logs']);
    act(() => void sim.runUntil(5_000));
    const partition = sim.getState().partitions[0]!;
    const strip = screen.getByRole('group', { name: `Partition ${partition.id}` });
    const hw = within(strip).getByTestId('high-watermark-marker');
    expect(hw.getAttribute('data-offset')).toBe(String(partition.highWatermark));
    const faded = within(strip)
      .getAllByTestId('record-cell')
      .filter((cell) => cell.getAttribute('class')?.includes('above-hw'))
      .map((cell) => Number(cell.getAttribute('data-offset')));
    expect(faded.every((offset) => offset >= partition.highWatermark)).toBe(true);
  });
});
