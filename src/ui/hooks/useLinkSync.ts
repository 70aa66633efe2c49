// Keeps the address bar equal to the session (see url/sessionHashFor.ts) whenever it is not
// playing: after a pause, a step, a seek, an intervention, a new seed or a branch switch. While
// playing it waits, and while paused it writes at most every LINK_WRITE_GAP_MS, because browsers
// throttle (and complain about) pages that rewrite their URL on every frame of a scrubber drag.
// Returns the hash maker for the "Copy link" button, which writes at once, even mid-play.

import { useCallback, useEffect } from 'react';
import type { ScenarioModel } from '../../engine/index.ts';
import type { PlayerStore, SandboxSession } from '../../player/index.ts';
import { replaceLocationHash } from '../url/locationHash.ts';
import { sessionHashFor } from '../url/sessionHashFor.ts';
import type { SessionLinkState } from '../url/sessionLink.ts';

/** Shortest gap between two automatic writes of the address bar. */
export const LINK_WRITE_GAP_MS = 250;

export function useLinkSync(
  scenario: Pick<ScenarioModel, 'id' | 'seed'>,
  session: SandboxSession,
  store: PlayerStore,
  params: SessionLinkState['params'],
  variant: string | null = null,
): () => string {
  const { id, seed } = scenario;
  const makeHash = useCallback(
    () => sessionHashFor({ id, seed }, session.getSnapshot(), params, variant),
    [id, seed, session, params, variant],
  );
  useEffect(() => {
    const write = (): void => {
      const state = store.getState();
      // Leaving for the list clears the selection first; the list owns the hash from then on.
      if (state.selectedScenarioId !== id || state.status === 'playing' || state.error !== null)
        return;
      replaceLocationHash(makeHash());
    };
    let timer: ReturnType<typeof setTimeout> | null = null;
    const schedule = (): void => {
      timer ??= setTimeout(() => {
        timer = null;
        write();
      }, LINK_WRITE_GAP_MS);
    };
    write();
    const stopStore = store.subscribe(schedule);
    const stopSession = session.subscribe(schedule);
    return () => {
      stopStore();
      stopSession();
      if (timer !== null) clearTimeout(timer);
    };
  }, [id, makeHash, session, store]);
  return makeHash;
}
