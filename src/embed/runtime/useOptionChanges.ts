// Applies the options that act on a running embed: autoplay (on start, and when switched on),
// the start time (a changed `t` seeks) and the speed. Options that need a new run (scenario,
// seed) remount the session instead, and the rest (views, controls, theme) only re-render.

import { useEffect, useRef } from 'react';
import type { PlayerCommand } from '../../player/index.ts';
import type { EmbedOptions } from '../options/embedOptions.ts';

export function useOptionChanges(
  options: EmbedOptions,
  send: (command: PlayerCommand) => void,
  durationMs: number,
): void {
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  useEffect(() => {
    if (options.autoplay) sendRef.current({ type: 'PLAY' });
  }, [options.autoplay]);

  // The session already started at the first `t`; only a later change seeks.
  const firstStart = useRef(options.startMs);
  useEffect(() => {
    if (options.startMs === firstStart.current) return;
    firstStart.current = -1;
    sendRef.current({ type: 'SEEK', tMs: Math.min(options.startMs, durationMs) });
  }, [options.startMs, durationMs]);

  useEffect(() => {
    if (options.speed !== null) sendRef.current({ type: 'SET_SPEED', speed: options.speed });
  }, [options.speed]);
}
