// Which key does what in the player: Space plays or pauses, the arrows step. Keys pressed inside
// form controls keep their native meaning (a range input moves with the arrows, a focused button
// clicks with Space), so the page never does two things for one key press. Sliders have no use
// for Space, so Space still plays or pauses after you drag the scrubber or the speed.

import type { PlayerCommand } from '../../player/index.ts';

export type PlayerKeyAction = 'toggle-play' | PlayerCommand;

const TEXT_LIKE_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const CLICKABLE_TAGS = new Set(['BUTTON', 'A', 'SUMMARY']);

/**
 * Maps a key press to a player action, or null to leave the key alone.
 *
 * @example
 * playerKeyAction(' ', 'BODY'); // 'toggle-play'
 * playerKeyAction('ArrowLeft', 'INPUT'); // null
 */
export function playerKeyAction(
  key: string,
  targetTagName: string,
  targetInputType = '',
): PlayerKeyAction | null {
  const isSpace = key === ' ' || key === 'Spacebar';
  if (isSpace && targetTagName === 'INPUT' && targetInputType === 'range') return 'toggle-play';
  if (TEXT_LIKE_TAGS.has(targetTagName)) return null;
  if (isSpace) return CLICKABLE_TAGS.has(targetTagName) ? null : 'toggle-play';
  if (key === 'ArrowRight') return { type: 'STEP_FORWARD' };
  if (key === 'ArrowLeft') return { type: 'STEP_BACK' };
  return null;
}
