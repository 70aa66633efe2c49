// Which origins may drive an embedded iframe. The embed URL names them (`origins=`), the site that
// serves the sandbox may name more in embed.html's `stream-sandbox-origins` meta tag, and the
// sandbox's own origin is always allowed. `*` allows any origin, for authors who want that.

import { z } from 'zod';

/** At most this many origins in one list, so a URL cannot make every message a long search. */
export const ORIGINS_MAX = 16;

export interface OriginPolicy {
  readonly any: boolean;
  readonly origins: ReadonlySet<string>;
}

export type OriginListResult =
  | { readonly ok: true; readonly origins: readonly string[] }
  | { readonly ok: false; readonly message: string };

const ORIGIN_RULE =
  'a comma-separated list of origins such as https://lessons.example.org or http://localhost:5173, or *';

const originSchema = z
  .string()
  .max(200)
  .regex(/^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?$|^\*$/);

/**
 * Reads a list of origins as written in a URL or a meta tag.
 *
 * @example
 * parseOriginList('https://a.test, http://localhost:5173'); // { ok: true, origins: [...] }
 */
export function parseOriginList(text: string): OriginListResult {
  if (text.length > ORIGINS_MAX * 210) {
    return {
      ok: false,
      message: `origins: the list is too long; use ${ORIGIN_RULE} (at most ${ORIGINS_MAX})`,
    };
  }
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length > ORIGINS_MAX) {
    return {
      ok: false,
      message: `origins: ${parts.length} origins is too many; at most ${ORIGINS_MAX}`,
    };
  }
  const origins: string[] = [];
  for (const part of parts) {
    const origin = originSchema.safeParse(part).success ? normalOrigin(part) : null;
    if (origin === null) {
      const shown = JSON.stringify(part.length > 60 ? `${part.slice(0, 59)}…` : part);
      return { ok: false, message: `origins: ${shown} is not an origin; use ${ORIGIN_RULE}` };
    }
    origins.push(origin);
  }
  return { ok: true, origins };
}

/** The URL parser lower-cases the host and drops a default port, as browsers report origins. */
function normalOrigin(text: string): string | null {
  if (text === '*') return '*';
  try {
    return new URL(text).origin;
  } catch {
    return null;
  }
}

/** The policy for an embed served from `ownOrigin` that also allows `listed`. */
export function createOriginPolicy(ownOrigin: string, listed: readonly string[]): OriginPolicy {
  return {
    any: listed.includes('*'),
    origins: new Set([ownOrigin, ...listed.filter((origin) => origin !== '*')]),
  };
}

export function isOriginAllowed(policy: OriginPolicy, origin: string): boolean {
  return policy.any || policy.origins.has(origin);
}

/** The allowed origins in words, for console messages. */
export function describePolicy(policy: OriginPolicy): string {
  return policy.any ? 'any origin' : [...policy.origins].join(', ');
}
