// The options of an embed that lives in the host's own page (the web component and the React
// component): the embed options from their text, plus the full sandbox's address for the "open in
// the full sandbox" link. Both hosts read through here, so an attribute and a prop are checked
// alike and report their problems alike.

import type { EmbedOptions, OptionProblem } from './embedOptions.ts';
import { readAppUrl } from './readAppUrl.ts';
import { OPTION_NAMES, readEmbedOptions, type OptionSource } from './readEmbedOptions.ts';

export interface HostOptions {
  readonly options: EmbedOptions;
  readonly problems: readonly OptionProblem[];
  /** The full sandbox's address, or null to hide the link. */
  readonly appUrl: string | null;
}

/** Where the host names the sandbox's address, and what to use when it names none. */
export interface AppUrlOption {
  /** The option's name as the host writes it: `app-url` (attribute) or `appUrl` (prop). */
  readonly name: string;
  /** The address used when the host gives none; null hides the link. */
  readonly fallback: string | null;
  /** What a relative address is resolved against, usually `document.baseURI`. */
  readonly base: string;
}

/** The names a web component observes: every embed option and the sandbox's address. */
export const HOST_OPTION_NAMES = [...OPTION_NAMES, 'app-url'] as const;

/**
 * Reads every option and the app address from `source`.
 *
 * @example
 * readHostOptions((name) => element.getAttribute(name), { name: 'app-url', fallback: null, base: document.baseURI });
 */
export function readHostOptions(source: OptionSource, appUrl: AppUrlOption): HostOptions {
  const read = readEmbedOptions(source);
  const text = source(appUrl.name);
  if (text === null) return { ...read, appUrl: appUrl.fallback };
  const result = readAppUrl(text, appUrl.base, appUrl.name);
  return result.ok
    ? { ...read, appUrl: result.url }
    : {
        options: read.options,
        problems: [...read.problems, result.problem],
        appUrl: appUrl.fallback,
      };
}
