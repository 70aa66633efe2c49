// Starts a sandbox session for a scenario and shows it, with the lesson panel beside it when the
// scenario is guided (narration, expected outcomes, variants or parameters). Errors from the
// session, at creation or later from the engine, are thrown here so the surrounding error boundary
// shows them. Picking a variant or parameters rebuilds the session at the same moment. The lesson
// panel is a chunk of its own; a guided scenario's screen waits for it (LessonLayout).

import { Suspense, useEffect, useMemo, useState } from 'react';
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
import { createLessonStore } from '../lesson/lessonStore.ts';
import { useLessonRun } from '../lesson/useLessonRun.ts';
import { lessonPanelLoader } from '../routes/lessonPanelLoader.ts';
import { PartLoading } from '../routes/PartLoading.tsx';
import type { SessionLinkState } from '../url/sessionLink.ts';
import { LessonLayout } from './LessonLayout.tsx';

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
  useEffect(() => {
    // The lesson's chunk loads while the simulation starts.
    if (hasLesson(guide)) lessonPanelLoader.load().catch(() => undefined);
  }, [guide]);
  const session = usePlayerSession(
    run.scenario,
    createSimulation,
    createTickSource,
    store,
    run.start,
  );
  const error = useStore(store, selectError);
  if (error !== null) throw error;
  if (session === null) return <PartLoading what="the simulation" doing="Starting" />;
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
    <Suspense fallback={<PartLoading what="the lesson" />}>
      <LessonLayout
        screen={screen}
        lesson={lesson}
        shown={lessonShown}
        onShow={() => setLessonShown(true)}
        panel={{
          guide,
          playing,
          lesson,
          session,
          player: store,
          createSimulation,
          knobs: run.knobs,
          onKnobs: (knobs) => rebuild(knobs, session.getSnapshot()),
          onHide: () => setLessonShown(false),
        }}
      />
    </Suspense>
  );
}
