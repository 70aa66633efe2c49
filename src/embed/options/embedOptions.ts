// The options an author gives an embedded sandbox, as plain data with their defaults and limits.
// The iframe reads them from its URL, the web component from its attributes and the React
// component from its props; all three end up here, so the three ways behave the same.

import type { ViewId } from '../../ui/views/viewIds.ts';

export const CONTROL_MODES = ['none', 'minimal', 'full'] as const;
export type ControlMode = (typeof CONTROL_MODES)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The longest run the scenario format allows (one hour), so no start time can be later. */
export const START_MS_MAX = 3_600_000;

/** Longest option value read from a URL or an attribute; anything longer is refused unread. */
export const OPTION_CHARS_MAX = 400;

/** Longest query string the iframe reads at all. */
export const QUERY_CHARS_MAX = 4096;

export interface EmbedOptions {
  /** A scenario id from the catalogue, or null when the scenario comes inline. */
  readonly scenario: string | null;
  /** The views to show, in order; null shows the scenario's own opening views. */
  readonly views: readonly ViewId[] | null;
  readonly controls: ControlMode;
  /** Whether a guided scenario's narration (and its questions) shows beside the views. */
  readonly narration: boolean;
  /** Virtual milliseconds to start at. */
  readonly startMs: number;
  readonly autoplay: boolean;
  readonly theme: Theme;
  /** Overrides the scenario's seed. */
  readonly seed: number | null;
  /** Virtual ms per wall ms, from 0.1 to 100; null keeps real time (1×). */
  readonly speed: number | null;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  scenario: null,
  views: null,
  controls: 'minimal',
  narration: true,
  startMs: 0,
  autoplay: false,
  theme: 'auto',
  seed: null,
  speed: null,
};

/** An option that could not be used: its name and why, with the allowed values. */
export interface OptionProblem {
  readonly option: string;
  readonly message: string;
}
