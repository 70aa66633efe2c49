// Everything the iframe embed reads from its own address: the options, the allowed origins, and
// the problems with either, including option names it does not know (a typo such as `view=`).

import type { EmbedOptions, OptionProblem } from '../options/embedOptions.ts';
import { QUERY_CHARS_MAX } from '../options/embedOptions.ts';
import { OPTION_NAMES, readEmbedOptions } from '../options/readEmbedOptions.ts';
import {
  createOriginPolicy,
  parseOriginList,
  type OriginPolicy,
} from '../protocol/originPolicy.ts';

export interface FrameConfig {
  readonly options: EmbedOptions;
  readonly problems: readonly OptionProblem[];
  readonly policy: OriginPolicy;
}

const FRAME_NAMES: readonly string[] = [...OPTION_NAMES, 'origins'];

/**
 * Reads the iframe's configuration from its location and the site's meta tag.
 *
 * @example
 * readFrameConfig(window.location, 'https://lessons.example.org').options.views;
 */
export function readFrameConfig(
  location: Pick<Location, 'search' | 'origin'>,
  siteOrigins: string,
): FrameConfig {
  const problems: OptionProblem[] = [];
  let search = location.search;
  if (search.length > QUERY_CHARS_MAX) {
    problems.push({
      option: 'url',
      message: `the embed URL's options are ${search.length} characters long; at most ${QUERY_CHARS_MAX} are read, so none were`,
    });
    search = '';
  }
  const params = new URLSearchParams(search);
  const read = readEmbedOptions((name) => params.get(name));
  problems.push(...read.problems);
  const unknown = [...new Set(params.keys())].filter((name) => !FRAME_NAMES.includes(name));
  for (const name of unknown.slice(0, 5)) {
    problems.push({
      option: name,
      message: `${JSON.stringify(name.slice(0, 40))} is not an option; the options are ${FRAME_NAMES.join(', ')}`,
    });
  }
  const listed: string[] = [];
  for (const [option, text] of [
    ['origins', params.get('origins') ?? ''],
    ['stream-sandbox-origins meta tag', siteOrigins],
  ] as const) {
    const result = parseOriginList(text);
    if (result.ok) listed.push(...result.origins);
    else problems.push({ option, message: result.message });
  }
  return { options: read.options, problems, policy: createOriginPolicy(location.origin, listed) };
}
