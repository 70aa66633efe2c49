// The root of every embed (iframe, web component, React component): theme, click-to-activate,
// the problems found in the author's options, and the scenario playing. A `loadScenario` command
// replaces the author's scenario until the author gives another. A scenario that cannot be found
// or validated shows why, and the embed still takes `loadScenario`.

import { useState } from 'react';
import { ErrorBoundary } from '../../ui/components/ErrorBoundary.tsx';
import type { EmbedOptions, OptionProblem } from '../options/embedOptions.ts';
import type { EmbedChannel } from '../protocol/embedChannel.ts';
import { ActivationShield } from './ActivationShield.tsx';
import type { EmbedRuntime } from './embedRuntime.ts';
import { EmbedSession } from './EmbedSession.tsx';
import type { ScenarioRef } from './runCommand.ts';
import { useEmbedProblems } from './useEmbedProblems.ts';
import { refKey, useEmbedScenario } from './useEmbedScenario.ts';
import { useResolvedTheme } from './useResolvedTheme.ts';
import { useStableByKey } from './useStableByKey.ts';

export interface EmbedSandboxProps {
  readonly options: EmbedOptions;
  readonly problems: readonly OptionProblem[];
  /** The author's scenario: an id, inline text, or null when none was given. */
  readonly scenarioRef: ScenarioRef | null;
  readonly channel: EmbedChannel;
  readonly appUrl: string | null;
  readonly runtime: EmbedRuntime;
  /** The element whose page colour scheme `theme: auto` follows; null follows the system. */
  readonly themeHost?: Element | null;
}

export function EmbedSandbox(props: EmbedSandboxProps) {
  const { options, channel, runtime } = props;
  const problems = useStableByKey(props.problems, props.problems.map((p) => p.message).join('\n'));
  const theme = useResolvedTheme(options.theme, props.themeHost ?? null);
  const [active, setActive] = useState(false);
  const { ref, resolved, load } = useEmbedScenario(props.scenarioRef, runtime.scenarios);
  const [restarts, setRestarts] = useState(0);
  useEmbedProblems(channel, problems, resolved, load);

  const sessionKey = `${refKey(ref)}|${options.seed ?? ''}|${restarts}`;
  return (
    <div
      className="sandbox-embed"
      data-theme={theme}
      data-controls={options.controls}
      data-active={active ? 'true' : 'false'}
    >
      {problems.length > 0 && (
        <ul className="embed-problems" aria-label="Problems with the embed options">
          {problems.map((problem) => (
            <li key={problem.option}>{problem.message}</li>
          ))}
        </ul>
      )}
      {resolved === null ? (
        <p className="muted embed-starting" data-testid="embed-loading">
          Loading the scenario…
        </p>
      ) : resolved.ok ? (
        <ErrorBoundary onRestart={() => setRestarts((n) => n + 1)}>
          <EmbedSession
            key={sessionKey}
            scenario={resolved.scenario}
            fromCatalog={resolved.fromCatalog}
            options={options}
            channel={channel}
            appUrl={props.appUrl}
            runtime={runtime}
            onLoad={load}
          />
        </ErrorBoundary>
      ) : (
        <pre className="embed-problem" role="alert" data-testid="embed-scenario-problem">
          {resolved.message}
        </pre>
      )}
      {!active && <ActivationShield onActivate={() => setActive(true)} />}
    </div>
  );
}
