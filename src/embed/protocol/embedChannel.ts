// The meeting point between a host adapter (the iframe's postMessage bridge, the web component,
// the React component) and the sandbox inside. Adapters submit raw messages, which are checked
// here; the sandbox takes the checked commands and emits events back. Commands that arrive
// before the sandbox listens (it is still starting) wait in a short queue.

import { checkCommand, type EmbedCommand } from './embedCommands.ts';
import type { EmbedEventBody } from './embedEvents.ts';

/** Commands kept while the sandbox starts; more than this is an error, not a longer wait. */
export const QUEUED_COMMANDS_MAX = 16;

export type CommandListener = (command: EmbedCommand) => void;
export type EventListener = (event: EmbedEventBody) => void;

export interface EmbedChannel {
  /** Checks a raw message and passes it on, or emits an error event that says what was wrong. */
  readonly submit: (raw: unknown) => void;
  /** The sandbox takes commands; queued ones are delivered at once. One listener at a time. */
  readonly listen: (listener: CommandListener) => () => void;
  readonly emit: (event: EmbedEventBody) => void;
  readonly subscribe: (listener: EventListener) => () => void;
}

/**
 * Creates a channel.
 *
 * @example
 * const channel = createEmbedChannel();
 * channel.subscribe((event) => console.log(event.type));
 * channel.submit({ channel: 'stream-sandbox', type: 'play' });
 */
export function createEmbedChannel(): EmbedChannel {
  const queue: EmbedCommand[] = [];
  const eventListeners = new Set<EventListener>();
  let commandListener: CommandListener | null = null;

  const emit = (event: EmbedEventBody): void => {
    for (const listener of [...eventListeners]) listener(event);
  };
  const deliver = (command: EmbedCommand): void => {
    if (commandListener !== null) {
      commandListener(command);
      return;
    }
    if (queue.length < QUEUED_COMMANDS_MAX) {
      queue.push(command);
      return;
    }
    emit({
      type: 'error',
      code: 'not-ready',
      message: `${command.type}: the sandbox is still starting and ${QUEUED_COMMANDS_MAX} commands already wait; send commands after the ready event`,
      ...(command.requestId === undefined ? {} : { requestId: command.requestId }),
    });
  };

  return {
    submit(raw) {
      const checked = checkCommand(raw);
      if (checked.ok) {
        deliver(checked.command);
        return;
      }
      const { code, message } = checked;
      emit({
        type: 'error',
        code,
        message,
        ...(checked.requestId === undefined ? {} : { requestId: checked.requestId }),
      });
    },
    listen(listener) {
      commandListener = listener;
      // One at a time: a command (loadScenario) may replace the listener, and the rest wait for
      // the new one.
      while (commandListener === listener) {
        const next = queue.shift();
        if (next === undefined) break;
        listener(next);
      }
      return () => {
        if (commandListener === listener) commandListener = null;
      };
    },
    emit,
    subscribe(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
  };
}
