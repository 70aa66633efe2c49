// Which key does what in the player (the `?` overlay lists the same table, from shortcutList.ts).
// Keys pressed inside form controls keep their native meaning (a text field takes letters, a range
// input moves with the arrows, a focused button clicks with Space), so one key press never does two
// things. Sliders have no use for Space or letters, so those still reach the player there.

import type { PlayerCommand } from '../../player/index.ts';

export type ShortcutAction =
  | { readonly kind: 'toggle-play' }
  | { readonly kind: 'command'; readonly command: PlayerCommand }
  | { readonly kind: 'speed'; readonly direction: -1 | 1 }
  | { readonly kind: 'toggle-faults' }
  | { readonly kind: 'toggle-presenter' }
  /** `index` is 0-based: key 1 toggles view 0. */
  | { readonly kind: 'toggle-view'; readonly index: number }
  | { readonly kind: 'narration'; readonly direction: 'previous' | 'next' }
  | { readonly kind: 'help' };

export interface KeyPress {
  readonly key: string;
  readonly shiftKey?: boolean;
  /** Upper-case tag name of the focused element, e.g. `BODY` or `INPUT`. */
  readonly targetTagName: string;
  readonly targetInputType?: string;
}

const TEXT_LIKE_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const CLICKABLE_TAGS = new Set(['BUTTON', 'A', 'SUMMARY']);
/** Keys a focused range input uses itself. */
const RANGE_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);

const FIXED: Readonly<Record<string, ShortcutAction>> = {
  ArrowLeft: { kind: 'command', command: { type: 'STEP_BACK' } },
  '[': { kind: 'speed', direction: -1 },
  ']': { kind: 'speed', direction: 1 },
  f: { kind: 'toggle-faults' },
  r: { kind: 'command', command: { type: 'RESTART' } },
  p: { kind: 'toggle-presenter' },
  PageUp: { kind: 'narration', direction: 'previous' },
  PageDown: { kind: 'narration', direction: 'next' },
  '?': { kind: 'help' },
};

/**
 * Maps a key press to a player action, or null to leave the key alone.
 *
 * @example
 * shortcutFor({ key: ' ', targetTagName: 'BODY' }); // { kind: 'toggle-play' }
 * shortcutFor({ key: 'ArrowRight', shiftKey: true, targetTagName: 'BODY' }); // next interesting event
 * shortcutFor({ key: 'f', targetTagName: 'INPUT', targetInputType: 'text' }); // null
 */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  const { key, targetTagName: tag } = press;
  const isRange = tag === 'INPUT' && press.targetInputType === 'range';
  if (TEXT_LIKE_TAGS.has(tag) && !isRange) return null;
  if (isRange && RANGE_KEYS.has(key)) return null;
  if (key === ' ' || key === 'Spacebar') {
    return CLICKABLE_TAGS.has(tag) ? null : { kind: 'toggle-play' };
  }
  if (key === 'ArrowRight') {
    return {
      kind: 'command',
      command: { type: press.shiftKey === true ? 'STEP_TO_INTERESTING' : 'STEP_FORWARD' },
    };
  }
  if (/^[1-7]$/.test(key)) return { kind: 'toggle-view', index: Number(key) - 1 };
  return FIXED[key.length === 1 ? key.toLowerCase() : key] ?? null;
}
