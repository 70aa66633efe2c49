// Reads the `run` data of a shared link into a session state, or explains why it cannot. A link
// comes from anyone, so every step is bounded (text length, unpacked size, list lengths) and every
// field is checked; nothing here throws, whatever the input.

import type { ScenarioModel } from '../../engine/index.ts';
import { SEED_MAX } from '../../player/index.ts';
import { base64urlToBytes } from './base64url.ts';
import { checkLinkInterventions } from './checkLinkInterventions.ts';
import { inflateText } from './compressText.ts';
import { checkInteger, isPlainObject, linkError, type LinkError } from './linkErrors.ts';
import { RUN_FORMAT_VERSION, type SessionLinkState } from './sessionLink.ts';

/** Longest `run` text accepted; 1000 interventions compress to well under this. */
export const RUN_CHARS_MAX = 32_768;
/** Largest unpacked JSON accepted, in bytes. */
export const RUN_JSON_BYTES_MAX = 262_144;
export const LINK_INTERVENTIONS_MAX = 1000;
export const LINK_PARAMS_MAX = 12;
/** Trace lengths beyond this are not a position any run in a browser tab reaches. */
export const TRACE_LENGTH_MAX = 1_000_000_000;

const RUN_KEYS = ['v', 'seed', 't', 'n', 'interventions', 'params', 'variant'];
const PARAM_NAME = /^[A-Za-z0-9_.-]{1,64}$/;

export type DecodeRunResult =
  | { readonly ok: true; readonly state: SessionLinkState }
  | { readonly ok: false; readonly errors: readonly LinkError[] };

/**
 * Decodes and validates `run` data for `scenario` (the parsed scenario file).
 *
 * @example
 * const result = decodeRunData(parseSessionHash(location.hash).run ?? '', scenario);
 * if (!result.ok) console.log(formatScenarioErrors(result.errors));
 */
export function decodeRunData(run: string, scenario: ScenarioModel): DecodeRunResult {
  try {
    const json = unpack(run);
    if (typeof json !== 'string') return { ok: false, errors: [json] };
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      return {
        ok: false,
        errors: [linkError('link', 'does not hold readable session data', json.slice(0, 40))],
      };
    }
    return checkRunData(value, scenario);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ path: 'link', message: `could not be read (${message.slice(0, 80)})` }],
    };
  }
}

/** The JSON text inside the `run` data, or the error that stopped unpacking it. */
function unpack(run: string): string | LinkError {
  if (run.length > RUN_CHARS_MAX) {
    return linkError(
      'link',
      'is too long',
      run,
      `at most ${RUN_CHARS_MAX} characters of session data`,
    );
  }
  const bytes = base64urlToBytes(run);
  if (bytes === null)
    return linkError('link', 'is damaged: its session data is not base64url', run);
  const inflated = inflateText(bytes, RUN_JSON_BYTES_MAX);
  if (inflated.ok) return inflated.text;
  return inflated.reason === 'too-large'
    ? linkError('link', 'unpacks to too much data', run, `at most ${RUN_JSON_BYTES_MAX} bytes`)
    : linkError('link', 'is damaged: its session data does not unpack', run);
}

function checkRunData(value: unknown, scenario: ScenarioModel): DecodeRunResult {
  if (!isPlainObject(value))
    return { ok: false, errors: [linkError('link', 'does not hold session data', value)] };
  const errors: LinkError[] = [];
  for (const key of Object.keys(value)) {
    if (!RUN_KEYS.includes(key))
      errors.push(
        linkError(`link.${key}`, 'is not a field of a link', value[key], RUN_KEYS.join(', ')),
      );
  }
  if (value.v !== RUN_FORMAT_VERSION)
    errors.push(
      linkError('link.v', 'is not a known link version', value.v, String(RUN_FORMAT_VERSION)),
    );
  const numbers = [
    checkInteger('link.seed', value.seed, 0, SEED_MAX),
    checkInteger('link.t', value.t, 0, scenario.durationMs),
    checkInteger('link.n', value.n, 0, TRACE_LENGTH_MAX),
  ];
  for (const error of numbers) if (error !== null) errors.push(error);
  errors.push(...checkParams(value.params));
  if (
    value.variant !== undefined &&
    (typeof value.variant !== 'string' || !PARAM_NAME.test(value.variant))
  )
    errors.push(
      linkError(
        'link.variant',
        'is not a variant id',
        value.variant,
        '1 to 64 of A-Z a-z 0-9 _ . -',
      ),
    );
  const list = value.interventions;
  if (!Array.isArray(list) || list.length > LINK_INTERVENTIONS_MAX) {
    errors.push(
      linkError(
        'link.interventions',
        'is not allowed',
        list,
        `a list of at most ${LINK_INTERVENTIONS_MAX} interventions`,
      ),
    );
    return { ok: false, errors };
  }
  if (errors.length > 0) return { ok: false, errors };
  const checked = checkLinkInterventions(list, scenario);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const state: SessionLinkState = {
    seed: value.seed as number,
    interventions: checked.interventions,
    position: { tMs: value.t as number, traceLength: value.n as number },
    params: value.params as Record<string, number>,
    ...(typeof value.variant === 'string' ? { variant: value.variant } : {}),
  };
  return { ok: true, state };
}

function checkParams(params: unknown): LinkError[] {
  if (!isPlainObject(params) || Object.keys(params).length > LINK_PARAMS_MAX) {
    return [
      linkError(
        'link.params',
        'is not allowed',
        params,
        `an object of at most ${LINK_PARAMS_MAX} parameter values`,
      ),
    ];
  }
  const errors: LinkError[] = [];
  for (const [name, number] of Object.entries(params)) {
    if (!PARAM_NAME.test(name))
      errors.push(
        linkError(
          `link.params`,
          'has a parameter name that is not allowed',
          name,
          '1 to 64 of A-Z a-z 0-9 _ . -',
        ),
      );
    else if (typeof number !== 'number' || !Number.isFinite(number))
      errors.push(linkError(`link.params.${name}`, 'is not a number', number));
  }
  return errors;
}
