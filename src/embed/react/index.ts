// The React component's door: `import { StreamSandbox } from '<sandbox>/src/embed/react/index.ts'`
// in an MDX or React site built with Vite (the stylesheets are imported with `?inline`).

import { createElement } from 'react';
import { catalogRuntime } from '../runtime/catalogRuntime.ts';
import { StreamSandboxWithRuntime, type StreamSandboxProps } from './StreamSandbox.tsx';

export type { StreamSandboxHandle, StreamSandboxProps } from './StreamSandbox.tsx';
export type { EmbedEventBody as StreamSandboxEvent } from '../protocol/embedEvents.ts';

/**
 * The sandbox for a React page.
 *
 * @example
 * <StreamSandbox scenario="late-events-allowed-lateness" views={['timeline', 'logs']} controls="minimal" />
 */
export function StreamSandbox(props: StreamSandboxProps) {
  return createElement(StreamSandboxWithRuntime, { ...props, runtime: catalogRuntime() });
}
