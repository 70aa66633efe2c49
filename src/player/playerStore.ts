// The player's UI state in a framework-free zustand store: what React shows about playback. The
// controller writes it; components read it through the module-level selectors below.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HistoryPolicy } from '../engine/index.ts';
import type { PlaybackStatus } from './playbackMachine.ts';

export interface PlayerState {
  readonly status: PlaybackStatus;
  /** Virtual ms per wall ms. */
  readonly speed: number;
  readonly nowMs: number;
  readonly durationMs: number;
  readonly selectedScenarioId: string | null;
  /** Seed of the running simulation, shown so any run can be reproduced. */
  readonly seed: number | null;
  /** The failure that stopped the running session, if any. */
  readonly error: Error | null;
  /**
   * Set once the engine's bounded history dropped the run's early past: seeks go no earlier than
   * this time. Null while the whole run is kept.
   */
  readonly historyDroppedBeforeMs: number | null;
  /** The history policy of the running simulation, for saying why history was dropped. */
  readonly historyPolicy: HistoryPolicy | null;
}

export type PlayerStore = StoreApi<PlayerState>;

const INITIAL_PLAYER_STATE: PlayerState = {
  status: 'idle',
  speed: 1,
  nowMs: 0,
  durationMs: 0,
  selectedScenarioId: null,
  seed: null,
  error: null,
  historyDroppedBeforeMs: null,
  historyPolicy: null,
};

/**
 * Creates the player store.
 *
 * @example
 * const store = createPlayerStore({ selectedScenarioId: 'rebalance-basics' });
 * selectStatus(store.getState()); // 'idle'
 */
export function createPlayerStore(initial: Partial<PlayerState> = {}): PlayerStore {
  return createStore<PlayerState>()(() => ({ ...INITIAL_PLAYER_STATE, ...initial }));
}

/** Chooses a scenario (or none, for the list) and forgets the previous session's playback. */
export function selectScenario(store: PlayerStore, scenarioId: string | null): void {
  store.setState({
    ...INITIAL_PLAYER_STATE,
    speed: store.getState().speed,
    selectedScenarioId: scenarioId,
  });
}

export const selectStatus = (state: PlayerState): PlaybackStatus => state.status;
export const selectSpeed = (state: PlayerState): number => state.speed;
export const selectNowMs = (state: PlayerState): number => state.nowMs;
export const selectDurationMs = (state: PlayerState): number => state.durationMs;
export const selectSelectedScenarioId = (state: PlayerState): string | null =>
  state.selectedScenarioId;
export const selectSeed = (state: PlayerState): number | null => state.seed;
export const selectError = (state: PlayerState): Error | null => state.error;
export const selectIsPlaying = (state: PlayerState): boolean => state.status === 'playing';
export const selectHistoryDroppedBeforeMs = (state: PlayerState): number | null =>
  state.historyDroppedBeforeMs;
export const selectHistoryPolicy = (state: PlayerState): HistoryPolicy | null =>
  state.historyPolicy;
