// Where an embed finds a scenario by id. The iframe and the React component carry the scenario
// files (bundledLibrary.ts); the web component, which must stay small, fetches one file at a time
// from the scenarios/ folder beside its script (fetchLibrary here). Either way the file passes
// the scenario layer's validator.

import { formatScenarioErrors, parseScenarioText } from '../../scenario/index.ts';
import type { ScenarioSummary } from '../../ui/catalog/scenarioCatalog.ts';

export type ResolvedScenario =
  | { readonly ok: true; readonly scenario: ScenarioSummary; readonly fromCatalog: boolean }
  | { readonly ok: false; readonly message: string };

export interface ScenarioLibrary {
  /** Finds a scenario by id: at once from a bundled catalogue, or later from a fetch. */
  readonly find: (id: string) => ResolvedScenario | Promise<ResolvedScenario>;
}

/** The largest scenario file read, the scenario format's own limit (1 MiB). */
export const SCENARIO_BYTES_MAX = 1_048_576;

/** How many validation errors are shown; the rest are counted. */
const ERRORS_SHOWN_MAX = 5;

/** A scenario file's text parsed and validated, with at most a few errors in the message. */
export function parseScenarioFile(
  text: string,
  label: string,
  fromCatalog: boolean,
): ResolvedScenario {
  const result = parseScenarioText(text);
  if (result.ok) return { ok: true, scenario: result.scenario, fromCatalog };
  const shown = formatScenarioErrors(result.errors.slice(0, ERRORS_SHOWN_MAX));
  const hidden = result.errors.length - ERRORS_SHOWN_MAX;
  return { ok: false, message: `${label}: ${shown}${hidden > 0 ? `\n(and ${hidden} more)` : ''}` };
}

/** Reads a response's body, refusing it once it passes `bytesMax`. */
async function boundedText(response: Response, bytesMax: number): Promise<string | null> {
  if (response.body === null) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > bytesMax) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(joined);
}

async function fetchScenario(url: URL, id: string): Promise<ResolvedScenario> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    return {
      ok: false,
      message: `scenario: could not fetch ${url.href}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      message: `scenario: no scenario has the id ${JSON.stringify(id)} (${url.href} answered ${response.status})`,
    };
  }
  const text = await boundedText(response, SCENARIO_BYTES_MAX);
  if (text === null)
    return {
      ok: false,
      message: `scenario: ${url.href} is larger than ${SCENARIO_BYTES_MAX} bytes`,
    };
  const resolved = parseScenarioFile(text, `scenario ${JSON.stringify(id)}`, true);
  if (resolved.ok && resolved.scenario.id !== id) {
    return {
      ok: false,
      message: `scenario: ${url.href} holds the scenario ${JSON.stringify(resolved.scenario.id)}, not ${JSON.stringify(id)}`,
    };
  }
  return resolved;
}

/**
 * A library that fetches `<folder><id>.json`, once per id.
 *
 * @example
 * fetchLibrary(new URL('./scenarios/', import.meta.url)).find('core-loop'); // a promise
 */
export function fetchLibrary(folder: URL): ScenarioLibrary {
  const found = new Map<string, Promise<ResolvedScenario>>();
  return {
    find(id) {
      let result = found.get(id);
      if (result === undefined) {
        result = fetchScenario(new URL(`${encodeURIComponent(id)}.json`, folder), id);
        found.set(id, result);
      }
      return result;
    },
  };
}
