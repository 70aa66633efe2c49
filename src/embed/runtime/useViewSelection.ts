// Which views an embed shows. It starts from the author's list (or the scenario's own opening
// views) and follows the author when that list changes, such as a web component's `views`
// attribute; with full controls the reader may also switch views on and off.

import { useCallback, useState } from 'react';
import type { ViewId } from '../../ui/views/viewIds.ts';

interface Selection {
  readonly key: string;
  readonly visible: ReadonlySet<ViewId>;
}

export function useViewSelection(
  initial: readonly ViewId[],
): readonly [ReadonlySet<ViewId>, (view: ViewId) => void] {
  const key = initial.join(',');
  const [selection, setSelection] = useState<Selection>(() => ({ key, visible: new Set(initial) }));
  // A new list from the author replaces the reader's choices; adjusting state during render is
  // React's way to derive it without an extra frame on the old views.
  if (selection.key !== key) setSelection({ key, visible: new Set(initial) });
  const toggle = useCallback((view: ViewId) => {
    setSelection((current) => {
      const visible = new Set(current.visible);
      if (visible.has(view)) visible.delete(view);
      else visible.add(view);
      return { key: current.key, visible };
    });
  }, []);
  return [selection.key === key ? selection.visible : new Set(initial), toggle] as const;
}
