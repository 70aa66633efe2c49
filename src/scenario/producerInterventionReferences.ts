// Checks for the live producer commands that need the producer's settings: a scripted producer's
// records carry their own event times and keys, so a clock skew or a hot-key burst would change
// nothing there; and a compacted topic refuses a record without a key, injected or not.

import type { TimedIntervention } from '../engine/index.ts';
import { quoted } from './referenceErrors.ts';
import type { ScenarioError } from './scenarioError.ts';
import type { ScenarioCore } from './scenarioSchemaV1.ts';

/** What a command changes that a scripted producer's records fix for themselves. */
const GENERATED_ONLY: Readonly<Partial<Record<TimedIntervention['type'], string>>> = {
  'producer.clockSkew': 'each scripted record gives its own eventTimeMs',
  'producer.hotKeyBurst': 'each scripted record gives its own key',
};

/**
 * Errors in a producer command whose target is already known to be a producer.
 *
 * @example
 * checkProducerCommands({ atMs: 0, type: 'producer.clockSkew', target: 'p1', skewMs: 5 }, '$.interventions[0]', scenario);
 */
export function checkProducerCommands(
  command: TimedIntervention,
  path: string,
  scenario: ScenarioCore,
): ScenarioError[] {
  const producer = scenario.topology.producers.find((p) => p.id === command.target);
  if (producer === undefined) return [];
  const instead = GENERATED_ONLY[command.type];
  if (instead !== undefined && producer.rate.kind === 'scripted') {
    return [
      {
        path: `${path}.target`,
        message: `names a scripted producer, and ${command.type} shapes generated records only`,
        found: quoted(command.target),
        allowed: `a producer with a constant, poisson or bursts rate: ${instead}`,
      },
    ];
  }
  if (command.type !== 'producer.lateRecord' || command.key !== null) return [];
  const topic = scenario.topology.topics.find((t) => t.name === producer.topic);
  const policy = topic?.cleanupPolicy ?? 'delete';
  if (!policy.includes('compact')) return [];
  return [
    {
      path: `${path}.key`,
      message: `is null, but topic ${quoted(producer.topic)} is compacted (cleanupPolicy "${policy}") and Kafka rejects records without a key there`,
      found: 'null',
      allowed: 'a key, since compaction keeps the latest record of each key',
    },
  ];
}
