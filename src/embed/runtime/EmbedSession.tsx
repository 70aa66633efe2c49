// One scenario playing in an embed: the run (with any parameters the host set), its player store,
// lesson store and sandbox session. While the engine starts it says so; once the session exists,
// EmbedScreen shows it and takes the host's commands. Keyed by scenario and seed by its parent,
// so a new scenario or seed starts afresh.

import { useCallback, useMemo, useState } from 'react';
import { createPlayerStore } from '../../player/index.ts';
import type { ScenarioSummary } from '../../ui/catalog/scenarioCatalog.ts';
import { guidedScenario } from '../../ui/catalog/guidedScenario.ts';
import { usePlayerSession } from '../../ui/hooks/usePlayerSession.ts';
import { createLessonStore } from '../../ui/lesson/lessonStore.ts';
import { useLessonRun } from '../../ui/lesson/useLessonRun.ts';
import type { SessionLinkState } from '../../ui/url/sessionLink.ts';
import type { EmbedOptions } from '../options/embedOptions.ts';
import type { EmbedChannel } from '../protocol/embedChannel.ts';
import type { EmbedRuntime } from './embedRuntime.ts';
import { EmbedScreen } from './EmbedScreen.tsx';
import type { ScenarioRef } from './runCommand.ts';

export interface EmbedSessionProps {
  readonly scenario: ScenarioSummary;
  readonly fromCatalog: boolean;
  readonly options: EmbedOptions;
  readonly channel: EmbedChannel;
  /** The full sandbox's address, for the "open in the full sandbox" link; null hides it. */
  readonly appUrl: string | null;
  readonly runtime: EmbedRuntime;
  readonly onLoad: (ref: ScenarioRef) => void;
}

/** Where the run starts: the option's time (at most the scenario's end) and seed. */
export function startState(
  scenario: ScenarioSummary,
  options: EmbedOptions,
): SessionLinkState | null {
  const tMs = Math.min(options.startMs, scenario.durationMs);
  if (options.seed === null && tMs === 0) return null;
  return {
    seed: options.seed ?? scenario.seed,
    interventions: [],
    position: { tMs, traceLength: 0 },
    params: {},
  };
}

export function EmbedSession(props: EmbedSessionProps) {
  const { scenario, options, runtime } = props;
  const guide = useMemo(() => guidedScenario(scenario), [scenario]);
  const [start] = useState(() => startState(scenario, options));
  const [run, rebuild] = useLessonRun(scenario, guide, start);
  const [player] = useState(() => createPlayerStore({ speed: options.speed ?? 1 }));
  const [lesson] = useState(() => createLessonStore(guide?.narration ?? []));
  const session = usePlayerSession(
    run.scenario,
    runtime.createSimulation,
    runtime.createTickSource,
    player,
    run.start,
  );
  const setParameter = useCallback(
    (id: string, value: number): string | null => {
      if (session === null) return 'setParameter: the sandbox is still starting';
      const knobs = {
        variantId: run.knobs.variantId,
        params: { ...run.knobs.params, [id]: value },
      };
      return rebuild(knobs, session.getSnapshot());
    },
    [session, run.knobs, rebuild],
  );
  if (session === null) {
    return (
      <p className="muted embed-starting" data-testid="embed-starting">
        Starting the simulation…
      </p>
    );
  }
  return (
    <EmbedScreen
      {...props}
      guide={guide}
      playing={run.scenario}
      params={run.params}
      session={session}
      player={player}
      lesson={lesson}
      setParameter={setParameter}
    />
  );
}
