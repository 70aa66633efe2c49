// The web component's script: defines <stream-sandbox> with the real engine and the animation-frame
// clock. Built in Vite library mode into one ES module (vite.element.config.ts); load it with
// <script type="module">, which never blocks the page. To stay small it carries no scenarios:
// it fetches each one from the scenarios/ folder written beside it.

import { createSimulation } from '../../engine/index.ts';
import { createAnimationFrameTickSource } from '../../player/index.ts';
import type { EmbedRuntime } from '../runtime/embedRuntime.ts';
import { fetchLibrary } from '../runtime/scenarioLibrary.ts';
import { createStreamSandboxElement, ELEMENT_NAME } from './StreamSandboxElement.ts';

/** The built script sits in dist/embed/ beside scenarios/; the dev server serves the same paths. */
const scriptFolder = import.meta.env.DEV
  ? new URL('/embed/', window.location.href)
  : new URL('./', import.meta.url);

let runtime: EmbedRuntime | null = null;

function sharedRuntime(): EmbedRuntime {
  runtime ??= {
    scenarios: fetchLibrary(new URL('scenarios/', scriptFolder)),
    createSimulation,
    createTickSource: createAnimationFrameTickSource,
  };
  return runtime;
}

/** The sandbox app is one folder above the script. */
function defaultAppUrl(): string {
  return new URL('../', scriptFolder).href;
}

export const StreamSandboxElement = createStreamSandboxElement(sharedRuntime, defaultAppUrl);

if (customElements.get(ELEMENT_NAME) === undefined) {
  customElements.define(ELEMENT_NAME, StreamSandboxElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'stream-sandbox': InstanceType<typeof StreamSandboxElement>;
  }
}
