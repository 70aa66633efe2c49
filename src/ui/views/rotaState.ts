// The state of one workspace's refresh rota (refreshRota.ts): its members and where the turns
// stand. It has a file of its own so that the rota's turn-taking (rotaTurns.ts) and its
// membership (rotaMembership.ts) can be plain functions that take this state explicitly, rather
// than inner functions of one long factory closure.

import type { Simulation, WorldView } from '../../engine/index.ts';
import type { FrameScheduler } from './refreshRota.ts';

/** One panel's entry in the rota, as the rota itself keeps it. */
export interface Member {
  readonly listeners: Set<() => void>;
  /** The world as of the member's last turn; null when it must be read afresh. */
  world: WorldView | null;
  /** A change happened since the member's last turn. */
  dirty: boolean;
  /** The panel is on screen (or nobody said otherwise). */
  visible: boolean;
}

/** What the rota was made with, and what changes as it runs. */
export interface RotaState {
  readonly sim: Simulation;
  /** Whether playback is running now. */
  readonly isPlaying: () => boolean;
  /** Subscribes to changes of `isPlaying`; returns an unsubscribe function. */
  readonly onPlayingChange: (listener: () => void) => () => void;
  /** Schedules the catch-up of the next panel after play or a drag ends. */
  readonly nextFrame: FrameScheduler;
  readonly members: Member[];
  /** Where the search for the next member in turn starts. */
  cursor: number;
  /** Stops listening to the simulation and the playback state; null while nobody listens. */
  stop: (() => void) | null;
  scrubbing: boolean;
  catchingUp: boolean;
}

/** Whether panels take turns now: while a run plays or the scrubber is dragged. */
export const busy = (state: RotaState): boolean => state.scrubbing || state.isPlaying();
