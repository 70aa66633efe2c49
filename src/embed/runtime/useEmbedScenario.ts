// Which scenario an embed plays: the author's, or one a `loadScenario` command loaded over it,
// resolved from the scenario library. It is a hook of its own so that EmbedSandbox.tsx reads as
// what the embed shows, and the rule for when a loaded scenario gives way sits in one place.

import { useCallback, useState } from 'react';
import { useResolvedScenario } from './resolveScenario.ts';
import type { ScenarioRef } from './runCommand.ts';
import type { ScenarioLibrary } from './scenarioLibrary.ts';
import { useStableByKey } from './useStableByKey.ts';

/** A key that is the same for two refs exactly when they name the same scenario. */
export function refKey(ref: ScenarioRef | null): string {
  return ref === null ? '' : `${ref.kind}:${ref.kind === 'catalog' ? ref.id : ref.text}`;
}

/**
 * The scenario to play (`ref`, and `resolved` once found, null while it loads), and `load`, which
 * plays another until the author gives a new one.
 */
export function useEmbedScenario(authorScenario: ScenarioRef | null, library: ScenarioLibrary) {
  const [loaded, setLoaded] = useState<{ readonly over: string; readonly ref: ScenarioRef } | null>(
    null,
  );
  const authorKey = refKey(authorScenario);
  const authorRef = useStableByKey(authorScenario, authorKey);
  // A loaded scenario holds only while the author's stays the same.
  const ref = loaded !== null && loaded.over === authorKey ? loaded.ref : authorRef;
  const resolved = useResolvedScenario(ref, library);
  const load = useCallback(
    (next: ScenarioRef) => setLoaded({ over: authorKey, ref: next }),
    [authorKey],
  );
  return { ref, resolved, load };
}
