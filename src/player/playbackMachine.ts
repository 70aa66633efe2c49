// The playback state machine: which of idle, playing, paused, seeking or ended the player is in,
// and which simulation effects each event asks for. It is pure. The effects are named placeholder
// actions that the player controller supplies with `.provide()`, so tests can run the machine with
// xstate's `transition()` and never touch a simulation or the wall clock.

import { assign, enqueueActions, setup } from 'xstate';
import { advanceVirtualTime, clampSpeed } from './virtualClock.ts';

export type PlaybackEvent =
  | { readonly type: 'PLAY' }
  | { readonly type: 'PAUSE' }
  | { readonly type: 'TICK'; readonly elapsedMs: number }
  | { readonly type: 'STEP_FORWARD' }
  /** Runs forward to just after the next interesting trace event (see interestingEvents.ts). */
  | { readonly type: 'STEP_TO_INTERESTING' }
  | { readonly type: 'STEP_BACK' }
  | { readonly type: 'SEEK'; readonly tMs: number }
  | { readonly type: 'SET_SPEED'; readonly speed: number }
  | { readonly type: 'RESTART' }
  | { readonly type: 'END' };

export interface PlaybackContext {
  /** Virtual ms per wall ms, in `[SPEED_MIN, SPEED_MAX]`. */
  readonly speed: number;
  readonly durationMs: number;
  /** Virtual nanoseconds owed by earlier ticks (see virtualClock.ts). */
  readonly carryNs: number;
  /** Where the pending seek goes, clamped into `[0, durationMs]`. */
  readonly seekTargetMs: number;
  /** Whether playback resumes once the pending seek is done. */
  readonly resumePlaying: boolean;
}

export interface PlaybackInput {
  readonly durationMs: number;
  readonly speed?: number;
}

export type PlaybackStatus = 'idle' | 'playing' | 'paused' | 'seeking' | 'ended';

/** The effects the machine asks for; the controller provides their real implementations. */
export interface PlaybackEffects {
  readonly advanceSimulation: (virtualMs: number) => void;
  readonly stepSimulation: () => void;
  readonly stepToInterestingEvent: () => void;
  readonly stepSimulationBack: () => void;
  readonly seekSimulation: (tMs: number) => void;
  readonly restartSimulation: () => void;
  readonly startClock: () => void;
  readonly stopClock: () => void;
}

interface SeekParams {
  readonly tMs: number;
  readonly resumePlaying: boolean;
}

function seekFrom(resumePlaying: boolean) {
  return {
    target: 'seeking',
    actions: {
      type: 'prepareSeek',
      params: ({ event }: { event: PlaybackEvent }): SeekParams => ({
        tMs: event.type === 'SEEK' ? event.tMs : 0,
        resumePlaying,
      }),
    },
  } as const;
}

export const playbackMachine = setup({
  types: {
    context: {} as PlaybackContext,
    events: {} as PlaybackEvent,
    input: {} as PlaybackInput,
  },
  actions: {
    // Placeholders: a machine without a controller asks for effects but performs none.
    advanceSimulation: (_, _params: { readonly virtualMs: number }) => {},
    stepSimulation: () => {},
    stepToInterestingEvent: () => {},
    stepSimulationBack: () => {},
    seekSimulation: (_, _params: { readonly tMs: number }) => {},
    restartSimulation: () => {},
    startClock: () => {},
    stopClock: () => {},
    setSpeed: assign((_, params: { readonly speed: number }) => ({
      speed: clampSpeed(params.speed),
    })),
    prepareSeek: assign(({ context }, params: SeekParams) => ({
      seekTargetMs: Math.min(context.durationMs, Math.max(0, Math.round(params.tMs))),
      resumePlaying: params.resumePlaying,
      carryNs: 0,
    })),
    resetCarry: assign({ carryNs: 0 }),
  },
  guards: {
    seekReachesEnd: ({ context }) => context.seekTargetMs >= context.durationMs,
    resumesPlaying: ({ context }) => context.resumePlaying,
  },
}).createMachine({
  id: 'playback',
  initial: 'idle',
  context: ({ input }) => ({
    speed: clampSpeed(input.speed ?? 1),
    durationMs: Math.max(0, Math.round(input.durationMs)),
    carryNs: 0,
    seekTargetMs: 0,
    resumePlaying: false,
  }),
  on: {
    SET_SPEED: { actions: { type: 'setSpeed', params: ({ event }) => ({ speed: event.speed }) } },
    RESTART: { target: '.idle', actions: ['resetCarry', 'restartSimulation'] },
  },
  states: {
    idle: {
      on: {
        PLAY: 'playing',
        STEP_FORWARD: { target: 'paused', actions: 'stepSimulation' },
        STEP_TO_INTERESTING: { target: 'paused', actions: 'stepToInterestingEvent' },
        SEEK: seekFrom(false),
        END: 'ended',
      },
    },
    playing: {
      entry: 'startClock',
      exit: ['stopClock', 'resetCarry'],
      on: {
        TICK: {
          actions: enqueueActions(({ context, event, enqueue }) => {
            const { advanceMs, carryNs } = advanceVirtualTime(
              event.elapsedMs,
              context.speed,
              context.carryNs,
            );
            enqueue.assign({ carryNs });
            if (advanceMs > 0)
              enqueue({ type: 'advanceSimulation', params: { virtualMs: advanceMs } });
          }),
        },
        PAUSE: 'paused',
        STEP_FORWARD: { target: 'paused', actions: 'stepSimulation' },
        STEP_TO_INTERESTING: { target: 'paused', actions: 'stepToInterestingEvent' },
        STEP_BACK: { target: 'paused', actions: 'stepSimulationBack' },
        SEEK: seekFrom(true),
        END: 'ended',
      },
    },
    paused: {
      on: {
        PLAY: 'playing',
        STEP_FORWARD: { actions: 'stepSimulation' },
        STEP_TO_INTERESTING: { actions: 'stepToInterestingEvent' },
        STEP_BACK: { actions: 'stepSimulationBack' },
        SEEK: seekFrom(false),
        END: 'ended',
      },
    },
    // Seeking is transient: the simulation seeks synchronously on entry, then the machine settles.
    seeking: {
      entry: { type: 'seekSimulation', params: ({ context }) => ({ tMs: context.seekTargetMs }) },
      always: [
        { guard: 'seekReachesEnd', target: 'ended' },
        { guard: 'resumesPlaying', target: 'playing' },
        { target: 'paused' },
      ],
    },
    ended: {
      on: {
        // Play at the end starts over, as media players do.
        PLAY: { target: 'playing', actions: 'restartSimulation' },
        STEP_BACK: { target: 'paused', actions: 'stepSimulationBack' },
        SEEK: seekFrom(false),
      },
    },
  },
});

/**
 * Returns the machine with the controller's effects plugged in.
 *
 * @example
 * const machine = providePlaybackEffects({ ...effects, advanceSimulation: (ms) => sim.runUntil(sim.nowMs() + ms) });
 */
export function providePlaybackEffects(effects: PlaybackEffects) {
  return playbackMachine.provide({
    actions: {
      advanceSimulation: (_, params) => effects.advanceSimulation(params.virtualMs),
      stepSimulation: () => effects.stepSimulation(),
      stepToInterestingEvent: () => effects.stepToInterestingEvent(),
      stepSimulationBack: () => effects.stepSimulationBack(),
      seekSimulation: (_, params) => effects.seekSimulation(params.tMs),
      restartSimulation: () => effects.restartSimulation(),
      startClock: () => effects.startClock(),
      stopClock: () => effects.stopClock(),
    },
  });
}
