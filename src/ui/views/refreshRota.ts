// While a run plays, the simulation moves on every animation frame. A panel drawn with the DOM
// (charts, the trace table, the DAG, the logs) costs React work, style, layout and paint each time
// it re-renders, and with five of them open a frame no longer fits in 16.7 ms. The rota spreads
// them out: during play, and while the learner drags the scrubber, each change reaches one panel
// per change, in turn, so each panel refreshes every few frames and a frame pays for one panel at
// most. What must move smoothly (the flight dots, the playhead, the clock) reads the simulation
// directly. A single change while nothing plays (a step, a click on the timeline, a key) reaches
// every panel at once, and so does pausing; when a drag ends, the panels still behind catch up one
// per frame.
//
// Panels scrolled out of sight take no turns while a run plays or the scrubber is dragged: they
// stay behind and catch up when they come into view or when play or the drag ends.
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
  readonly join: () => RotaMember;
  /** A drag of the scrubber starts (true) or ends (false): while it lasts, panels take turns. */
  readonly setScrubbing: (active: boolean) => void;
}

/** One panel's place in the rota. */
export interface RotaMember {
  /** The simulation as the panel reads it. */
  readonly sim: Simulation;
  /** Whether the panel is on screen; a panel out of sight takes no turns while play runs. */
  readonly setVisible: (visible: boolean) => void;
}

/** Runs a callback before the next frame is drawn (requestAnimationFrame in a browser). */
export type FrameScheduler = (callback: () => void) => void;

interface Member {
  readonly listeners: Set<() => void>;
  /** The world as of the member's last turn; null when it must be read afresh. */
  world: WorldView | null;
  /** A change happened since the member's last turn. */
  dirty: boolean;
  /** The panel is on screen (or nobody said otherwise). */
  visible: boolean;
}

/**
 * Creates the rota of one workspace. It listens to the simulation and to the playback state only
 * while some member has subscribers.
 *
 * @param isPlaying whether playback is running now
 * @param onPlayingChange subscribes to changes of `isPlaying`; returns an unsubscribe function
 * @param nextFrame schedules the catch-up of the next panel after play or a drag ends
 * @example
 * const rota = createRefreshRota(sim, () => store.getState().status === 'playing', store.subscribe,
 *   (callback) => requestAnimationFrame(callback));
 * const { sim: panelSim, setVisible } = rota.join();
 */
export function createRefreshRota(
  sim: Simulation,
  isPlaying: () => boolean,
  onPlayingChange: (listener: () => void) => () => void,
  nextFrame: FrameScheduler,
): RefreshRota {
  const members: Member[] = [];
  let cursor = 0;
  let stop: (() => void) | null = null;
  let scrubbing = false;
  let catchingUp = false;
  const busy = (): boolean => scrubbing || isPlaying();

  const refresh = (member: Member): void => {
    member.dirty = false;
    member.world = null;
    for (const listener of [...member.listeners]) listener();
  };
  const refreshAllDirty = (): void => {
    for (const member of [...members]) if (member.dirty) refresh(member);
  };
  /**
   * The next member, after the last one served, that a change has not reached yet; while busy,
   * only members on screen are served.
   */
  const nextInTurn = (): Member | undefined => {
    const onScreenOnly = busy();
    for (let k = 0; k < members.length; k += 1) {
      const member = members[(cursor + k) % members.length]!;
      if (member.dirty && (member.visible || !onScreenOnly)) {
        cursor = (cursor + k + 1) % members.length;
        return member;
      }
    }
    return undefined;
  };
  /** Brings the panels still behind up to date, one now and one per frame after it. */
  const catchUp = (): void => {
    if (busy()) {
      catchingUp = false;
      return;
    }
    const member = nextInTurn();
    if (member === undefined) {
      catchingUp = false;
      return;
    }
    refresh(member);
    catchingUp = true;
    nextFrame(catchUp);
  };
  const onSimChange = (): void => {
    for (const member of members) member.dirty = true;
    if (!busy()) {
      refreshAllDirty();
      return;
    }
    const member = nextInTurn();
    if (member !== undefined) refresh(member);
  };
  const onBusyEnd = (): void => {
    if (!catchingUp) catchUp();
  };
  const listen = (): (() => void) => {
    let wasPlaying = isPlaying();
    const stopSim = sim.subscribe(onSimChange);
    const stopPlaying = onPlayingChange(() => {
      const playing = isPlaying();
      // Pausing shows the present in every view at once: what is on screen while paused is one
      // moment, for the learner and for anything that reads the page. (A drag's release, which
      // comes mid-gesture, catches up one view per frame instead.)
      if (wasPlaying && !playing && !scrubbing) refreshAllDirty();
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

  const join = (): RotaMember => {
    const member: Member = { listeners: new Set(), world: null, dirty: false, visible: true };
    const setVisible = (visible: boolean): void => {
      member.visible = visible;
      // Coming into view while nothing plays: show the present at once.
      if (visible && member.dirty && !busy() && members.includes(member)) refresh(member);
    };
    const memberSim: Simulation = {
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
    return { sim: memberSim, setVisible };
  };

  const setScrubbing = (active: boolean): void => {
    if (scrubbing === active) return;
    scrubbing = active;
    if (!active) onBusyEnd();
  };

  return { join, setScrubbing };
}
