import { describe, expect, test } from 'vitest';
import { createActor, getMicrosteps, initialTransition, SimulatedClock, transition } from 'xstate';
import { playbackMachine, type PlaybackEvent } from './playbackMachine.ts';

type Snapshot = ReturnType<typeof initialTransition<typeof playbackMachine>>[0];

function start(durationMs = 1000): Snapshot {
  return initialTransition(playbackMachine, { durationMs })[0];
}

/** Sends events one by one and returns the last snapshot and the effects of the last event. */
function run(snapshot: Snapshot, ...events: PlaybackEvent[]) {
  let current = snapshot;
  let effects: { type: string; params: unknown }[] = [];
  for (const event of events) {
    const [next, actions] = transition(playbackMachine, current, event);
    current = next;
    effects = actions.map((action) => ({ type: action.type, params: action.params }));
  }
  return { snapshot: current, effects, types: effects.map((effect) => effect.type) };
}

describe('playbackMachine', () => {
  test('starts idle and starts the clock on PLAY', () => {
    const { snapshot, types } = run(start(), { type: 'PLAY' });
    expect(snapshot.value).toBe('playing');
    expect(types).toEqual(['startClock']);
  });

  test('turns ticks into whole virtual ms at the current speed, carrying the remainder', () => {
    const playing = run(start(), { type: 'PLAY' }, { type: 'SET_SPEED', speed: 2 }).snapshot;
    const first = run(playing, { type: 'TICK', elapsedMs: 10.25 });
    expect(first.effects).toEqual([{ type: 'advanceSimulation', params: { virtualMs: 20 } }]);
    const second = run(first.snapshot, { type: 'TICK', elapsedMs: 10.25 });
    expect(second.effects).toEqual([{ type: 'advanceSimulation', params: { virtualMs: 21 } }]);
  });

  test('ignores ticks unless playing', () => {
    for (const snapshot of [start(), run(start(), { type: 'STEP_FORWARD' }).snapshot]) {
      expect(run(snapshot, { type: 'TICK', elapsedMs: 16 }).types).toEqual([]);
    }
  });

  test('clamps speed to 0.1x..100x', () => {
    expect(run(start(), { type: 'SET_SPEED', speed: 1000 }).snapshot.context.speed).toBe(100);
    expect(run(start(), { type: 'SET_SPEED', speed: 0 }).snapshot.context.speed).toBe(0.1);
  });

  test('steps pause playback and ask for a step', () => {
    const playing = run(start(), { type: 'PLAY' }).snapshot;
    const forward = run(playing, { type: 'STEP_FORWARD' });
    expect(forward.snapshot.value).toBe('paused');
    expect(forward.types).toEqual(['stopClock', 'stepSimulation']);
    const back = run(forward.snapshot, { type: 'STEP_BACK' });
    expect(back.snapshot.value).toBe('paused');
    expect(back.types).toEqual(['stepSimulationBack']);
  });

  test('jumping to the next interesting event pauses and asks for the jump', () => {
    const playing = run(start(), { type: 'PLAY' }).snapshot;
    const jump = run(playing, { type: 'STEP_TO_INTERESTING' });
    expect(jump.snapshot.value).toBe('paused');
    expect(jump.types).toEqual(['stopClock', 'stepToInterestingEvent']);
    expect(run(start(), { type: 'STEP_TO_INTERESTING' }).snapshot.value).toBe('paused');
    const ended = run(start(), { type: 'END' }).snapshot;
    expect(run(ended, { type: 'STEP_TO_INTERESTING' }).types).toEqual([]);
  });

  test('seeks through the seeking state and resumes what it was doing', () => {
    const playing = run(start(), { type: 'PLAY' }).snapshot;
    const steps = getMicrosteps(playbackMachine, playing, { type: 'SEEK', tMs: 400 });
    expect(steps.map(([snapshot]) => snapshot.value)).toEqual(['seeking', 'playing']);
    const seek = run(playing, { type: 'SEEK', tMs: 400 });
    expect(seek.effects).toContainEqual({ type: 'seekSimulation', params: { tMs: 400 } });
    expect(run(start(), { type: 'SEEK', tMs: 400 }).snapshot.value).toBe('paused');
  });

  test('a seek to or past the end ends playback, clamped to the duration', () => {
    const { snapshot, effects } = run(start(1000), { type: 'SEEK', tMs: 5000 });
    expect(snapshot.value).toBe('ended');
    expect(effects).toContainEqual({ type: 'seekSimulation', params: { tMs: 1000 } });
  });

  test('END stops the clock; PLAY at the end restarts from zero', () => {
    const ended = run(start(), { type: 'PLAY' }, { type: 'END' });
    expect(ended.snapshot.value).toBe('ended');
    expect(ended.types).toContain('stopClock');
    const again = run(ended.snapshot, { type: 'PLAY' });
    expect(again.snapshot.value).toBe('playing');
    expect(again.types).toEqual(['restartSimulation', 'startClock']);
  });

  test('RESTART returns to idle from anywhere', () => {
    for (const event of [{ type: 'PLAY' }, { type: 'END' }, { type: 'STEP_FORWARD' }] as const) {
      const { snapshot, types } = run(start(), event, { type: 'RESTART' });
      expect(snapshot.value).toBe('idle');
      expect(types).toContain('restartSimulation');
    }
  });

  test('runs as an actor on a simulated clock without real time', () => {
    const clock = new SimulatedClock();
    const advanced: number[] = [];
    const machine = playbackMachine.provide({
      actions: { advanceSimulation: (_, params) => advanced.push(params.virtualMs) },
    });
    const actor = createActor(machine, { input: { durationMs: 1000 }, clock }).start();
    actor.send({ type: 'PLAY' });
    clock.increment(16);
    actor.send({ type: 'TICK', elapsedMs: 16 });
    expect(advanced).toEqual([16]);
    expect(actor.getSnapshot().value).toBe('playing');
    actor.stop();
  });
});
