// Starts a sandbox session for a scenario and shows it, with the lesson panel beside it when the
// scenario is guided (narration, expected outcomes, variants or parameters). Errors from the
// session, at creation or later from the engine, are thrown here so the surrounding error boundary
// shows them. Picking a variant or parameters rebuilds the session at the same moment.

import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { selectError, type PlayerStore } from '../../player/index.ts';
import type { ScenarioFile } from '../../scenario/index.ts';
import type { ScenarioSummary } from '../catalog/scenarioCatalog.ts';
import { guidedScenario } from '../catalog/guidedScenario.ts';
import { SessionScreen } from '../controls/SessionScreen.tsx';
import {
  usePlayerSession,
  type SimulationFactory,
  type TickSourceFactory,
} from '../hooks/usePlayerSession.ts';
import { LessonPanel } from '../lesson/LessonPanel.tsx';
import { LessonToggle } from '../lesson/LessonToggle.tsx';
import { createLessonStore } from '../lesson/lessonStore.ts';
import { LessonStoreContext } from '../lesson/LessonStoreContext.ts';
import { useLessonRun } from '../lesson/useLessonRun.ts';
import type { SessionLinkState } from '../url/sessionLink.ts';

export interface PlayerSessionViewProps {
  readonly scenario: ScenarioSummary;
  readonly createSimulation: SimulationFactory;
  readonly createTickSource: TickSourceFactory;
  readonly store: PlayerStore;
  /** Seed, interventions and position from a shared link; null starts from the defaults. */
  readonly start: SessionLinkState | null;
}

function hasLesson(guide: ScenarioFile | null): guide is ScenarioFile {
  if (guide === null) return false;
  const { narration, expect, parameters, variants } = guide;
  return narration.length + expect.length + parameters.length + variants.length > 0;
}

export function PlayerSessionView({
  scenario,
  createSimulation,
  createTickSource,
  store,
  start,
}: PlayerSessionViewProps) {
  const guide = useMemo(() => guidedScenario(scenario), [scenario]);
  const [run, rebuild] = useLessonRun(scenario, guide, start);
  const [lesson] = useState(() => createLessonStore(guide?.narration ?? []));
  const [lessonShown, setLessonShown] = useState(true);
  const session = usePlayerSession(
    run.scenario,
    createSimulation,
    createTickSource,
    store,
    run.start,
  );
  const error = useStore(store, selectError);
  if (error !== null) throw error;
  if (session === null) return <p className="muted">Starting the simulation…</p>;
  const screen = (
    <SessionScreen
      session={session}
      scenario={run.scenario}
      store={store}
      params={run.params}
      variant={run.knobs.variantId}
    />
  );
  const playing = guidedScenario(run.scenario);
  if (!hasLesson(guide) || playing === null) return screen;
  return (
    <LessonStoreContext value={lesson}>
      <div className="lesson-layout" data-lesson={lessonShown ? 'shown' : 'hidden'}>
        <div className="lesson-session">{screen}</div>
        {lessonShown ? (
          <LessonPanel
            guide={guide}
            playing={playing}
            lesson={lesson}
            session={session}
            player={store}
            createSimulation={createSimulation}
            knobs={run.knobs}
            onKnobs={(knobs) => rebuild(knobs, session.getSnapshot())}
            onHide={() => setLessonShown(false)}
          />
        ) : (
          <LessonToggle onShow={() => setLessonShown(true)} />
        )}
      </div>
    </LessonStoreContext>
  );
}
