// The commands a host page may send an embedded sandbox, as zod schemas. Every message is checked
// here before anything acts on it; a message that does not fit gets an error that names the field
// and the allowed values. See ../PROTOCOL.md for the shapes.

import { z } from 'zod';
import { START_MS_MAX } from '../options/embedOptions.ts';
import { scenarioIdSchema } from '../options/readEmbedOptions.ts';

/** Every message of this protocol carries this channel name; other messages are not ours. */
export const CHANNEL = 'stream-sandbox';

/** The version of the message shapes in PROTOCOL.md. */
export const PROTOCOL_VERSION = 1;

export const COMMAND_TYPES = [
  'play',
  'pause',
  'seek',
  'step',
  'setParameter',
  'loadScenario',
] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

/** The largest scenario text `loadScenario` takes: the scenario format's own limit, 1 MiB. */
export const SCENARIO_TEXT_CHARS_MAX = 1_048_576;

const requestId = z.string().max(64).optional();

const base = { channel: z.literal(CHANNEL), requestId };

const playSchema = z.strictObject({ ...base, type: z.literal('play') });
const pauseSchema = z.strictObject({ ...base, type: z.literal('pause') });
const stepSchema = z.strictObject({ ...base, type: z.literal('step') });
const seekSchema = z.strictObject({
  ...base,
  type: z.literal('seek'),
  tMs: z.number().int().min(0).max(START_MS_MAX),
});
const setParameterSchema = z.strictObject({
  ...base,
  type: z.literal('setParameter'),
  id: z.string().min(1).max(64),
  value: z.number().finite(),
});
const loadScenarioSchema = z
  .strictObject({
    ...base,
    type: z.literal('loadScenario'),
    scenario: scenarioIdSchema.optional(),
    scenarioJson: z.string().max(SCENARIO_TEXT_CHARS_MAX).optional(),
  })
  .refine((command) => (command.scenario === undefined) !== (command.scenarioJson === undefined));

const SCHEMAS = {
  play: playSchema,
  pause: pauseSchema,
  step: stepSchema,
  seek: seekSchema,
  setParameter: setParameterSchema,
  loadScenario: loadScenarioSchema,
} as const;

export type EmbedCommand = z.infer<(typeof SCHEMAS)[CommandType]>;

/** What a field must be, in words, for error messages. */
const FIELD_RULES: Readonly<Record<string, string>> = {
  tMs: `a whole number of milliseconds from 0 to ${START_MS_MAX}`,
  id: "a parameter id (1 to 64 characters) from the ready event's parameters",
  value: 'a finite number within the parameter’s range',
  scenario: 'a scenario id: 1 to 64 characters from A-Z a-z 0-9 . _ -',
  scenarioJson: `scenario JSON text of at most ${SCENARIO_TEXT_CHARS_MAX} characters`,
  requestId: 'a string of at most 64 characters',
};

/** What the required and optional fields of each command are. */
const COMMAND_FIELDS: Readonly<Record<CommandType, string>> = {
  play: 'no fields',
  pause: 'no fields',
  step: 'no fields',
  seek: 'tMs',
  setParameter: 'id and value',
  loadScenario: 'either scenario (an id) or scenarioJson (the file as text)',
};

export type CommandCheck =
  | { readonly ok: true; readonly command: EmbedCommand }
  | {
      readonly ok: false;
      readonly code: 'unknown-command' | 'invalid-command';
      readonly message: string;
      readonly requestId?: string;
    };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a message meant for this protocol (it names our channel), whatever else it holds. */
export function isProtocolMessage(data: unknown): data is Record<string, unknown> {
  return isRecord(data) && data['channel'] === CHANNEL;
}

function isCommandType(value: unknown): value is CommandType {
  return typeof value === 'string' && (COMMAND_TYPES as readonly string[]).includes(value);
}

function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value;
}

function issueMessage(
  type: CommandType,
  data: Record<string, unknown>,
  issue: z.core.$ZodIssue,
): string {
  const field = issue.path[0];
  if (issue.code === 'unrecognized_keys') {
    return `${type}: unknown field ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}; ${type} takes ${COMMAND_FIELDS[type]}`;
  }
  if (typeof field !== 'string') return `${type}: takes ${COMMAND_FIELDS[type]}`;
  const rule = FIELD_RULES[field] ?? 'a valid value';
  const found = field in data ? describeValue(data[field]) : 'missing';
  return `${type}.${field}: ${found} is not allowed; use ${rule}`;
}

/**
 * Checks a message that names our channel. Never throws.
 *
 * @example
 * checkCommand({ channel: 'stream-sandbox', type: 'seek', tMs: 12000 }); // { ok: true, ... }
 * checkCommand({ channel: 'stream-sandbox', type: 'explode' }).ok; // false: unknown-command
 */
export function checkCommand(data: unknown): CommandCheck {
  if (!isRecord(data)) {
    return {
      ok: false,
      code: 'invalid-command',
      message: `a command must be an object, not ${describeValue(data)}`,
    };
  }
  const id = typeof data['requestId'] === 'string' ? data['requestId'].slice(0, 64) : undefined;
  const withId = id === undefined ? {} : { requestId: id };
  const type = data['type'];
  if (!isCommandType(type)) {
    return {
      ok: false,
      code: 'unknown-command',
      message: `unknown command ${describeValue(type)}; the commands are ${COMMAND_TYPES.join(', ')}`,
      ...withId,
    };
  }
  const result = SCHEMAS[type].safeParse(data);
  if (result.success) return { ok: true, command: result.data };
  const issue = result.error.issues[0];
  const message =
    issue === undefined
      ? `${type}: takes ${COMMAND_FIELDS[type]}`
      : issueMessage(type, data, issue);
  return { ok: false, code: 'invalid-command', message, ...withId };
}
