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
