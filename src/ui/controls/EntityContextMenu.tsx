// The right-click menu of an entity: the same actions as its row in the fault panel. It follows
// the ARIA menu pattern: focus starts on the first item, arrows move, Esc or Tab closes, and focus
// goes back to where it came from. It is portalled to <body> so presenter zoom cannot shift it.

import { useEffect, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Intervention, Simulation } from '../../engine/index.ts';
import type { OpenMenu } from '../hooks/useEntityContextMenu.ts';
import { useWorldView } from '../hooks/useWorldView.ts';
import { DEFAULT_FAULT_SETTINGS, entityActions } from './entityActions.ts';

export interface EntityContextMenuProps {
  readonly menu: OpenMenu;
  readonly sim: Simulation;
  readonly canApply: boolean;
  readonly onApply: (command: Intervention) => void;
  readonly onClose: () => void;
}

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

export function EntityContextMenu({
  menu,
  sim,
  canApply,
  onApply,
  onClose,
}: EntityContextMenuProps) {
  const world = useWorldView(sim);
  const ref = useRef<HTMLDivElement>(null);
  const { entity, returnFocus } = menu;
  // The menu has no fields: it uses the fault panel's default numbers.
  const actions = entityActions(entity, world, DEFAULT_FAULT_SETTINGS);
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
  const left = Math.max(4, Math.min(menu.x, window.innerWidth - 240));
  const top = Math.max(4, Math.min(menu.y, window.innerHeight - 200));
  return createPortal(
    <div
      ref={ref}
      className="entity-menu"
      role="menu"
      aria-label={`Actions for ${entity.kind} ${entity.id}`}
      style={{ left, top }}
      onKeyDown={onKeyDown}
      data-testid="entity-menu"
    >
      <div className="entity-menu-title" role="presentation">
        {entity.kind} {entity.id}
      </div>
      {actions.length === 0 && (
        <div className="muted" role="presentation">
          No actions for it now
        </div>
      )}
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          role="menuitem"
          disabled={!canApply || !action.enabled}
          title={action.enabled ? undefined : action.reason}
          onClick={() => {
            onApply(action.command);
            close();
          }}
        >
          {action.label}
        </button>
      ))}
    </div>,
    document.body,
  );
}
