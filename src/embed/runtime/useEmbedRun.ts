// What a running embed does, apart from drawing it: it reads the session and the player, picks
// the views, sends player commands, applies option changes, takes the host's commands and reports
// to the host. EmbedScreen.tsx draws what this returns; keeping the wiring here keeps the screen
// a plain description of its parts.

import { useCallback, useEffect } from 'react';
import { useStore } from 'zustand';
import {
  selectDurationMs,
  selectError,
  selectNowMs,
  selectSpeed,
  selectStatus,
  type PlayerCommand,
} from '../../player/index.ts';
import { useSessionSnapshot } from '../../ui/hooks/useSessionSnapshot.ts';
import { openingViews } from '../../ui/views/viewIds.ts';
import type { EmbedScreenProps } from './EmbedScreen.tsx';
import { useEmbedEvents } from './useEmbedEvents.ts';
import { useHostCommands } from './useHostCommands.ts';
import { useOptionChanges } from './useOptionChanges.ts';
import { useReadyEvent } from './useReadyEvent.ts';
import { useViewSelection } from './useViewSelection.ts';

/** Player commands that jump in time, whose skipped trace events hosts are not sent. */
const JUMPS: ReadonlySet<PlayerCommand['type']> = new Set(['SEEK', 'STEP_BACK', 'RESTART']);

/** The running embed's state for the screen to draw, and its one way to send player commands. */
export function useEmbedRun(props: EmbedScreenProps) {
  const { scenario, options, channel, session, player, lesson, guide, playing } = props;
  const { sim, controller } = useSessionSnapshot(session);
  const status = useStore(player, selectStatus);
  const speed = useStore(player, selectSpeed);
  const nowMs = useStore(player, selectNowMs);
  const durationMs = useStore(player, selectDurationMs);
  const failure = useStore(player, selectError);
  const order = options.views ?? openingViews((scenario as { readonly views?: unknown }).views);
  const [visible, toggleView] = useViewSelection(order);
  const jump = useEmbedEvents(channel, sim, player, lesson);
  const send = useCallback(
    (command: PlayerCommand) =>
      JUMPS.has(command.type) ? jump(() => controller.send(command)) : controller.send(command),
    [controller, jump],
  );
  useOptionChanges(options, send, playing.durationMs);
  const { setParameter, onLoad } = props;
  useHostCommands(channel, {
    session,
    durationMs: playing.durationMs,
    guide,
    setParameter,
    load: onLoad,
    jump,
  });
  useReadyEvent({ channel, scenario, session, visible, order, guide });

  useEffect(() => {
    if (failure !== null) channel.emit({ type: 'error', code: 'failed', message: failure.message });
  }, [channel, failure]);

  return { sim, status, speed, nowMs, durationMs, failure, order, visible, toggleView, send };
}
