// Wires the player's keyboard shortcuts to the window while a player is on screen. The action
// runner decides what each shortcut does and says whether it handled it; only handled keys lose
// their default action. Keys another component already handled (defaultPrevented) are left alone.

import { useEffect } from 'react';
import { shortcutFor, type ShortcutAction } from './playerKeys.ts';

/** Performs a shortcut; returns false when nothing handled it. */
export type ShortcutRunner = (action: ShortcutAction) => boolean;

export function usePlayerKeyboard(run: ShortcutRunner | null): void {
  useEffect(() => {
    if (run === null) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      const action = shortcutFor({
        key: event.key,
        shiftKey: event.shiftKey,
        targetTagName: target?.tagName ?? 'BODY',
        targetInputType: target instanceof HTMLInputElement ? target.type : '',
      });
      if (action !== null && run(action)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);
}
