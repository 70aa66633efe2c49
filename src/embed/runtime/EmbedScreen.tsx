// What a running embed shows and does: its title and "open in the full sandbox" link, the chosen
// controls and views, and the narration when it is on. It takes the host's commands through the
// channel and reports events back; that wiring is in useEmbedRun.ts, and this file draws.

import type { PlayerStore, SandboxSession } from '../../player/index.ts';
import type { ScenarioFile } from '../../scenario/index.ts';
import type { ScenarioSummary } from '../../ui/catalog/scenarioCatalog.ts';
import type { LessonStore } from '../../ui/lesson/lessonStore.ts';
import { LessonStoreContext } from '../../ui/lesson/LessonStoreContext.ts';
import { NarrationSection } from '../../ui/lesson/NarrationSection.tsx';
import type { SessionLinkState } from '../../ui/url/sessionLink.ts';
import { EmbedControls } from './EmbedControls.tsx';
import { EmbedHeader } from './EmbedHeader.tsx';
import type { EmbedSessionProps } from './EmbedSession.tsx';
import { EmbedViews } from './EmbedViews.tsx';
import { useEmbedRun } from './useEmbedRun.ts';

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

export function EmbedScreen(props: EmbedScreenProps) {
  const { scenario, options, session, player, lesson, guide, playing } = props;
  const { sim, status, speed, nowMs, durationMs, failure, order, visible, toggleView, send } =
    useEmbedRun(props);
  const narrationShown = options.narration && guide !== null && guide.narration.length > 0;
  return (
    <LessonStoreContext value={lesson}>
      <div className="embed-session" data-narration={narrationShown ? 'on' : 'off'}>
        <EmbedHeader
          scenario={scenario}
          appUrl={props.appUrl}
          fromCatalog={props.fromCatalog}
          session={session}
          params={props.params}
        />
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
