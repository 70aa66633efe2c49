// The player's public door for the UI: playback machine, controller, tick sources and store.

export { playbackMachine, providePlaybackEffects } from './playbackMachine.ts';
export type {
  PlaybackEvent,
  PlaybackStatus,
  PlaybackContext,
  PlaybackEffects,
} from './playbackMachine.ts';
export { createPlayerController } from './playerController.ts';
export type {
  PlayerCommand,
  PlayerController,
  PlayerControllerOptions,
} from './playerController.ts';
export {
  createAnimationFrameTickSource,
  createManualTickSource,
  FRAME_GAP_MS_MAX,
} from './tickSource.ts';
export type { TickSource, ManualTickSource } from './tickSource.ts';
export { SPEED_MAX, SPEED_MIN, clampSpeed } from './virtualClock.ts';
export * from './playerStore.ts';
export { createSandboxSession } from './sandboxSession.ts';
export type {
  AppliedIntervention,
  SandboxSession,
  SandboxSessionOptions,
  SessionSnapshot,
  SimulationFactory,
} from './sandboxSession.ts';
export { currentBranch } from './branchSet.ts';
export type { Branch, BranchSet } from './branchSet.ts';
export { currentPosition, type PlaybackPosition } from './playbackPosition.ts';
export { INTERESTING_EVENT_TYPES, isInterestingEvent } from './interestingEvents.ts';
export { nextSeed, parseSeed, SEED_MAX, type SeedParseResult } from './seeds.ts';
