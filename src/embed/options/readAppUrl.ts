// The address of the full sandbox, for the "open in the full sandbox" link, as an author may give
// it (the web component's `app-url`, the React component's `appUrl`). Only http and https
// addresses are taken, so an attribute can never turn the link into a script.

import { OPTION_CHARS_MAX, type OptionProblem } from './embedOptions.ts';

export type AppUrlResult =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly problem: OptionProblem };

/**
 * Resolves `text` against `base` and checks it.
 *
 * @example
 * readAppUrl('/sandbox/', 'https://lessons.example.org/m03/'); // ok: https://lessons.example.org/sandbox/
 */
export function readAppUrl(text: string, base: string, option = 'app-url'): AppUrlResult {
  const refuse = (why: string): AppUrlResult => ({
    ok: false,
    problem: {
      option,
      message: `${option}: ${why}; use an http or https address of the sandbox app`,
    },
  });
  if (text.length > OPTION_CHARS_MAX)
    return refuse(`the address is longer than ${OPTION_CHARS_MAX} characters`);
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return refuse(`${JSON.stringify(text.slice(0, 40))} is not an address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return refuse(`${JSON.stringify(url.protocol)} addresses are not allowed`);
  url.hash = '';
  return { ok: true, url: url.href };
}
