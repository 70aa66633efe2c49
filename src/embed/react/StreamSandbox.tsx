// <StreamSandbox>: the sandbox as a React component for MDX and React documentation sites. It
// renders into a shadow root of its own element (so the site's CSS and the sandbox's stay apart),
// takes the embed options as typed props, calls `on…` props with the protocol's events, and gives
// its ref the same command methods as the web component. See ../PROTOCOL.md.

import {
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type Ref,
} from 'react';
import { createPortal } from 'react-dom';
import type { ViewId } from '../../ui/views/viewIds.ts';
import type { ControlMode, Theme } from '../options/embedOptions.ts';
import { readHostOptions } from '../options/readHostOptions.ts';
import { createCommandMethods, type CommandMethods } from '../protocol/commandMethods.ts';
import { createEmbedChannel } from '../protocol/embedChannel.ts';
import type { EmbedEventBody } from '../protocol/embedEvents.ts';
import { EmbedSandbox } from '../runtime/EmbedSandbox.tsx';
import type { EmbedRuntime } from '../runtime/embedRuntime.ts';
import { mountInShadow } from '../shadow/shadowStyles.ts';

type EventOf<T extends EmbedEventBody['type']> = Extract<EmbedEventBody, { type: T }>;

export type StreamSandboxHandle = CommandMethods;

export interface StreamSandboxProps {
  /** A scenario id from the catalogue, such as "late-events-allowed-lateness". */
  readonly scenario?: string;
  /** A whole scenario file as JSON text; validated like any other, and used instead of `scenario`. */
  readonly scenarioJson?: string;
  readonly views?: readonly ViewId[];
  readonly controls?: ControlMode;
  readonly narration?: boolean;
  /** Virtual milliseconds to start at, 0 to 3,600,000. */
  readonly t?: number;
  readonly autoplay?: boolean;
  readonly theme?: Theme;
  /** 0 to 4,294,967,295. */
  readonly seed?: number;
  /** × real time, 0.1 to 100. */
  readonly speed?: number;
  /** The full sandbox's address for "open in the full sandbox"; without it the link is hidden. */
  readonly appUrl?: string;
  readonly className?: string;
  readonly style?: CSSProperties;
  readonly ref?: Ref<StreamSandboxHandle>;
  readonly onReady?: (event: EventOf<'ready'>) => void;
  readonly onTimeUpdate?: (event: EventOf<'timeupdate'>) => void;
  readonly onNarrationStep?: (event: EventOf<'narrationstep'>) => void;
  readonly onWindowFired?: (event: EventOf<'windowfired'>) => void;
  readonly onFaultInjected?: (event: EventOf<'faultinjected'>) => void;
  readonly onPredictionAnswered?: (event: EventOf<'predictionanswered'>) => void;
  readonly onError?: (event: EventOf<'error'>) => void;
}

const HANDLERS = {
  ready: 'onReady',
  timeupdate: 'onTimeUpdate',
  narrationstep: 'onNarrationStep',
  windowfired: 'onWindowFired',
  faultinjected: 'onFaultInjected',
  predictionanswered: 'onPredictionAnswered',
  error: 'onError',
} as const satisfies Record<EmbedEventBody['type'], keyof StreamSandboxProps>;

/** The props as option text, so they pass the same checks as a URL or an attribute. */
function optionText(props: StreamSandboxProps, name: string): string | null {
  const value: unknown = (
    {
      scenario: props.scenario,
      views: props.views,
      controls: props.controls,
      narration: props.narration,
      t: props.t,
      autoplay: props.autoplay,
      theme: props.theme,
      seed: props.seed,
      speed: props.speed,
      appUrl: props.appUrl,
    } as Record<string, unknown>
  )[name];
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  // A wrong type from plain JavaScript is passed on as text, so the checks can name it.
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list
    .map((item) => (typeof item === 'string' ? item : (JSON.stringify(item) ?? typeof item)))
    .join(',');
}

export interface StreamSandboxWithRuntimeProps extends StreamSandboxProps {
  readonly runtime: EmbedRuntime;
}

/** The component with its engine, catalogue and clock given (tests give a manual clock). */
export function StreamSandboxWithRuntime(props: StreamSandboxWithRuntimeProps) {
  const [host, setHost] = useState<HTMLDivElement | null>(null);
  const mount = useMemo(() => (host === null ? null : mountInShadow(host)), [host]);
  const [channel] = useState(createEmbedChannel);
  useImperativeHandle(props.ref, () => createCommandMethods(channel), [channel]);

  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  useEffect(
    () =>
      channel.subscribe((event) => {
        const handler = latest.current[HANDLERS[event.type]] as
          ((body: EmbedEventBody) => void) | undefined;
        handler?.(event);
      }),
    [channel],
  );

  const read = readHostOptions((name) => optionText(props, name), {
    name: 'appUrl',
    fallback: null,
    base: document.baseURI,
  });
  const scenarioRef =
    props.scenarioJson !== undefined
      ? ({ kind: 'inline', text: String(props.scenarioJson) } as const)
      : read.options.scenario === null
        ? null
        : ({ kind: 'catalog', id: read.options.scenario } as const);
  return (
    <div ref={setHost} className={props.className} style={props.style} data-stream-sandbox="">
      {mount !== null &&
        createPortal(
          <EmbedSandbox
            options={read.options}
            problems={read.problems}
            scenarioRef={scenarioRef}
            channel={channel}
            appUrl={read.appUrl}
            runtime={props.runtime}
            themeHost={host}
          />,
          mount,
        )}
    </div>
  );
}
