// Notices when a person opens another link to the same scenario in this tab (pastes it, or uses
// back and forward): the hash changes to one the app did not write. The session then restarts
// from that link. Links to other scenarios are useHashSelection's business.

import { useEffect, useRef } from 'react';
import type { ScenarioModel } from '../../engine/index.ts';
import { isKnownLocationHash, rememberLocationHash } from '../url/locationHash.ts';
import { readLinkedStart, type LinkedStart } from '../url/readLinkedStart.ts';
import { parseSessionHash } from '../url/sessionLink.ts';

export function useLinkedHashChanges(
  scenario: ScenarioModel,
  onLink: (start: LinkedStart) => void,
): void {
  const onLinkRef = useRef(onLink);
  useEffect(() => {
    onLinkRef.current = onLink;
  });
  useEffect(() => {
    rememberLocationHash(window.location.hash);
    const onHashChange = (): void => {
      const hash = window.location.hash;
      if (isKnownLocationHash(hash) || parseSessionHash(hash).scenarioId !== scenario.id) return;
      rememberLocationHash(hash);
      onLinkRef.current(readLinkedStart(scenario, hash));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [scenario]);
}
