// Validates the interventions of a link against its scenario. Commands the scenario format knows
// are checked by the scenario layer itself: they are added to a copy of the scenario, which goes
// through parseScenario, and its error paths are mapped back to the link. Broker commands, which
// the engine runs but the scenario format does not list yet, get the same checks here.

import type { ScenarioModel, TimedIntervention } from '../../engine/index.ts';
import { parseScenario } from '../../scenario/index.ts';
import { checkInteger, isPlainObject, linkError, type LinkError } from './linkErrors.ts';

/** Commands the engine runs but the scenario format cannot hold yet. */
const ENGINE_ONLY_TYPES: ReadonlySet<string> = new Set([
  'broker.crash',
  'broker.restart',
  'broker.dropAcks',
]);
/** Most acks one `broker.dropAcks` may drop. */
export const DROP_ACKS_MAX = 1000;

export type LinkInterventionsResult =
  | { readonly ok: true; readonly interventions: readonly TimedIntervention[] }
  | { readonly ok: false; readonly errors: readonly LinkError[] };

/**
 * Checks a list read from a link: each item is a valid command for this scenario, and the list is
 * in time order. `scenario` must be the parsed scenario file (it is re-parsed with the list added).
 */
export function checkLinkInterventions(
  list: readonly unknown[],
  scenario: ScenarioModel,
): LinkInterventionsResult {
  const forScenario: unknown[] = [];
  const linkIndex: number[] = [];
  const errors: LinkError[] = [];
  list.forEach((item, i) => {
    const type = isPlainObject(item) ? item.type : undefined;
    if (typeof type === 'string' && ENGINE_ONLY_TYPES.has(type)) {
      errors.push(
        ...checkBrokerCommand(
          item as Record<string, unknown>,
          `link.interventions[${i}]`,
          scenario,
        ),
      );
    } else {
      forScenario.push(item);
      linkIndex.push(i);
    }
  });
  errors.push(...scenarioErrors(forScenario, linkIndex, scenario));
  if (errors.length > 0) return { ok: false, errors };
  const interventions = list as readonly TimedIntervention[];
  const outOfOrder = interventions.findIndex(
    (item, i) => i > 0 && item.atMs < (interventions[i - 1]?.atMs ?? 0),
  );
  if (outOfOrder > 0) {
    const path = `link.interventions[${outOfOrder}].atMs`;
    const atMs = interventions[outOfOrder]?.atMs;
    return {
      ok: false,
      errors: [
        linkError(
          path,
          'is earlier than the intervention before it',
          atMs,
          'interventions in time order',
        ),
      ],
    };
  }
  return { ok: true, interventions };
}

const SCENARIO_INTERVENTION_PATH = /^\$\.interventions\[(\d+)\]/;
const SCENARIO_LIST_PATH = '$.interventions';

/** Runs the scenario layer on the scenario plus `items`, and maps its error paths to the link. */
function scenarioErrors(
  items: readonly unknown[],
  linkIndex: readonly number[],
  scenario: ScenarioModel,
): LinkError[] {
  if (items.length === 0) return [];
  const base = scenario.interventions.length;
  const result = parseScenario(candidateScenario(scenario, items));
  if (result.ok) return [];
  return result.errors.map((error) => {
    const match = SCENARIO_INTERVENTION_PATH.exec(error.path);
    const original = match === null ? undefined : linkIndex[Number(match[1]) - base];
    if (error.path === SCENARIO_LIST_PATH) return { ...error, path: 'link.interventions' };
    if (match === null || original === undefined)
      return { ...error, path: `link (in the scenario) ${error.path}` };
    return {
      ...error,
      path: `link.interventions[${original}]${error.path.slice(match[0].length)}`,
    };
  });
}

/**
 * The scenario with the link's commands added, without its guided parts. Variants and narration
 * may point at the scenario's own interventions by index, and live commands shift those indices;
 * they are the scenario author's business, already checked, and not what a link changes.
 */
function candidateScenario(scenario: ScenarioModel, items: readonly unknown[]): unknown {
  const candidate: Record<string, unknown> = {
    ...scenario,
    interventions: [...scenario.interventions, ...items],
  };
  for (const field of GUIDED_LIST_FIELDS)
    if (Object.hasOwn(candidate, field)) candidate[field] = [];
  return candidate;
}

/** Version 2 fields that default to empty lists and may refer to interventions by index. */
const GUIDED_LIST_FIELDS = ['narration', 'expect', 'parameters', 'variants', 'configMapping'];

function checkBrokerCommand(
  item: Record<string, unknown>,
  path: string,
  scenario: ScenarioModel,
): LinkError[] {
  const errors: LinkError[] = [];
  const allowedKeys =
    item.type === 'broker.dropAcks'
      ? ['atMs', 'type', 'target', 'count']
      : ['atMs', 'type', 'target'];
  for (const key of Object.keys(item)) {
    if (!allowedKeys.includes(key))
      errors.push(
        linkError(
          `${path}.${key}`,
          'is not a field of this command',
          item[key],
          allowedKeys.join(', '),
        ),
      );
  }
  const atError = checkInteger(`${path}.atMs`, item.atMs, 0, scenario.durationMs);
  if (atError !== null) errors.push(atError);
  const brokers = scenario.topology.brokers.map((broker) => broker.id);
  if (typeof item.target !== 'string' || !brokers.includes(item.target)) {
    errors.push(
      linkError(`${path}.target`, 'names no broker', item.target, `one of ${brokers.join(', ')}`),
    );
  }
  if (item.type === 'broker.dropAcks') {
    const countError = checkInteger(`${path}.count`, item.count, 1, DROP_ACKS_MAX);
    if (countError !== null) errors.push(countError);
  }
  return errors;
}
