// The run a lesson page plays: the scenario with the learner's variant and parameter values
// applied, and where its session starts. Changing them rebuilds the session at the same moment,
// with the same seed and the live interventions that still fit the new scenario.

import { useCallback, useState } from 'react';
import { currentBranch, type SessionSnapshot } from '../../player/index.ts';
import type { ScenarioFile } from '../../scenario/index.ts';
import type { ScenarioSummary } from '../catalog/scenarioCatalog.ts';
import { checkLinkInterventions } from '../url/checkLinkInterventions.ts';
import type { SessionLinkState } from '../url/sessionLink.ts';
import { applyKnobs, changedParams, DEFAULT_KNOBS, type LessonKnobs } from './lessonKnobs.ts';

export interface LessonRun {
  /** The scenario being played: as written, or with the learner's knobs applied. */
  readonly scenario: ScenarioSummary;
  readonly start: SessionLinkState | null;
  readonly knobs: LessonKnobs;
  /** Parameter values that differ from the defaults, for the shareable link. */
  readonly params: Readonly<Record<string, number>>;
}

/** Rebuilds the run with other knobs; returns why it cannot, or null when it did. */
export type RebuildRun = (knobs: LessonKnobs, snapshot: SessionSnapshot) => string | null;

const NO_PARAMS: Readonly<Record<string, number>> = {};

function initialRun(
  scenario: ScenarioSummary,
  guided: ScenarioFile | null,
  start: SessionLinkState | null,
): LessonRun {
  const linked = start?.params ?? NO_PARAMS;
  const variantId = start?.variant ?? null;
  const base = { scenario, start, knobs: DEFAULT_KNOBS, params: NO_PARAMS };
  if (guided === null || (Object.keys(linked).length === 0 && variantId === null)) return base;
  // The link layer has checked the variant and values against this scenario (checkLinkKnobs).
  const knobs = { variantId, params: linked };
  const result = applyKnobs(guided, knobs);
  return result.ok ? { ...base, scenario: result.scenario, knobs, params: linked } : base;
}

export function useLessonRun(
  scenario: ScenarioSummary,
  guided: ScenarioFile | null,
  start: SessionLinkState | null,
): [LessonRun, RebuildRun] {
  const [run, setRun] = useState<LessonRun>(() => initialRun(scenario, guided, start));
  const rebuild = useCallback<RebuildRun>(
    (knobs, snapshot) => {
      if (guided === null) return 'this scenario has no variants or parameters';
      const result = applyKnobs(guided, knobs);
      if (!result.ok) return result.message;
      const live = currentBranch(snapshot.branches).interventions;
      const fits = checkLinkInterventions(live, result.scenario).ok;
      const params = changedParams(guided, knobs.params);
      const nextStart: SessionLinkState = {
        seed: snapshot.seed,
        interventions: fits ? live : [],
        position: { tMs: snapshot.sim.nowMs(), traceLength: 0 },
        params,
        variant: knobs.variantId,
      };
      setRun({ scenario: result.scenario, start: nextStart, knobs, params });
      return null;
    },
    [guided],
  );
  return [run, rebuild];
}
