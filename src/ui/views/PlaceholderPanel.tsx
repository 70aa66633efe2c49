// Stands in for a view with nothing to show, so the panel's place is visible: a view whose engine
// has not arrived yet, or one the scenario has nothing for (`message` says which).

import { VIEW_LABELS, type ViewId } from './viewIds.ts';

export function PlaceholderPanel({
  view,
  message,
}: {
  readonly view: ViewId;
  readonly message?: string;
}) {
  return (
    <section
      className="panel placeholder-panel"
      aria-labelledby={`${view}-heading`}
      data-testid={`placeholder-${view}`}
    >
      <h2 id={`${view}-heading`}>{VIEW_LABELS[view]}</h2>
      <p className="muted">{message ?? 'This view arrives with the event-time engine.'}</p>
    </section>
  );
}
