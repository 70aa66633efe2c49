// @vitest-environment jsdom
// The hot views must re-render once per animation frame, however many engine events the frame ran.
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderWorkspace } from '../testing/renderWorkspace.tsx';

const renders = vi.hoisted(() => ({ logs: 0 }));

// The broker bar renders exactly when the partition-log view does, so it counts for it.
vi.mock('../views/logs/BrokerStatusBar.tsx', () => ({
  BrokerStatusBar: () => {
    renders.logs += 1;
    return null;
  },
}));

afterEach(cleanup);

describe('PlayerWorkspace while playing', () => {
  test('re-renders the partition view once per frame, not once per event', () => {
    const { controller, ticks, sim } = renderWorkspace();
    act(() => controller.send({ type: 'SET_SPEED', speed: 20 }));
    act(() => controller.send({ type: 'PLAY' }));
    const before = { renders: renders.logs, events: sim.traceLength() };
    const frames = 12;
    for (let i = 0; i < frames; i += 1) act(() => void ticks.forceTick(16));
    const events = sim.traceLength() - before.events;
    expect(events).toBeGreaterThan(frames * 5);
    expect(renders.logs - before.renders).toBe(frames);
  }, 20_000);
});
