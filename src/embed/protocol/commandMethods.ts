// The methods the web component and the React component offer, one per command. Each builds the
// same message the iframe takes over postMessage and submits it through the same checks, so a
// wrong argument (`seek('soon')`) becomes an error event, never an exception in the host's code.

import { CHANNEL } from './embedCommands.ts';
import type { EmbedChannel } from './embedChannel.ts';

export interface CommandMethods {
  play(): void;
  pause(): void;
  /** Jumps to `tMs` virtual milliseconds. */
  seek(tMs: number): void;
  /** Runs the next engine event. */
  step(): void;
  setParameter(id: string, value: number): void;
  /** Loads a scenario by id, or from a file's text with `{ scenarioJson }`. */
  loadScenario(scenario: string | { readonly scenarioJson: string }): void;
  /** Sends any command object, as postMessage would (the channel name is added). */
  send(command: unknown): void;
}

function fields(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * The command methods over `channel`.
 *
 * @example
 * const methods = createCommandMethods(channel);
 * methods.seek(12000);
 */
export function createCommandMethods(channel: EmbedChannel): CommandMethods {
  const submit = (type: string, rest: Record<string, unknown> = {}): void =>
    channel.submit({ ...rest, channel: CHANNEL, type });
  return {
    play: () => submit('play'),
    pause: () => submit('pause'),
    seek: (tMs) => submit('seek', { tMs }),
    step: () => submit('step'),
    setParameter: (id, value) => submit('setParameter', { id, value }),
    loadScenario: (scenario) =>
      submit('loadScenario', typeof scenario === 'string' ? { scenario } : fields(scenario)),
    send(command) {
      // A non-object is passed as it is, so the checks can say what it should have been.
      if (typeof command !== 'object' || command === null || Array.isArray(command))
        channel.submit(command);
      else channel.submit({ ...fields(command), channel: CHANNEL });
    },
  };
}
