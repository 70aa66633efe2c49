// Carries out one checked command on a running embed. The schema has already checked types and
// bounds; this checks what only the running scenario knows (its length, its parameters) and
// returns an error body that says what is allowed, or null when the command was done.

import type { PlayerCommand, SandboxSession } from '../../player/index.ts';
import type { ScenarioFile } from '../../scenario/index.ts';
import type { EmbedCommand } from '../protocol/embedCommands.ts';
import type { EmbedEventBody } from '../protocol/embedEvents.ts';

/** A scenario to load: an id from the catalogue, or a file's text to validate. */
export type ScenarioRef =
  | { readonly kind: 'catalog'; readonly id: string }
  | { readonly kind: 'inline'; readonly text: string };

export interface CommandTarget {
  readonly session: SandboxSession;
  readonly durationMs: number;
  /** The scenario as written, with its parameters; null for a scenario without guided parts. */
  readonly guide: ScenarioFile | null;
  /** Rebuilds the run with one parameter changed; returns why it could not, or null. */
  readonly setParameter: (id: string, value: number) => string | null;
  readonly load: (ref: ScenarioRef) => void;
  /** Runs a move that jumps in time (see traceEventFeed.ts). */
  readonly jump: (move: () => void) => void;
}

/** The scenario a `loadScenario` command names. */
export function scenarioRefOf(
  command: Extract<EmbedCommand, { type: 'loadScenario' }>,
): ScenarioRef {
  return command.scenario === undefined
    ? { kind: 'inline', text: command.scenarioJson ?? '' }
    : { kind: 'catalog', id: command.scenario };
}

type ErrorBody = Extract<EmbedEventBody, { type: 'error' }>;

function error(command: EmbedCommand, code: ErrorBody['code'], message: string): ErrorBody {
  return {
    type: 'error',
    code,
    message,
    ...(command.requestId === undefined ? {} : { requestId: command.requestId }),
  };
}

function checkParameter(
  command: Extract<EmbedCommand, { type: 'setParameter' }>,
  guide: ScenarioFile | null,
): string | null {
  const parameters = guide?.parameters ?? [];
  if (parameters.length === 0) return 'setParameter: this scenario has no parameters';
  const parameter = parameters.find((p) => p.id === command.id);
  if (parameter === undefined) {
    const ids = parameters.map((p) => JSON.stringify(p.id)).join(', ');
    return `setParameter.id: ${JSON.stringify(command.id)} is not a parameter of this scenario; use one of ${ids}`;
  }
  if (command.value < parameter.min || command.value > parameter.max) {
    return `setParameter.value: ${command.value} is outside ${parameter.id}'s range; use ${parameter.min} to ${parameter.max} (${parameter.unit})`;
  }
  return null;
}

/**
 * Carries out `command` on `target`.
 *
 * @example
 * const problem = runCommand({ channel: 'stream-sandbox', type: 'seek', tMs: 12000 }, target);
 * if (problem !== null) channel.emit(problem);
 */
export function runCommand(command: EmbedCommand, target: CommandTarget): ErrorBody | null {
  const send = (playerCommand: PlayerCommand): void =>
    target.session.getSnapshot().controller.send(playerCommand);
  switch (command.type) {
    case 'play':
      send({ type: 'PLAY' });
      return null;
    case 'pause':
      send({ type: 'PAUSE' });
      return null;
    case 'step':
      send({ type: 'STEP_FORWARD' });
      return null;
    case 'seek':
      if (command.tMs > target.durationMs) {
        return error(
          command,
          'out-of-range',
          `seek.tMs: ${command.tMs} is past the end of this scenario; use 0 to ${target.durationMs} ms`,
        );
      }
      target.jump(() => send({ type: 'SEEK', tMs: command.tMs }));
      return null;
    case 'setParameter': {
      const problem =
        checkParameter(command, target.guide) ?? target.setParameter(command.id, command.value);
      return problem === null ? null : error(command, 'out-of-range', problem);
    }
    case 'loadScenario':
      target.load(scenarioRefOf(command));
      return null;
  }
}
