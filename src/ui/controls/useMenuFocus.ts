// The focus of the entity context menu, after the ARIA menu pattern: focus starts on the first
// item, arrows, Home and End move it, Esc or Tab closes, a press outside closes, and focus goes back
// to where it came from. It is a hook of its own so that EntityContextMenu.tsx reads as its items.

import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

function moveFocus(menuElement: HTMLElement, key: string): void {
  const items = [
    ...menuElement.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)'),
  ];
  const at = items.findIndex((item) => item === document.activeElement);
  const last = items.length - 1;
  const next =
    key === 'Home'
      ? 0
      : key === 'End'
        ? last
        : key === 'ArrowDown'
          ? (at + 1) % items.length
          : (at - 1 + items.length) % items.length;
  items[next]?.focus();
}

export interface MenuFocus {
  /** The ref for the menu's element. */
  readonly ref: RefObject<HTMLDivElement | null>;
  /** Closes the menu and gives focus back. */
  readonly close: () => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
}

export function useMenuFocus(
  onClose: () => void,
  returnFocus: HTMLElement | SVGElement | null,
): MenuFocus {
  const ref = useRef<HTMLDivElement>(null);
  const close = (): void => {
    onClose();
    returnFocus?.focus();
  };
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const onPointerDown = (event: PointerEvent): void => {
      if (!(event.target instanceof Node) || ref.current?.contains(event.target) !== true)
        onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);
  const onKeyDown = (event: KeyboardEvent): void => {
    if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key) && ref.current !== null)
      moveFocus(ref.current, event.key);
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
  };
  return { ref, close, onKeyDown };
}
