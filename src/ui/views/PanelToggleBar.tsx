// A row of toggle buttons, one per view, that show or hide its panel. Each button says its view's
// name and whether it is shown (aria-pressed), so the state is never carried by colour alone.

import { VIEW_IDS, VIEW_LABELS, type ViewId } from './viewIds.ts';

export interface PanelToggleBarProps {
  readonly visible: ReadonlySet<ViewId>;
  readonly onToggle: (id: ViewId) => void;
}

export function PanelToggleBar({ visible, onToggle }: PanelToggleBarProps) {
  return (
    <div className="panel-toggles" role="group" aria-label="Views">
      <span className="panel-toggles-label" aria-hidden="true">
        Views
      </span>
      {VIEW_IDS.map((id) => (
        <button
          key={id}
          type="button"
          className="panel-toggle"
          aria-pressed={visible.has(id)}
          data-view={id}
          onClick={() => onToggle(id)}
        >
          <span className="toggle-tick" aria-hidden="true">
            {visible.has(id) ? '✓' : '+'}
          </span>
          {VIEW_LABELS[id]}
        </button>
      ))}
    </div>
  );
}
