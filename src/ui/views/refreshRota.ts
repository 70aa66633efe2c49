// While a run plays, the simulation moves on every animation frame. A panel drawn with the DOM
// (charts, the trace table, the DAG, the logs) costs React work, style, layout and paint each time
// it re-renders, and with five of them open a frame no longer fits in 16.7 ms. The rota spreads
// them out: during play each change reaches one panel per frame, in turn, so each panel refreshes
// every few frames (about 10 to 20 times a second) and a frame pays for one panel at most. What
// must move smoothly (the flight dots, the playhead, the clock) reads the simulation directly.
// When playback is not running (paused, stepping, seeking) every change reaches every panel at
// once, and panels still behind when play stops catch up at that moment.
//
// A member is the simulation as one panel sees it: the same object, except that subscribers hear
// of changes on the panel's turn and `getState` returns the world as of that turn, so everything
// the panel draws in one render comes from one moment.

import type { Simulation, WorldView } from '../../engine/index.ts';

export interface RefreshRota {
  /**
   * A member for one panel. It takes turns while it has subscribers, so creating one has no
   * effect and a panel that unmounts (its subscribers leave) drops out of the rota by itself.
   */
  readonly join: () => Simulation;
}

interface Member {
  readonly listeners: Set<() => void>;
  /** The world as of the member's last turn; null when it must be read afresh. */
  world: WorldView | null;
  /** A change happened since the member's last turn. */
  dirty: boolean;
}

/**
 * Creates the rota of one workspace. It listens to the simulation and to the playback state only
 * while some member has subscribers.
 *
 * @param isPlaying whether playback is running now
 * @param onPlayingChange subscribes to changes of `isPlaying`; returns an unsubscribe function
 * @example
 * const rota = createRefreshRota(sim, () => store.getState().status === 'playing', store.subscribe);
 * const panelSim = rota.join();
 */
export function createRefreshRota(
  sim: Simulation,
  isPlaying: () => boolean,
  onPlayingChange: (listener: () => void) => () => void,
): RefreshRota {
  const members: Member[] = [];
  let cursor = 0;
  let stop: (() => void) | null = null;

  const refresh = (member: Member): void => {
    member.dirty = false;
    member.world = null;
    for (const listener of [...member.listeners]) listener();
  };
  const refreshAllDirty = (): void => {
    for (const member of [...members]) if (member.dirty) refresh(member);
  };
  /** The next member, after the last one served, that a change has not reached yet. */
  const nextInTurn = (): Member | undefined => {
    for (let k = 0; k < members.length; k += 1) {
      const member = members[(cursor + k) % members.length]!;
      if (member.dirty) {
        cursor = (cursor + k + 1) % members.length;
        return member;
      }
    }
    return undefined;
  };
  const onSimChange = (): void => {
    for (const member of members) member.dirty = true;
    if (!isPlaying()) {
      refreshAllDirty();
      return;
    }
    const member = nextInTurn();
    if (member !== undefined) refresh(member);
  };
  const listen = (): (() => void) => {
    let wasPlaying = isPlaying();
    const stopSim = sim.subscribe(onSimChange);
    const stopPlaying = onPlayingChange(() => {
      const playing = isPlaying();
      if (wasPlaying && !playing) refreshAllDirty();
      wasPlaying = playing;
    });
    return () => {
      stopSim();
      stopPlaying();
    };
  };

  const enter = (member: Member): void => {
    if (members.includes(member)) return;
    members.push(member);
    stop ??= listen();
  };
  const leave = (member: Member): void => {
    const at = members.indexOf(member);
    if (at < 0) return;
    members.splice(at, 1);
    if (cursor >= members.length) cursor = 0;
    if (members.length === 0 && stop !== null) {
      stop();
      stop = null;
    }
  };

  const join = (): Simulation => {
    const member: Member = { listeners: new Set(), world: null, dirty: false };
    return {
      ...sim,
      getState: () => (member.world ??= sim.getState()),
      subscribe: (listener) => {
        member.listeners.add(listener);
        // A member that was away missed changes: its world is read afresh.
        if (!members.includes(member)) member.world = null;
        enter(member);
        return () => {
          member.listeners.delete(listener);
          if (member.listeners.size === 0) leave(member);
        };
      },
    };
  };

  return { join };
}
