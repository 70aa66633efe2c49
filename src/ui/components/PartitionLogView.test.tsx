// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { SAMPLE_WORLD } from '../testing/sampleWorld.ts';
import { GroupPanel } from './GroupPanel.tsx';
import { PartitionLogView } from './PartitionLogView.tsx';

afterEach(cleanup);

describe('PartitionLogView', () => {
  test('draws one strip per partition with its records', () => {
    render(<PartitionLogView world={SAMPLE_WORLD} />);
    const strip = screen.getByRole('group', { name: 'Partition orders-0' });
    expect(within(strip).getAllByTestId('record-cell')).toHaveLength(6);
    // The long log shows only its latest window of offsets.
    const longStrip = screen.getByRole('group', { name: 'Partition orders-1' });
    expect(within(longStrip).getAllByTestId('record-cell')).toHaveLength(39);
  });

  test('labels log boundaries, consumer positions, committed offsets and lag', () => {
    render(<PartitionLogView world={SAMPLE_WORLD} />);
    expect(screen.getAllByLabelText(/log start offset/)).toHaveLength(2);
    const strip = screen.getByRole('group', { name: 'Partition orders-0' });
    // Each marker sits on its own partition's strip at the offset its label names.
    expect(within(strip).getByLabelText('log end offset 6').getAttribute('data-offset')).toBe('6');
    const position = within(strip).getByLabelText('consumer c1 position 4 on orders-0');
    expect([position.getAttribute('data-offset'), position.textContent]).toEqual(['4', 'c1 @4']);
    const committed = within(strip).getByLabelText('group g1 committed offset 3 on orders-0');
    expect(committed.getAttribute('data-offset')).toBe('3');
    // c2 lags behind the window, so its marker is pinned left with an arrow.
    const longStrip = screen.getByRole('group', { name: 'Partition orders-1' });
    const pinned = within(longStrip).getByText('◀ c2 @30').closest('g');
    expect(pinned?.getAttribute('data-offset')).toBe('30');
    expect(screen.getAllByTestId('lag-label').map((label) => label.textContent)).toEqual([
      'lag 3',
      'lag 75',
    ]);
  });
});

describe('GroupPanel', () => {
  test('shows coordinator state, generation, assignment and lag', () => {
    render(<GroupPanel world={SAMPLE_WORLD} />);
    const card = screen.getByRole('article', { name: 'Group g1' });
    expect(within(card).getByTestId('group-state').textContent).toBe('Stable');
    expect(card.textContent).toContain('generation 2');
    expect(card.textContent).toContain('orders-1');
    const row = within(card).getByRole('row', { name: /orders-1/ });
    // The partition heads its row; committed offset and lag follow.
    expect(within(row).getByRole('rowheader').textContent).toBe('orders-1');
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['25', '75']);
  });
});
