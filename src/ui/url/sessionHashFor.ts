// The location hash that reproduces a session as it is now. A session still at its defaults
// (scenario seed, no interventions, time zero) gets the plain scenario hash, so opening a
// scenario from the list leaves a clean address.

import type { ScenarioModel } from '../../engine/index.ts';
import { currentBranch, currentPosition, type SessionSnapshot } from '../../player/index.ts';
import { sessionHash, type SessionLinkState } from './sessionLink.ts';

/** The session's shareable state, with the lesson's parameter values and variant. */
export function linkStateOf(
  snapshot: SessionSnapshot,
  params: SessionLinkState['params'],
  variant: string | null = null,
): SessionLinkState {
  return {
    seed: snapshot.seed,
    interventions: currentBranch(snapshot.branches).interventions,
    position: currentPosition(snapshot.sim),
    params,
    ...(variant === null ? {} : { variant }),
  };
}

/**
 * The hash for a session of `scenario`.
 *
 * @example
 * replaceLocationHash(sessionHashFor(scenario, session.getSnapshot(), {}));
 */
export function sessionHashFor(
  scenario: Pick<ScenarioModel, 'id' | 'seed'>,
  snapshot: SessionSnapshot,
  params: SessionLinkState['params'],
  variant: string | null = null,
): string {
  const state = linkStateOf(snapshot, params, variant);
  const atDefaults =
    state.seed === scenario.seed >>> 0 &&
    state.interventions.length === 0 &&
    state.position.tMs === 0 &&
    state.position.traceLength <= 1 &&
    Object.keys(params).length === 0 &&
    variant === null;
  return sessionHash(scenario.id, atDefaults ? null : state);
}
