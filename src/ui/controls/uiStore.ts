// State of the sandbox's own chrome, apart from playback: presenter mode, the fault panel, the
// keyboard help, and the latest message for the screen-reader live region. It outlives a crashed
// session (SandboxRoot owns it), so presenter mode survives "Restart scenario".

import { createStore, type StoreApi } from 'zustand/vanilla';

export interface Announcement {
  readonly text: string;
  /** Counts up, so the same text said twice is still announced twice. */
  readonly serial: number;
}

export interface UiState {
  readonly presenter: boolean;
  readonly faultPanelOpen: boolean;
  readonly helpOpen: boolean;
  readonly announcement: Announcement;
  /** The `aria-labelledby` of the view panel last clicked or focused, for "Export view". */
  readonly exportView: string | null;
}

export type UiStore = StoreApi<UiState>;

/**
 * Creates the chrome store.
 *
 * @example
 * const ui = createUiStore();
 * togglePresenter(ui);
 */
export function createUiStore(initial: Partial<UiState> = {}): UiStore {
  return createStore<UiState>()(() => ({
    presenter: false,
    faultPanelOpen: false,
    helpOpen: false,
    announcement: { text: '', serial: 0 },
    exportView: null,
    ...initial,
  }));
}

export function togglePresenter(store: UiStore): void {
  store.setState((state) => ({ presenter: !state.presenter }));
}

export function toggleFaultPanel(store: UiStore): void {
  store.setState((state) => ({ faultPanelOpen: !state.faultPanelOpen }));
}

export function setFaultPanelOpen(store: UiStore, open: boolean): void {
  store.setState({ faultPanelOpen: open });
}

export function setHelpOpen(store: UiStore, open: boolean): void {
  store.setState({ helpOpen: open });
}

export function setExportView(store: UiStore, panel: string | null): void {
  if (store.getState().exportView !== panel) store.setState({ exportView: panel });
}

/** Puts `text` in the live region. */
export function announce(store: UiStore, text: string): void {
  store.setState((state) => ({ announcement: { text, serial: state.announcement.serial + 1 } }));
}

export const selectPresenter = (state: UiState): boolean => state.presenter;
export const selectFaultPanelOpen = (state: UiState): boolean => state.faultPanelOpen;
export const selectHelpOpen = (state: UiState): boolean => state.helpOpen;
export const selectAnnouncement = (state: UiState): Announcement => state.announcement;
export const selectExportView = (state: UiState): string | null => state.exportView;
