// What a running embed shows and does: its title and "open in the full sandbox" link, the chosen
// controls and views, and the narration when it is on. It takes the host's commands through the
// channel and reports events back (useEmbedEvents).

import { memo, useCallback, useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import {
  selectDurationMs,
  selectError,
  selectNowMs,
  selectSpeed,
  selectStatus,
  type PlayerCommand,
  type PlayerStore,
  type SandboxSession,
} from '../../player/index.ts';
import type { ScenarioFile } from '../../scenario/index.ts';
import type { ScenarioSummary } from '../../ui/catalog/scenarioCatalog.ts';
import { useSessionSnapshot } from '../../ui/hooks/useSessionSnapshot.ts';
import type { LessonStore } from '../../ui/lesson/lessonStore.ts';
import { LessonStoreContext } from '../../ui/lesson/LessonStoreContext.ts';
import { NarrationSection } from '../../ui/lesson/NarrationSection.tsx';
import type { SessionLinkState } from '../../ui/url/sessionLink.ts';
import { openingViews } from '../../ui/views/viewIds.ts';
import { EmbedControls } from './EmbedControls.tsx';
import type { EmbedSessionProps } from './EmbedSession.tsx';
import { EmbedViews, orderedViews } from './EmbedViews.tsx';
import { FullSandboxLink } from './FullSandboxLink.tsx';
import { runCommand, type CommandTarget } from './runCommand.ts';
import { useEmbedEvents } from './useEmbedEvents.ts';
import { useOptionChanges } from './useOptionChanges.ts';
import { useViewSelection } from './useViewSelection.ts';

export interface EmbedScreenProps extends EmbedSessionProps {
  readonly guide: ScenarioFile | null;
  /** The scenario being played, with the host's parameters applied. */
  readonly playing: ScenarioSummary;
  readonly params: SessionLinkState['params'];
  readonly session: SandboxSession;
  readonly player: PlayerStore;
  readonly lesson: LessonStore;
  readonly setParameter: (id: string, value: number) => string | null;
}

/** Player commands that jump in time, whose skipped trace events hosts are not sent. */
const JUMPS: ReadonlySet<PlayerCommand['type']> = new Set(['SEEK', 'STEP_BACK', 'RESTART']);

const MemoLink = memo(FullSandboxLink);

export function EmbedScreen(props: EmbedScreenProps) {
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

  // The host's commands go to whatever is current when they arrive.
  const target = useRef<CommandTarget | null>(null);
  const { setParameter, onLoad } = props;
  useEffect(() => {
    target.current = {
      session,
      durationMs: playing.durationMs,
      guide,
      setParameter,
      load: onLoad,
      jump,
    };
  }, [session, playing.durationMs, guide, setParameter, onLoad, jump]);
  useEffect(
    () =>
      channel.listen((command) => {
        if (target.current === null) return;
        const problem = runCommand(command, target.current);
        if (problem !== null) channel.emit(problem);
      }),
    [channel],
  );

  const ready = useRef(false);
  useEffect(() => {
    if (ready.current) return;
    ready.current = true;
    channel.emit({
      type: 'ready',
      scenario: scenario.id,
      title: scenario.title,
      durationMs: scenario.durationMs,
      seed: session.getSnapshot().seed,
      views: orderedViews(visible, order),
      parameters: (guide?.parameters ?? []).map((p) => ({
        id: p.id,
        unit: p.unit,
        min: p.min,
        max: p.max,
        step: p.step,
        default: p.default,
      })),
    });
  }, [channel, scenario, session, visible, order, guide]);

  useEffect(() => {
    if (failure !== null) channel.emit({ type: 'error', code: 'failed', message: failure.message });
  }, [channel, failure]);

  const narrationShown = options.narration && guide !== null && guide.narration.length > 0;
  return (
    <LessonStoreContext value={lesson}>
      <div className="embed-session" data-narration={narrationShown ? 'on' : 'off'}>
        <header className="embed-header">
          <h2 className="embed-title">{scenario.title}</h2>
          {props.appUrl !== null && props.fromCatalog && (
            <MemoLink
              appUrl={props.appUrl}
              scenario={scenario}
              session={session}
              params={props.params}
            />
          )}
        </header>
        {failure !== null && (
          <p className="embed-problem" role="alert">
            The simulation stopped: {failure.message}
          </p>
        )}
        <EmbedControls
          mode={options.controls}
          player={player}
          status={status}
          speed={speed}
          nowMs={nowMs}
          durationMs={durationMs}
          visible={visible}
          onToggleView={toggleView}
          onCommand={send}
        />
        <div className="embed-body">
          <EmbedViews
            sim={sim}
            scenario={playing}
            visible={visible}
            order={order}
            speed={speed}
            durationMs={durationMs}
            send={send}
          />
          {narrationShown && (
            <aside className="embed-lesson" aria-label="Lesson">
              <NarrationSection lesson={lesson} sim={sim} player={player} send={send} />
            </aside>
          )}
        </div>
      </div>
    </LessonStoreContext>
  );
}
