// Opens the inspector the first time the learner picks an entity while it is hidden, so a click
// visibly does something; after that the learner's own choice to hide it is left alone.

import { useEffect, useRef } from 'react';
import type { HighlightStore } from './highlightStore.ts';

export function useInspectorOnFirstPick(
  highlight: HighlightStore,
  inspectorShown: boolean,
  showInspector: () => void,
): void {
  const done = useRef(false);
  useEffect(() => {
    if (inspectorShown) done.current = true;
    if (done.current) return undefined;
    return highlight.subscribe((state) => {
      if (state.entity === null || done.current) return;
      done.current = true;
      showInspector();
    });
  }, [highlight, inspectorShown, showInspector]);
}
