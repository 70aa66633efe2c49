// The element that holds the workspace: a right-click in it opens an entity's context menu, and a
// click or focus in it notes the view panel "Export view" saves. It is a component of its own so
// that SessionScreen.tsx reads as the parts of the screen, and what the host listens for is read
// in one place.

import { useCallback, type MouseEvent, type ReactNode, type SyntheticEvent } from 'react';
import { setExportView, type UiStore } from './uiStore.ts';

export interface WorkspaceHostProps {
  readonly ui: UiStore;
  readonly onContextMenu: (event: MouseEvent) => void;
  readonly children: ReactNode;
}

export function WorkspaceHost({ ui, onContextMenu, children }: WorkspaceHostProps) {
  // "Export view" saves the view panel the learner last clicked or moved focus into.
  const noteView = useCallback(
    (event: SyntheticEvent) => {
      const panel = event.target instanceof Element ? event.target.closest('section.panel') : null;
      const id = panel?.getAttribute('aria-labelledby') ?? null;
      if (id !== null) setExportView(ui, id);
    },
    [ui],
  );
  return (
    <div
      className="workspace-host"
      onContextMenu={onContextMenu}
      onPointerDownCapture={noteView}
      onFocusCapture={noteView}
    >
      {children}
    </div>
  );
}
