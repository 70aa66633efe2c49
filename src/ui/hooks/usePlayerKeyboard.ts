// Wires the player's keyboard shortcuts to the window while a player is on screen.

import { useEffect } from 'react';
import type { PlayerController } from '../../player/index.ts';
import { playerKeyAction } from './playerKeys.ts';

export function usePlayerKeyboard(controller: PlayerController | null): void {
  useEffect(() => {
    if (controller === null) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target.tagName : 'BODY';
      const inputType = event.target instanceof HTMLInputElement ? event.target.type : '';
      const action = playerKeyAction(event.key, target, inputType);
      if (action === null) return;
      event.preventDefault();
      if (action === 'toggle-play') controller.togglePlay();
      else controller.send(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [controller]);
}
