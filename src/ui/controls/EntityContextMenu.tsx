// The right-click menu of an entity: the same actions as its row in the fault panel. It follows
// the ARIA menu pattern: focus starts on the first item, arrows move, Esc or Tab closes, and focus
// goes back to where it came from (useMenuFocus.ts). It is portalled to <body> so presenter zoom
// cannot shift it.

import { createPortal } from 'react-dom';
import type { Intervention, Simulation } from '../../engine/index.ts';
import type { OpenMenu } from '../hooks/useEntityContextMenu.ts';
import { useWorldView } from '../hooks/useWorldView.ts';
import { DEFAULT_FAULT_SETTINGS, entityActions } from './entityActions.ts';
import { useMenuFocus } from './useMenuFocus.ts';

export interface EntityContextMenuProps {
  readonly menu: OpenMenu;
  readonly sim: Simulation;
  readonly canApply: boolean;
  readonly onApply: (command: Intervention) => void;
  readonly onClose: () => void;
}

export function EntityContextMenu({
  menu,
  sim,
  canApply,
  onApply,
  onClose,
}: EntityContextMenuProps) {
  const world = useWorldView(sim);
  const { entity, returnFocus } = menu;
  const { ref, close, onKeyDown } = useMenuFocus(onClose, returnFocus);
  // The menu has no fields: it uses the fault panel's default numbers.
  const actions = entityActions(entity, world, DEFAULT_FAULT_SETTINGS);
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
