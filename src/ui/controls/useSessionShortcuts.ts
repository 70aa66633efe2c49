// Runs the player's keyboard shortcuts against one session while its screen is shown. It is a
// hook of its own so that SessionScreen.tsx reads as what it shows, with the wiring of keys to
// their effects (runShortcut.ts) kept in one place.

import { useCallback } from 'react';
import type { PlayerStore, SandboxSession } from '../../player/index.ts';
import type { ShortcutAction } from '../hooks/playerKeys.ts';
import { usePlayerKeyboard } from '../hooks/usePlayerKeyboard.ts';
import { runShortcut } from './runShortcut.ts';
import type { UiStore } from './uiStore.ts';

export function useSessionShortcuts(
  session: SandboxSession,
  store: PlayerStore,
  ui: UiStore,
): void {
  usePlayerKeyboard(
    useCallback(
      (action: ShortcutAction) => runShortcut(action, { session, store, ui }),
      [session, store, ui],
    ),
  );
}
