// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createFakeSimulation } from '../../player/testing/createFakeSimulation.ts';
import { SAMPLE_WORLD } from '../testing/sampleWorld.ts';
import { FaultPanel } from './FaultPanel.tsx';

afterEach(cleanup);

function renderPanel(canApply = true) {
  const onApply = vi.fn();
  const onClose = vi.fn();
  const sim = createFakeSimulation({ events: [], view: () => SAMPLE_WORLD });
  render(<FaultPanel sim={sim} canApply={canApply} onApply={onApply} onClose={onClose} />);
  return { onApply, onClose };
}

describe('FaultPanel', () => {
  test('each action applies its intervention, and only what the state allows is enabled', () => {
    const { onApply } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Crash consumer c1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Leave consumer c2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Crash broker b1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Stop producer p1' }));
    fireEvent.change(screen.getByLabelText('Acks to drop'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Drop next 5 acks broker b1' }));
    expect(onApply.mock.calls.map(([command]: unknown[]) => command)).toEqual([
      { type: 'consumer.crash', target: 'c1' },
      { type: 'consumer.leave', target: 'c2' },
      { type: 'broker.crash', target: 'b1' },
      { type: 'producer.stop', target: 'p1' },
      { type: 'broker.dropAcks', target: 'b1', count: 5 },
    ]);
    for (const name of [
      'Restart consumer c1',
      'Join consumer c1',
      'Restart broker b1',
      'Start producer p1',
    ]) {
      expect(screen.getByRole('button', { name })).toHaveProperty('disabled', true);
    }
  });

  test('after the end nothing can be applied, and Esc closes the panel', () => {
    const { onApply, onClose } = renderPanel(false);
    expect(screen.getByText(/The run has ended/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Crash consumer c1' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.keyDown(screen.getByTestId('fault-panel'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
    expect(onApply).not.toHaveBeenCalled();
  });
});
