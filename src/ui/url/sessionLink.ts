// The shareable state of a session and where it lives in the URL: `#/scenario/<id>?run=<data>`,
// where <data> is base64url of DEFLATE-compressed JSON. The scenario id stays readable, so a
// link whose data is damaged still opens the right scenario with its defaults.

import type { TimedIntervention } from '../../engine/index.ts';
import type { PlaybackPosition } from '../../player/index.ts';
import { bytesToBase64url } from './base64url.ts';
import { deflateText } from './compressText.ts';

/** Version of the `run` data, so later formats can still read today's links. */
export const RUN_FORMAT_VERSION = 1;

export interface SessionLinkState {
  readonly seed: number;
  /** Live interventions of the current branch, in the order the engine runs them. */
  readonly interventions: readonly TimedIntervention[];
  readonly position: PlaybackPosition;
  /** The lesson's parameter values that differ from their defaults, by parameter id. */
  readonly params: Readonly<Record<string, number>>;
  /** The lesson variant chosen; absent or null plays the scenario as written. */
  readonly variant?: string | null;
}

/** The JSON written into the link; short keys keep links short. */
export interface RunData {
  readonly v: number;
  readonly seed: number;
  readonly t: number;
  readonly n: number;
  readonly interventions: readonly TimedIntervention[];
  readonly params: Readonly<Record<string, number>>;
  /** Present only when a variant is chosen, so links without one stay as they were. */
  readonly variant?: string;
}

const SCENARIO_PREFIX = '#/scenario/';
const RUN_KEY = 'run=';

/**
 * The `run` data for a state: compressed JSON in base64url.
 *
 * @example
 * encodeRunData({ seed: 7, interventions: [], position: { tMs: 0, traceLength: 1 }, params: {} });
 */
export function encodeRunData(state: SessionLinkState): string {
  const data: RunData = {
    v: RUN_FORMAT_VERSION,
    seed: state.seed,
    t: state.position.tMs,
    n: state.position.traceLength,
    interventions: state.interventions,
    params: state.params,
    ...(state.variant === undefined || state.variant === null ? {} : { variant: state.variant }),
  };
  return bytesToBase64url(deflateText(JSON.stringify(data)));
}

/**
 * The URL hash for a scenario and, optionally, a session state.
 *
 * @example
 * sessionHash('rebalance', null); // "#/scenario/rebalance"
 */
export function sessionHash(scenarioId: string, state: SessionLinkState | null): string {
  const base = `${SCENARIO_PREFIX}${encodeURIComponent(scenarioId)}`;
  return state === null ? base : `${base}?${RUN_KEY}${encodeRunData(state)}`;
}

export interface ParsedHash {
  readonly scenarioId: string | null;
  /** The raw `run` data, or null when the hash has none. */
  readonly run: string | null;
}

/**
 * Splits a location hash into the scenario id and the raw `run` data. Never throws: a badly
 * escaped id is returned as written, so the app can say that no scenario has it.
 *
 * @example
 * parseSessionHash('#/scenario/a?run=eJy'); // { scenarioId: 'a', run: 'eJy' }
 */
export function parseSessionHash(hash: string): ParsedHash {
  if (!hash.startsWith(SCENARIO_PREFIX)) return { scenarioId: null, run: null };
  const rest = hash.slice(SCENARIO_PREFIX.length);
  const query = rest.indexOf('?');
  const rawId = query < 0 ? rest : rest.slice(0, query);
  const params = query < 0 ? '' : rest.slice(query + 1);
  const runPart = params.split('&').find((part) => part.startsWith(RUN_KEY));
  return {
    scenarioId: rawId === '' ? null : safeDecode(rawId),
    run: runPart === undefined ? null : runPart.slice(RUN_KEY.length),
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
