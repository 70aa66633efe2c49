// @vitest-environment jsdom
// While a run plays, the DOM views take turns (src/ui/views/refreshRota.ts): each frame re-renders
// at most one of them, however many engine events the frame ran, and a view that missed changes
// catches up when playback stops.
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderWorkspace } from '../testing/renderWorkspace.tsx';

const renders = vi.hoisted(() => ({ logs: 0, groups: 0 }));

// The broker bar renders exactly when the partition-log view does, so it counts for it.
vi.mock('../views/logs/BrokerStatusBar.tsx', () => ({
  BrokerStatusBar: () => {
    renders.logs += 1;
    return null;
  },
}));
// The side column's group panel is another member of the rota.
vi.mock('./GroupPanel.tsx', () => ({
  GroupPanel: () => {
    renders.groups += 1;
    return null;
  },
}));

afterEach(cleanup);

describe('PlayerWorkspace while playing', () => {
  test('re-renders each DOM view on its turn, one view per frame, not once per event', () => {
    const { controller, ticks, sim } = renderWorkspace(undefined, ['logs']);
    act(() => controller.send({ type: 'SET_SPEED', speed: 20 }));
    act(() => controller.send({ type: 'PLAY' }));
    const before = { logs: renders.logs, groups: renders.groups, events: sim.traceLength() };
    const frames = 12;
    for (let i = 0; i < frames; i += 1) act(() => void ticks.forceTick(16));
    const events = sim.traceLength() - before.events;
    expect(events).toBeGreaterThan(frames * 5);
    // Two members (the logs and the groups) share the frames: six turns each.
    const logs = renders.logs - before.logs;
    const groups = renders.groups - before.groups;
    expect(logs).toBe(frames / 2);
    expect(groups).toBe(frames / 2);
  }, 20_000);

  test('brings every view up to date at once when playback stops', () => {
    const { controller, ticks } = renderWorkspace(undefined, ['logs']);
    act(() => controller.send({ type: 'PLAY' }));
    act(() => void ticks.forceTick(16));
    const before = { logs: renders.logs, groups: renders.groups };
    act(() => controller.send({ type: 'PAUSE' }));
    // The member that did not have the last turn re-renders now; the other was already current.
    expect(renders.logs - before.logs + (renders.groups - before.groups)).toBe(1);
    act(() => controller.send({ type: 'STEP_FORWARD' }));
    const paused = { logs: renders.logs, groups: renders.groups };
    act(() => controller.send({ type: 'STEP_FORWARD' }));
    // Not playing: a change reaches every view at once.
    expect(renders.logs - paused.logs).toBe(1);
    expect(renders.groups - paused.groups).toBe(1);
  }, 20_000);
});
