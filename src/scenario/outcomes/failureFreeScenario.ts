// The failure-free run a `failureFreeOutput` assertion compares with: the same scenario and seed
// with every fault intervention removed. This table is the one place that decides which
// interventions are faults; ASSERTIONS.md lists the same split, and a test keeps the two equal.
// A type the engine adds must be placed here before the project compiles.

import type { InterventionType } from '../interventionSchema.ts';
import type { ScenarioFile } from '../scenarioSchema.ts';

/**
 * `fault`: something going wrong (a crash, a failure, a pause, slowness, lost messages, lost or
 * late acks, a wrong clock, a poison record) or the repair of one (a restart, a heal), so it is
 * removed. `command`: something a person or the workload does on purpose (members join and
 * leave, a consumer seeks, a producer starts or stops, a topic grows, a hot key bursts, a late
 * record is sent), so the failure-free run keeps it and reads the same input.
 */
export const INTERVENTION_ROLES: Readonly<Record<InterventionType, 'fault' | 'command'>> = {
  'consumer.join': 'command',
  'consumer.leave': 'command',
  'consumer.crash': 'fault',
  'consumer.restart': 'fault',
  'consumer.seek': 'command',
  'producer.stop': 'command',
  'producer.start': 'command',
  'producer.crash': 'fault',
  'producer.poison': 'fault',
  'broker.crash': 'fault',
  'broker.restart': 'fault',
  'broker.dropAcks': 'fault',
  'broker.delayAcks': 'fault',
  'node.pause': 'fault',
  'node.slow': 'fault',
  'network.partition': 'fault',
  'network.heal': 'fault',
  'job.fail': 'fault',
  'producer.lateRecord': 'command',
  'producer.clockSkew': 'fault',
  'producer.hotKeyBurst': 'command',
  'topic.alterPartitions': 'command',
};

/** The fault intervention types, in the table's order. */
export function faultInterventionTypes(): InterventionType[] {
  return (Object.keys(INTERVENTION_ROLES) as InterventionType[]).filter(
    (type) => INTERVENTION_ROLES[type] === 'fault',
  );
}

/**
 * The scenario without its fault interventions: same topology, seed and commands.
 *
 * @example
 * const clean = failureFreeScenario(scenario);
 * clean.interventions.some((i) => i.type === 'job.fail'); // false
 */
export function failureFreeScenario(scenario: ScenarioFile): ScenarioFile {
  return {
    ...scenario,
    interventions: scenario.interventions.filter((i) => INTERVENTION_ROLES[i.type] === 'command'),
  };
}
