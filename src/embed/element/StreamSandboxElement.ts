// <stream-sandbox>: the sandbox as a custom element that renders into its own shadow root. Its
// attributes are the embed options and are observed, so changing one updates the sandbox. A child
// <script type="application/json"> may hold a whole scenario file, which is read as text and
// validated like any other (a JSON script is never run by the browser, nor by us). Methods and
// DOM events mirror the iframe's postMessage API; see ../PROTOCOL.md.

import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { HOST_OPTION_NAMES, readHostOptions } from '../options/readHostOptions.ts';
import { createCommandMethods, type CommandMethods } from '../protocol/commandMethods.ts';
import { createEmbedChannel } from '../protocol/embedChannel.ts';
import type { EmbedEventBody } from '../protocol/embedEvents.ts';
import { EmbedSandbox } from '../runtime/EmbedSandbox.tsx';
import type { EmbedRuntime } from '../runtime/embedRuntime.ts';
import type { ScenarioRef } from '../runtime/runCommand.ts';
import { mountInShadow } from '../shadow/shadowStyles.ts';

export const ELEMENT_NAME = 'stream-sandbox';

/** The attributes the element watches: the embed options and `app-url`. */
export const OBSERVED_ATTRIBUTES = HOST_OPTION_NAMES;

const INLINE_SCENARIO = ':scope > script[type="application/json"]';

/** Builds the element class around a runtime, so tests can give it a manual clock. */
export function createStreamSandboxElement(
  runtime: () => EmbedRuntime,
  defaultAppUrl: () => string,
) {
  return class StreamSandboxElement extends HTMLElement implements CommandMethods {
    static get observedAttributes(): readonly string[] {
      return OBSERVED_ATTRIBUTES;
    }

    readonly #channel = createEmbedChannel();
    readonly #methods = createCommandMethods(this.#channel);
    #root: Root | null = null;
    #children: MutationObserver | null = null;

    constructor() {
      super();
      this.#channel.subscribe((body: EmbedEventBody) => {
        this.dispatchEvent(new CustomEvent(body.type, { detail: body }));
      });
    }

    connectedCallback(): void {
      this.#root ??= createRoot(mountInShadow(this));
      // An inline scenario may be added or edited after the element starts.
      this.#children ??= new MutationObserver(() => this.#render());
      this.#children.observe(this, { childList: true, subtree: true, characterData: true });
      this.#render();
    }

    disconnectedCallback(): void {
      this.#children?.disconnect();
      this.#children = null;
      // Moving the element fires disconnect then connect; only a real removal unmounts.
      queueMicrotask(() => {
        if (this.isConnected || this.#root === null) return;
        this.#root.unmount();
        this.#root = null;
      });
    }

    attributeChangedCallback(): void {
      if (this.#root !== null) this.#render();
    }

    play(): void {
      this.#methods.play();
    }
    pause(): void {
      this.#methods.pause();
    }
    seek(tMs: number): void {
      this.#methods.seek(tMs);
    }
    step(): void {
      this.#methods.step();
    }
    setParameter(id: string, value: number): void {
      this.#methods.setParameter(id, value);
    }
    loadScenario(scenario: string | { readonly scenarioJson: string }): void {
      this.#methods.loadScenario(scenario);
    }
    send(command: unknown): void {
      this.#methods.send(command);
    }

    #scenarioRef(scenarioId: string | null): ScenarioRef | null {
      const inline = this.querySelector(INLINE_SCENARIO);
      if (inline !== null) return { kind: 'inline', text: inline.textContent };
      return scenarioId === null ? null : { kind: 'catalog', id: scenarioId };
    }

    #render(): void {
      if (this.#root === null) return;
      const read = readHostOptions((name) => this.getAttribute(name), {
        name: 'app-url',
        fallback: defaultAppUrl(),
        base: document.baseURI,
      });
      this.#root.render(
        createElement(EmbedSandbox, {
          options: read.options,
          problems: read.problems,
          scenarioRef: this.#scenarioRef(read.options.scenario),
          channel: this.#channel,
          appUrl: read.appUrl,
          runtime: runtime(),
          themeHost: this,
        }),
      );
    }
  };
}
