// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createFakeSimulation } from '../../player/testing/createFakeSimulation.ts';
import type { WorldView } from '../../engine/index.ts';
import { SAMPLE_WORLD } from '../testing/sampleWorld.ts';
import { FaultPanel } from './FaultPanel.tsx';

afterEach(cleanup);

/** The sample world with a queue consumer and a stream job, one of each state that matters. */
const WORLD: WorldView = {
  ...SAMPLE_WORLD,
  queueConsumers: [
    { id: 'worker-1', queue: 'jobs', status: 'active', inHand: [], processedCount: 3 },
    { id: 'worker-2', queue: 'jobs', status: 'crashed', inHand: [], processedCount: 0 },
  ],
  streamJobs: [
    {
      id: 'counts',
      sourceTopic: 'orders',
      watermarkMs: 900,
      partitions: [],
      openWindows: [],
      firedCount: 0,
      droppedCount: 0,
      running: true,
      lag: 0,
      backpressured: false,
      shedCount: 0,
      lastCheckpoint: null,
      sinkOutput: [],
      sinkStaged: 0,
    },
  ],
};

function renderPanel(canApply = true) {
  const onApply = vi.fn();
  const onClose = vi.fn();
  const sim = createFakeSimulation({ events: [], view: () => WORLD });
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
    fireEvent.change(screen.getByLabelText(/^Acks to drop/), { target: { value: '5' } });
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

  test('queue consumers and stream jobs have their faults too', () => {
    const { onApply } = renderPanel();
    expect(screen.getByRole('region', { name: 'Queue consumers' }).textContent).toContain(
      'queue jobs',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Crash consumer worker-1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Restart consumer worker-2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Fail a task job counts' }));
    expect(screen.getByRole('button', { name: 'Restart consumer worker-1' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByRole('button', { name: 'Crash consumer worker-2' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(onApply.mock.calls.map(([command]: unknown[]) => command)).toEqual([
      { type: 'consumer.crash', target: 'worker-1' },
      { type: 'consumer.restart', target: 'worker-2' },
      { type: 'job.fail', target: 'counts' },
    ]);
  });

  test('pauses, slowdowns, producer crashes and poison records take the numbers set above', () => {
    const { onApply } = renderPanel();
    fireEvent.change(screen.getByLabelText(/^Pause \(s/), { target: { value: '0.5' } });
    fireEvent.change(screen.getByLabelText(/^Slow factor/), { target: { value: '1000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pause 0.5 s consumer c1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Slow ×100 broker b1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Full speed broker b1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Crash producer p1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Poison next record producer p1' }));
    expect(onApply.mock.calls.map(([command]: unknown[]) => command)).toEqual([
      { type: 'node.pause', target: 'c1', durationMs: 500 },
      { type: 'node.slow', target: 'b1', factor: 100 },
      { type: 'node.slow', target: 'b1', factor: 1 },
      { type: 'producer.crash', target: 'p1' },
      { type: 'producer.poison', target: 'p1' },
    ]);
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

  test('producers take a late record, a clock skew and a hot-key burst, with the numbers set above', () => {
    const { onApply } = renderPanel();
    fireEvent.change(screen.getByLabelText(/^Key \(blank/), { target: { value: 'sensor-7' } });
    fireEvent.change(screen.getByLabelText(/^Value/), { target: { value: '42' } });
    fireEvent.change(screen.getByLabelText(/^Event time \(s before now/), {
      target: { value: '1' },
    });
    fireEvent.change(screen.getByLabelText(/^Clock skew \(s/), { target: { value: '-2.5' } });
    fireEvent.change(screen.getByLabelText(/^Hot key \(blank/), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText(/^Hot-key share/), { target: { value: '1.5' } });
    fireEvent.change(screen.getByLabelText(/^Burst length/), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Late record −1 s producer p1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clock skew −2.5 s producer p1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hot key 100% for 3 s producer p1' }));
    // The sample world is at 1500 ms, so "1 s before now" is event time 500.
    expect(onApply.mock.calls.map(([command]: unknown[]) => command)).toEqual([
      { type: 'producer.lateRecord', target: 'p1', key: 'sensor-7', value: '42', eventTimeMs: 500 },
      { type: 'producer.clockSkew', target: 'p1', skewMs: -2500 },
      { type: 'producer.hotKeyBurst', target: 'p1', key: 'k0', share: 1, durationMs: 3000 },
    ]);
    expect(screen.getByLabelText(/^Hot-key share/)).toHaveProperty('value', '1');
  });

  test('a topic grows only up to its maxPartitions, and the panel says why it stops', () => {
    const { onApply } = renderPanel();
    const topics = screen.getByRole('region', { name: 'Topics' });
    expect(topics.textContent).toContain('2 partitions, at most 4');
    expect(topics.textContent).toContain('Kafka can only add partitions');
    fireEvent.click(screen.getByRole('button', { name: 'Grow to 3 partitions topic orders' }));
    expect(onApply.mock.calls.map(([command]: unknown[]) => command)).toEqual([
      { type: 'topic.alterPartitions', target: 'orders', partitions: 3 },
    ]);
    fireEvent.change(screen.getByLabelText(/^Partitions to add/), { target: { value: '3' } });
    const tooMany = screen.getByRole('button', { name: 'Grow to 5 partitions topic orders' });
    expect(tooMany).toHaveProperty('disabled', true);
    expect(tooMany.getAttribute('title')).toBe(
      'orders may grow to 4 partitions at most (maxPartitions in the scenario): add 2 or fewer',
    );
    expect(topics.textContent).toContain('add 2 or fewer');
  });

  test('a topic already at its maximum cannot grow at all', () => {
    const onApply = vi.fn();
    const full: WorldView = {
      ...WORLD,
      topics: [{ name: 'orders', partitions: 2, maxPartitions: 2 }],
    };
    const sim = createFakeSimulation({ events: [], view: () => full });
    render(<FaultPanel sim={sim} canApply onApply={onApply} onClose={vi.fn()} />);
    const grow = screen.getByRole('button', { name: 'Grow to 3 partitions topic orders' });
    expect(grow).toHaveProperty('disabled', true);
    expect(grow.getAttribute('title')).toContain('already has its maximum of 2 partitions');
    fireEvent.click(grow);
    expect(onApply).not.toHaveBeenCalled();
  });
});
