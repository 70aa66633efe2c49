// Keeps the store's selected scenario and the URL hash in step, in both directions.

import { useEffect } from 'react';
import { selectScenario, type PlayerStore } from '../../player/index.ts';
import { hashForScenarioId, scenarioIdFromHash } from './scenarioHash.ts';

export function useHashSelection(store: PlayerStore): void {
  useEffect(() => {
    const onHashChange = (): void => {
      const id = scenarioIdFromHash(window.location.hash);
      if (id !== store.getState().selectedScenarioId) selectScenario(store, id);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.selectedScenarioId === previous.selectedScenarioId) return;
      const hash = hashForScenarioId(state.selectedScenarioId);
      if (window.location.hash !== hash) window.location.hash = hash;
    });
    window.addEventListener('hashchange', onHashChange);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [store]);
}
