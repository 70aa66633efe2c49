// Which view panels are shown. Starts from the scenario's opening views; the learner toggles them.

import { useCallback, useState } from 'react';
import type { ViewId } from './viewIds.ts';

export function usePanelVisibility(
  initial: readonly ViewId[],
): readonly [ReadonlySet<ViewId>, (id: ViewId) => void] {
  const [visible, setVisible] = useState<ReadonlySet<ViewId>>(() => new Set(initial));
  const toggle = useCallback((id: ViewId) => {
    setVisible((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  return [visible, toggle] as const;
}
