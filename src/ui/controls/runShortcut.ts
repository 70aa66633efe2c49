// What each keyboard shortcut does in a session. Kept apart from the key table (playerKeys.ts) so
// each can be tested alone: the table maps keys to actions, this maps actions to effects.

import type { PlayerStore, SandboxSession } from '../../player/index.ts';
import type { ShortcutAction } from '../hooks/playerKeys.ts';
import {
  sliderPositionToSpeed,
  SPEED_SLIDER_MAX,
  speedToSliderPosition,
} from '../viz/speedScale.ts';
import { emitSandboxEvent, NARRATION_EVENT, TOGGLE_VIEW_EVENT } from './sandboxEvents.ts';
import { setHelpOpen, toggleFaultPanel, togglePresenter, type UiStore } from './uiStore.ts';

export interface ShortcutTargets {
  readonly session: SandboxSession;
  readonly store: PlayerStore;
  readonly ui: UiStore;
}

/** One slider notch slower or faster, as the `[` and `]` keys move it. */
export function nudgedSpeed(speed: number, direction: -1 | 1): number {
  const position = Math.min(
    SPEED_SLIDER_MAX,
    Math.max(0, speedToSliderPosition(speed) + direction),
  );
  return sliderPositionToSpeed(position);
}

/**
 * Performs `action`; returns whether it was handled. While the help overlay is open it owns the
 * keyboard, so shortcuts wait until it closes.
 */
export function runShortcut(action: ShortcutAction, targets: ShortcutTargets): boolean {
  const { session, store, ui } = targets;
  if (ui.getState().helpOpen) return false;
  const controller = session.getSnapshot().controller;
  switch (action.kind) {
    case 'toggle-play':
      controller.togglePlay();
      return true;
    case 'command':
      controller.send(action.command);
      return true;
    case 'speed':
      controller.send({
        type: 'SET_SPEED',
        speed: nudgedSpeed(store.getState().speed, action.direction),
      });
      return true;
    case 'toggle-faults':
      toggleFaultPanel(ui);
      return true;
    case 'toggle-presenter':
      togglePresenter(ui);
      return true;
    case 'help':
      setHelpOpen(ui, true);
      return true;
    case 'toggle-view':
      return emitSandboxEvent(TOGGLE_VIEW_EVENT, { index: action.index });
    case 'narration':
      return emitSandboxEvent(NARRATION_EVENT, { direction: action.direction });
  }
}
