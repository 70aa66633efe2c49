// Stands in for a view whose engine has not arrived yet, so the panel's place is visible.

import { VIEW_LABELS, type ViewId } from './viewIds.ts';

export function PlaceholderPanel({ view }: { readonly view: ViewId }) {
  return (
    <section
      className="panel placeholder-panel"
      aria-labelledby={`${view}-heading`}
      data-testid={`placeholder-${view}`}
    >
      <h2 id={`${view}-heading`}>{VIEW_LABELS[view]}</h2>
      <p className="muted">This view arrives with the event-time engine.</p>
    </section>
  );
}
