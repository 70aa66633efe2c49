// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PlayerControls } from './PlayerControls.tsx';
import { Scrubber } from './Scrubber.tsx';
import { SpeedControl } from './SpeedControl.tsx';

afterEach(cleanup);

describe('PlayerControls', () => {
  test('each button dispatches its command', () => {
    const onCommand = vi.fn();
    render(<PlayerControls status="paused" onCommand={onCommand} />);
    fireEvent.click(screen.getByRole('button', { name: /play/i }));
    fireEvent.click(screen.getByRole('button', { name: /^step$/i }));
    fireEvent.click(screen.getByRole('button', { name: /step back/i }));
    fireEvent.click(screen.getByRole('button', { name: /restart/i }));
    fireEvent.click(screen.getByRole('button', { name: /next key event/i }));
    expect(onCommand.mock.calls.map(([command]: unknown[]) => command)).toEqual([
      { type: 'PLAY' },
      { type: 'STEP_FORWARD' },
      { type: 'STEP_BACK' },
      { type: 'RESTART' },
      { type: 'STEP_TO_INTERESTING' },
    ]);
  });

  test('the play button pauses while playing', () => {
    const onCommand = vi.fn();
    render(<PlayerControls status="playing" onCommand={onCommand} />);
    fireEvent.click(screen.getByRole('button', { name: /pause/i }));
    expect(onCommand).toHaveBeenCalledWith({ type: 'PAUSE' });
  });
});

describe('SpeedControl', () => {
  test('shows the speed with its unit and sends log-scaled speeds', () => {
    const onCommand = vi.fn();
    render(<SpeedControl speed={1} onCommand={onCommand} />);
    expect(screen.getByTestId('speed-value').textContent).toBe('1× real time');
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: '20' } });
    expect(onCommand).toHaveBeenCalledWith({ type: 'SET_SPEED', speed: 10 });
  });
});

describe('Scrubber', () => {
  test('seeks to the chosen time', () => {
    const onCommand = vi.fn();
    render(<Scrubber nowMs={0} durationMs={30_000} onCommand={onCommand} />);
    fireEvent.change(screen.getByLabelText('Simulated time'), { target: { value: '12500' } });
    expect(onCommand).toHaveBeenCalledWith({ type: 'SEEK', tMs: 12_500 });
  });
});
