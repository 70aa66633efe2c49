// Binds the playback machine to a Simulation, a tick source and the player store. It owns the
// effects' failures too: an engine error stops playback and lands in the store, where the UI's
// error boundary shows it, instead of escaping from an animation frame as an unhandled error.

import { createActor } from 'xstate';
import type { Simulation } from '../engine/index.ts';
import {
  providePlaybackEffects,
  type PlaybackEffects,
  type PlaybackEvent,
  type PlaybackStatus,
} from './playbackMachine.ts';
import type { PlayerState, PlayerStore } from './playerStore.ts';
import { createSimulationEffects } from './simulationEffects.ts';
import type { TickSource } from './tickSource.ts';

/** The events a person may send; TICK and END come from the controller itself. */
export type PlayerCommand = Exclude<PlaybackEvent, { type: 'TICK' } | { type: 'END' }>;

export interface PlayerControllerOptions {
  readonly sim: Simulation;
  readonly durationMs: number;
  readonly tickSource: TickSource;
  readonly store: PlayerStore;
  readonly speed?: number;
}

export interface PlayerController {
  readonly send: (command: PlayerCommand) => void;
  /** Plays when stopped, pauses when playing. */
  readonly togglePlay: () => void;
  /** Advances playback by `elapsedMs` of wall time; the tick source calls this. */
  readonly tick: (elapsedMs: number) => void;
  readonly status: () => PlaybackStatus;
  /** Stops the clock and detaches from the simulation; the controller is dead afterwards. */
  readonly dispose: () => void;
}

const RUNNING_STATUSES: ReadonlySet<PlaybackStatus> = new Set(['idle', 'playing', 'paused']);

/**
 * Creates a controller and starts its machine in `idle`.
 *
 * @example
 * const controller = createPlayerController({ sim, durationMs: 60_000, tickSource, store });
 * controller.send({ type: 'PLAY' });
 */
export function createPlayerController(options: PlayerControllerOptions): PlayerController {
  const { sim, durationMs, tickSource, store } = options;
  const fail = (error: unknown): void => {
    tickSource.stop();
    store.setState({ error: error instanceof Error ? error : new Error(String(error)) });
  };
  const effects = guardEffects(
    {
      ...createSimulationEffects(sim, durationMs),
      startClock: () => tickSource.start((elapsedMs) => dispatch({ type: 'TICK', elapsedMs })),
      stopClock: () => tickSource.stop(),
    },
    fail,
  );
  const actor = createActor(providePlaybackEffects(effects), {
    input: { durationMs, ...speedInput(options.speed) },
  });
  const status = (): PlaybackStatus => actor.getSnapshot().value;

  // The end is a fact about the simulation, so the controller checks it after every event.
  function dispatch(event: PlaybackEvent): void {
    if (store.getState().error !== null) return;
    actor.send(event);
    if (RUNNING_STATUSES.has(status()) && sim.nowMs() >= durationMs) actor.send({ type: 'END' });
  }

  const actorSubscription = actor.subscribe((snapshot) => {
    store.setState({ status: snapshot.value, speed: snapshot.context.speed });
  });
  const stopWatchingSim = sim.subscribe(() =>
    store.setState({ nowMs: sim.nowMs(), ...historyState(sim) }),
  );
  actor.start();
  const initial = actor.getSnapshot();
  store.setState({
    status: initial.value,
    speed: initial.context.speed,
    nowMs: sim.nowMs(),
    durationMs,
    seed: sim.seed,
    error: null,
    ...historyState(sim),
  });

  return {
    send: dispatch,
    togglePlay: () => dispatch({ type: status() === 'playing' ? 'PAUSE' : 'PLAY' }),
    tick: (elapsedMs) => dispatch({ type: 'TICK', elapsedMs }),
    status,
    dispose() {
      stopWatchingSim();
      actorSubscription.unsubscribe();
      actor.stop();
      tickSource.stop();
    },
  };
}

/** What the store says about the bounded history: from when seeks work, and under which policy. */
function historyState(
  sim: Simulation,
): Pick<PlayerState, 'historyDroppedBeforeMs' | 'historyPolicy'> {
  const history = sim.history();
  return {
    historyDroppedBeforeMs: history.dropped ? history.earliestSeekableMs : null,
    historyPolicy: history.policy,
  };
}

function speedInput(speed: number | undefined): { speed?: number } {
  return speed === undefined ? {} : { speed };
}

function guardEffects(effects: PlaybackEffects, fail: (error: unknown) => void): PlaybackEffects {
  const guard =
    <TArgs extends unknown[]>(effect: (...args: TArgs) => void) =>
    (...args: TArgs): void => {
      try {
        effect(...args);
      } catch (error) {
        fail(error);
      }
    };
  return {
    advanceSimulation: guard(effects.advanceSimulation),
    stepSimulation: guard(effects.stepSimulation),
    stepToInterestingEvent: guard(effects.stepToInterestingEvent),
    stepSimulationBack: guard(effects.stepSimulationBack),
    seekSimulation: guard(effects.seekSimulation),
    restartSimulation: guard(effects.restartSimulation),
    startClock: guard(effects.startClock),
    stopClock: guard(effects.stopClock),
  };
}
