// <stream-sandbox>: the sandbox as a custom element that renders into its own shadow root. Its
// attributes are the embed options and are observed, so changing one updates the sandbox. A child
// <script type="application/json"> may hold a whole scenario file, which is read as text and
// validated like any other (a JSON script is never run by the browser, nor by us). Methods and
// DOM events mirror the iframe's postMessage API; see ../PROTOCOL.md.

import { HOST_OPTION_NAMES } from '../options/readHostOptions.ts';
import { createCommandMethods, type CommandMethods } from '../protocol/commandMethods.ts';
import { createEmbedChannel } from '../protocol/embedChannel.ts';
import type { EmbedEventBody } from '../protocol/embedEvents.ts';
import type { EmbedRuntime } from '../runtime/embedRuntime.ts';
import { connectElement, disconnectElement, type ElementMount } from './elementMount.ts';
import { renderElementSandbox } from './renderElementSandbox.ts';

export const ELEMENT_NAME = 'stream-sandbox';

/** The attributes the element watches: the embed options and `app-url`. */
export const OBSERVED_ATTRIBUTES = HOST_OPTION_NAMES;

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
    readonly #mount: ElementMount = { root: null, children: null };

    constructor() {
      super();
      this.#channel.subscribe((body: EmbedEventBody) => {
        this.dispatchEvent(new CustomEvent(body.type, { detail: body }));
      });
    }

    connectedCallback(): void {
      connectElement(this, this.#mount, () => this.#render());
    }

    disconnectedCallback(): void {
      disconnectElement(this, this.#mount);
    }

    attributeChangedCallback(): void {
      if (this.#mount.root !== null) this.#render();
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

    #render(): void {
      if (this.#mount.root === null) return;
      renderElementSandbox(this, this.#mount.root, this.#channel, runtime, defaultAppUrl);
    }
  };
}
