// Finds the scenario an embed should play: by id in its scenario library, or from a file's text
// given inline (the web component's child script, a `loadScenario` command). Inline text goes
// through the scenario layer's bounded parser and validator; it is data and never run.

import { useEffect, useMemo, useState } from 'react';
import type { ScenarioRef } from './runCommand.ts';
import {
  parseScenarioFile,
  type ResolvedScenario,
  type ScenarioLibrary,
} from './scenarioLibrary.ts';

/**
 * Resolves `ref` with `library`; a fetched scenario comes as a promise.
 *
 * @example
 * resolveScenario({ kind: 'catalog', id: 'core-loop' }, bundledLibrary());
 */
export function resolveScenario(
  ref: ScenarioRef | null,
  library: ScenarioLibrary,
): ResolvedScenario | Promise<ResolvedScenario> {
  if (ref === null) {
    return {
      ok: false,
      message: 'scenario: none given; name one with scenario="<id>" or give its JSON inline',
    };
  }
  if (ref.kind === 'catalog') return library.find(ref.id);
  return parseScenarioFile(ref.text, 'inline scenario', false);
}

/** The resolved scenario for `ref` (kept the same object while it does not change), or null while it loads. */
export function useResolvedScenario(
  ref: ScenarioRef | null,
  library: ScenarioLibrary,
): ResolvedScenario | null {
  const found = useMemo(() => resolveScenario(ref, library), [ref, library]);
  const [settled, setSettled] = useState<{
    readonly from: unknown;
    readonly result: ResolvedScenario;
  } | null>(null);
  useEffect(() => {
    if (!(found instanceof Promise)) return undefined;
    let current = true;
    void found.then((result) => {
      if (current) setSettled({ from: found, result });
    });
    return () => {
      current = false;
    };
  }, [found]);
  if (!(found instanceof Promise)) return found;
  return settled !== null && settled.from === found ? settled.result : null;
}
