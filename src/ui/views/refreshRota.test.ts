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

const versionOf = (sim: Simulation): number =>
  (sim.getState() as unknown as { version: number }).version;

describe('refresh rota', () => {
  it('while playing, hands each change to one member in turn; each member keeps the world of its turn', () => {
    const { sim, move } = fakeSim();
    const play = playState(true);
    const rota = createRefreshRota(sim, play.isPlaying, play.onChange);
    const members = [rota.join(), rota.join(), rota.join()];
    const heard = [0, 0, 0];
    members.forEach((m, i) => m.subscribe(() => (heard[i] = heard[i]! + 1)));
    members.forEach((m) => versionOf(m));
    for (let frame = 0; frame < 6; frame += 1) move();
    expect(heard).toEqual([2, 2, 2]);
    // The last turns were frames 4, 5 and 6, in join order; a member reads its world afresh on its turn.
    expect(members.map(versionOf)).toEqual([6, 6, 6]);
    move();
    expect(heard).toEqual([3, 2, 2]);
    expect(members.map(versionOf)).toEqual([7, 6, 6]);
  });

  it('when playback stops, brings the members that missed changes up to date at once', () => {
    const { sim, move } = fakeSim();
    const play = playState(true);
    const rota = createRefreshRota(sim, play.isPlaying, play.onChange);
    const members = [rota.join(), rota.join()];
    const heard = [0, 0];
    members.forEach((m, i) => m.subscribe(() => (heard[i] = heard[i]! + 1)));
    move();
    expect(heard).toEqual([1, 0]);
    play.set(false);
    expect(heard).toEqual([1, 1]);
    move();
    expect(heard).toEqual([2, 2]);
  });

  it('drops a member whose subscribers left, and stops listening when none is left', () => {
    const { sim, move, listeners } = fakeSim();
    const play = playState(true);
    const rota = createRefreshRota(sim, play.isPlaying, play.onChange);
    const a = rota.join();
    const b = rota.join();
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
