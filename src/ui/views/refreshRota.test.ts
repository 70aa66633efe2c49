import { describe, expect, it } from 'vitest';
import type { Simulation, WorldView } from '../../engine/index.ts';
import { createRefreshRota } from './refreshRota.ts';

/** A stand-in simulation: `move` changes its world and tells subscribers. */
function fakeSim() {
  const listeners = new Set<() => void>();
  let version = 0;
  let world = { version } as unknown as WorldView;
  const sim = {
    getState: () => world,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as Simulation;
  const move = (): void => {
    version += 1;
    world = { version } as unknown as WorldView;
    for (const listener of [...listeners]) listener();
  };
  return { sim, move, listeners };
}

function playState(initial: boolean) {
  let playing = initial;
  const listeners = new Set<() => void>();
  return {
    isPlaying: () => playing,
    onChange: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (value: boolean) => {
      playing = value;
      for (const listener of [...listeners]) listener();
    },
  };
}

/** Frames run only when the test says so. */
function manualFrames() {
  const queue: (() => void)[] = [];
  return {
    schedule: (callback: () => void) => void queue.push(callback),
    run: () => {
      const due = queue.splice(0);
      for (const callback of due) callback();
      return due.length;
    },
  };
}

const versionOf = (sim: Simulation): number =>
  (sim.getState() as unknown as { version: number }).version;

/** A rota over a stand-in simulation with `count` subscribed members, counting what each hears. */
function rotaWith(count: number, playing: boolean) {
  const { sim, move } = fakeSim();
  const play = playState(playing);
  const frames = manualFrames();
  const rota = createRefreshRota(sim, play.isPlaying, play.onChange, frames.schedule);
  const members = Array.from({ length: count }, () => rota.join().sim);
  const heard = members.map(() => 0);
  members.forEach((m, i) => m.subscribe(() => (heard[i] = heard[i]! + 1)));
  return { move, play, frames, rota, members, heard };
}

describe('refresh rota', () => {
  it('while playing, hands each change to one member in turn; each member keeps the world of its turn', () => {
    const { move, members, heard } = rotaWith(3, true);
    members.forEach((m) => versionOf(m));
    for (let frame = 0; frame < 6; frame += 1) move();
    expect(heard).toEqual([2, 2, 2]);
    // The last turns were frames 4, 5 and 6, in join order; a member reads its world afresh on its turn.
    expect(members.map(versionOf)).toEqual([6, 6, 6]);
    move();
    expect(heard).toEqual([3, 2, 2]);
    expect(members.map(versionOf)).toEqual([7, 6, 6]);
  });

  it('when playback stops, brings every member that missed changes up to date at once', () => {
    const { move, play, frames, heard } = rotaWith(3, true);
    move();
    expect(heard).toEqual([1, 0, 0]);
    play.set(false);
    expect(heard).toEqual([1, 1, 1]);
    expect(frames.run()).toBe(0);
    // Paused, a single change reaches every member at once.
    move();
    expect(heard).toEqual([2, 2, 2]);
  });

  it('after a drag, catches the members up one per frame', () => {
    const { move, frames, rota, heard } = rotaWith(3, false);
    rota.setScrubbing(true);
    move();
    expect(heard).toEqual([1, 0, 0]);
    rota.setScrubbing(false);
    expect(heard).toEqual([1, 1, 0]);
    frames.run();
    expect(heard).toEqual([1, 1, 1]);
    frames.run();
    expect(frames.run()).toBe(0);
  });

  it('while the scrubber is dragged, seeks reach members in turn; on release they catch up', () => {
    const { move, rota, members, heard } = rotaWith(2, false);
    rota.setScrubbing(true);
    move();
    move();
    move();
    expect(heard).toEqual([2, 1]);
    rota.setScrubbing(false);
    expect(heard).toEqual([2, 2]);
    expect(members.map(versionOf)).toEqual([3, 3]);
  });

  it('drops a member whose subscribers left, and stops listening when none is left', () => {
    const { sim, move, listeners } = fakeSim();
    const play = playState(true);
    const frames = manualFrames();
    const rota = createRefreshRota(sim, play.isPlaying, play.onChange, frames.schedule);
    const a = rota.join().sim;
    const b = rota.join().sim;
    let heardB = 0;
    const leaveA = a.subscribe(() => {});
    const leaveB = b.subscribe(() => (heardB += 1));
    leaveA();
    move();
    move();
    expect(heardB).toBe(2);
    leaveB();
    expect(listeners.size).toBe(0);
  });
});

describe('refresh rota and panels out of sight', () => {
  it('while playing, serves only members on screen; one coming into view takes its turn', () => {
    const { sim, move } = fakeSim();
    const play = playState(true);
    const frames = manualFrames();
    const rota = createRefreshRota(sim, play.isPlaying, play.onChange, frames.schedule);
    const shown = rota.join();
    const hidden = rota.join();
    const heard = { shown: 0, hidden: 0 };
    shown.sim.subscribe(() => (heard.shown += 1));
    hidden.sim.subscribe(() => (heard.hidden += 1));
    hidden.setVisible(false);
    move();
    move();
    expect(heard).toEqual({ shown: 2, hidden: 0 });
    hidden.setVisible(true);
    move();
    move();
    expect(heard.hidden).toBeGreaterThan(0);
    // When play stops, whoever is behind catches up, in sight or not.
    hidden.setVisible(false);
    move();
    move();
    const before = heard.hidden;
    play.set(false);
    frames.run();
    frames.run();
    expect(heard.hidden).toBe(before + 1);
    expect(versionOf(hidden.sim)).toBe(6);
  });

  it('paused, a member coming into view with missed changes refreshes at once', () => {
    const { sim, move } = fakeSim();
    const play = playState(true);
    const frames = manualFrames();
    const rota = createRefreshRota(sim, play.isPlaying, play.onChange, frames.schedule);
    const other = rota.join();
    const member = rota.join();
    other.sim.subscribe(() => {});
    let heard = 0;
    member.sim.subscribe(() => (heard += 1));
    member.setVisible(false);
    move();
    play.set(false);
    // The catch-up skips nobody once play has stopped, so it reaches the hidden member too.
    frames.run();
    expect(heard).toBe(1);
  });
});
