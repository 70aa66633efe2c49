// Reads embed options from text, the way both a URL (`embed.html?views=logs&t=12000`) and the
// web component's attributes give them. Each value is bounded before it is looked at and checked
// with zod; a value that does not fit keeps its default and is reported with the allowed values,
// so a typo in a lesson page shows up instead of silently changing nothing.

import { z } from 'zod';
import { parseSeed, SPEED_MAX, SPEED_MIN } from '../../player/index.ts';
import { VIEW_IDS } from '../../ui/views/viewIds.ts';
import {
  CONTROL_MODES,
  DEFAULT_EMBED_OPTIONS,
  OPTION_CHARS_MAX,
  START_MS_MAX,
  THEMES,
  type EmbedOptions,
  type OptionProblem,
} from './embedOptions.ts';

/** Where option text comes from: a URL's search parameters or an element's attributes. */
export type OptionSource = (name: string) => string | null;

export interface ReadOptionsResult {
  readonly options: EmbedOptions;
  readonly problems: readonly OptionProblem[];
}

/** The names an embed reads, as written in a URL or on the element. */
export const OPTION_NAMES = [
  'scenario',
  'views',
  'controls',
  'narration',
  't',
  'autoplay',
  'theme',
  'seed',
  'speed',
] as const;

const TRUE_WORDS = ['', '1', 'true', 'on', 'yes'];
const FALSE_WORDS = ['0', 'false', 'off', 'no'];

/** A scenario id as the scenario format writes it. */
export const scenarioIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);

const viewsSchema = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  )
  .pipe(z.array(z.enum(VIEW_IDS)).min(1).max(VIEW_IDS.length));

const switchSchema = z
  .string()
  .transform((text) => text.trim().toLowerCase())
  .pipe(z.enum([...TRUE_WORDS, ...FALSE_WORDS]))
  .transform((word) => TRUE_WORDS.includes(word));

const startSchema = z
  .string()
  .regex(/^\s*[0-9]{1,7}\s*$/)
  .transform(Number)
  .pipe(z.number().int().min(0).max(START_MS_MAX));

const speedSchema = z
  .string()
  .regex(/^\s*[0-9]{1,3}(\.[0-9]{1,3})?\s*$/)
  .transform(Number)
  .pipe(z.number().min(SPEED_MIN).max(SPEED_MAX));

interface OptionRule<K extends keyof EmbedOptions> {
  readonly key: K;
  readonly name: (typeof OPTION_NAMES)[number];
  readonly read: (text: string) => EmbedOptions[K] | undefined;
  readonly allowed: string;
}

function fromSchema<T>(schema: z.ZodType<T, string>) {
  return (text: string): T | undefined => {
    const result = schema.safeParse(text);
    return result.success ? result.data : undefined;
  };
}

function readSeed(text: string): number | undefined {
  const result = parseSeed(text);
  return result.ok ? result.seed : undefined;
}

const RULES = [
  {
    key: 'scenario',
    name: 'scenario',
    read: fromSchema(scenarioIdSchema),
    allowed: 'a scenario id: 1 to 64 characters from A-Z a-z 0-9 . _ -',
  },
  {
    key: 'views',
    name: 'views',
    read: fromSchema(viewsSchema),
    allowed: `a comma-separated list of ${VIEW_IDS.join(', ')}`,
  },
  {
    key: 'controls',
    name: 'controls',
    read: fromSchema(z.enum(CONTROL_MODES)),
    allowed: CONTROL_MODES.join(', '),
  },
  {
    key: 'narration',
    name: 'narration',
    read: fromSchema(switchSchema),
    allowed: 'on or off',
  },
  {
    key: 'startMs',
    name: 't',
    read: fromSchema(startSchema),
    allowed: `a whole number of milliseconds from 0 to ${START_MS_MAX}`,
  },
  {
    key: 'autoplay',
    name: 'autoplay',
    read: fromSchema(switchSchema),
    allowed: '1 or 0 (also on/off, true/false)',
  },
  { key: 'theme', name: 'theme', read: fromSchema(z.enum(THEMES)), allowed: THEMES.join(', ') },
  {
    key: 'seed',
    name: 'seed',
    read: readSeed,
    allowed: 'a whole number from 0 to 4294967295',
  },
  {
    key: 'speed',
    name: 'speed',
    read: fromSchema(speedSchema),
    allowed: `a speed from ${SPEED_MIN} to ${SPEED_MAX} (× real time)`,
  },
] as const satisfies readonly OptionRule<keyof EmbedOptions>[];

/** Shows a stranger's value in a message without letting it flood the page. */
export function quoteValue(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return JSON.stringify(shown);
}

/**
 * Reads every option; unknown names are not read at all.
 *
 * @example
 * const url = new URL('https://x.test/embed.html?views=logs,trace&t=12000');
 * readEmbedOptions((name) => url.searchParams.get(name)).options.startMs; // 12000
 */
export function readEmbedOptions(source: OptionSource): ReadOptionsResult {
  const options: Record<string, unknown> = { ...DEFAULT_EMBED_OPTIONS };
  const problems: OptionProblem[] = [];
  for (const rule of RULES) {
    const text = source(rule.name);
    if (text === null) continue;
    const value = text.length > OPTION_CHARS_MAX ? undefined : rule.read(text);
    if (value === undefined) {
      problems.push({
        option: rule.name,
        message: `${rule.name}: ${quoteValue(text)} is not allowed; use ${rule.allowed}.`,
      });
    } else {
      options[rule.key] = value;
    }
  }
  return { options: options as unknown as EmbedOptions, problems };
}
