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
//
// The rota's state is in rotaState.ts, its turn-taking in rotaTurns.ts and how panels join and
// leave it in rotaMembership.ts; this file holds its public face.

import type { Simulation } from '../../engine/index.ts';
import { joinRota } from './rotaMembership.ts';
import type { RotaState } from './rotaState.ts';
import { onBusyEnd } from './rotaTurns.ts';

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
  const state: RotaState = {
    sim,
    isPlaying,
    onPlayingChange,
    nextFrame,
    members: [],
    cursor: 0,
    stop: null,
    scrubbing: false,
    catchingUp: false,
  };
  const setScrubbing = (active: boolean): void => {
    if (state.scrubbing === active) return;
    state.scrubbing = active;
    if (!active) onBusyEnd(state);
  };
  return { join: () => joinRota(state), setScrubbing };
}
