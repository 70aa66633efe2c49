// The names learners see for the systems whose semantics a scenario follows.

import type { SystemName } from '../../scenario/index.ts';

export const SYSTEM_LABELS: Readonly<Record<SystemName, string>> = {
  kafka: 'Kafka',
  flink: 'Flink',
  'kafka-streams': 'Kafka Streams',
  beam: 'Beam',
};

/** "Kafka" for a scenario that names no system (format version 1 files follow Kafka). */
export function systemLabel(system: SystemName | undefined): string {
  return SYSTEM_LABELS[system ?? 'kafka'];
}
