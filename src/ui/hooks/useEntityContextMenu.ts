// Opens the entity context menu from a right-click (or Shift+F10) anywhere in the workspace. The
// views mark entities with `data-entity="kind:id"`; this reads the closest one to the click, so
// the views need no handlers of their own. Elsewhere the browser's own menu stays.

import { useCallback, useState, type MouseEvent } from 'react';
import { parseEntityRef, type EntityRef } from '../controls/entityActions.ts';

export interface OpenMenu {
  readonly entity: EntityRef;
  readonly x: number;
  readonly y: number;
  /** Gets focus back when the menu closes. */
  readonly returnFocus: HTMLElement | SVGElement | null;
}

export interface EntityContextMenuState {
  readonly menu: OpenMenu | null;
  readonly onContextMenu: (event: MouseEvent) => void;
  readonly close: () => void;
}

export function useEntityContextMenu(): EntityContextMenuState {
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const onContextMenu = useCallback((event: MouseEvent) => {
    const element = event.target instanceof Element ? event.target.closest('[data-entity]') : null;
    const entity = parseEntityRef(element?.getAttribute('data-entity'));
    if (element === null || entity === null) return;
    event.preventDefault();
    // A keyboard-opened menu has no pointer position; put it under the entity instead.
    const fromKeyboard = event.clientX === 0 && event.clientY === 0;
    const box = element.getBoundingClientRect();
    const focusable =
      element instanceof HTMLElement || element instanceof SVGElement ? element : null;
    setMenu({
      entity,
      x: fromKeyboard ? box.left : event.clientX,
      y: fromKeyboard ? box.bottom : event.clientY,
      returnFocus: focusable,
    });
  }, []);
  const close = useCallback(() => setMenu(null), []);
  return { menu, onContextMenu, close };
}
