// What <stream-sandbox> (StreamSandboxElement.ts) renders: its attributes read as the embed
// options, and its scenario, from a child JSON script or else the `scenario` option. It is apart
// from the element's class so that reading the element is one function, not a part of its
// lifecycle.

import { createElement } from 'react';
import type { Root } from 'react-dom/client';
import { readHostOptions } from '../options/readHostOptions.ts';
import type { EmbedChannel } from '../protocol/embedChannel.ts';
import { EmbedSandbox } from '../runtime/EmbedSandbox.tsx';
import type { EmbedRuntime } from '../runtime/embedRuntime.ts';
import type { ScenarioRef } from '../runtime/runCommand.ts';

const INLINE_SCENARIO = ':scope > script[type="application/json"]';

/** The element's scenario: its inline JSON script if it has one, else the catalogue's `scenarioId`. */
function elementScenarioRef(element: HTMLElement, scenarioId: string | null): ScenarioRef | null {
  const inline = element.querySelector(INLINE_SCENARIO);
  if (inline !== null) return { kind: 'inline', text: inline.textContent };
  return scenarioId === null ? null : { kind: 'catalog', id: scenarioId };
}

/** Renders the sandbox for `element` as its attributes and children are now. */
export function renderElementSandbox(
  element: HTMLElement,
  root: Root,
  channel: EmbedChannel,
  runtime: () => EmbedRuntime,
  defaultAppUrl: () => string,
): void {
  const read = readHostOptions((name) => element.getAttribute(name), {
    name: 'app-url',
    fallback: defaultAppUrl(),
    base: document.baseURI,
  });
  root.render(
    createElement(EmbedSandbox, {
      options: read.options,
      problems: read.problems,
      scenarioRef: elementScenarioRef(element, read.options.scenario),
      channel,
      appUrl: read.appUrl,
      runtime: runtime(),
      themeHost: element,
    }),
  );
}
