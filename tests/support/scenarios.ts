// Scenario fixtures for engine tests: the bundled files, and a compact builder for small worlds
// that fills in what a test does not care about. Both go through the real scenario parser.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatScenarioErrors,
  parseScenario,
  parseScenarioText,
  type ScenarioFile,
} from '../../src/scenario/index.ts';

export const SCENARIO_DIR = join(import.meta.dirname, '..', '..', 'scenarios');

export function scenarioFileNames(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort();
}

export function loadScenarioFile(name: string): ScenarioFile {
  const parsed = parseScenarioText(readFileSync(join(SCENARIO_DIR, name), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}:\n${formatScenarioErrors(parsed.errors)}`);
  return parsed.scenario;
}

export interface MemberOptions {
  readonly id: string;
  readonly [key: string]: unknown;
}

export interface WorldOptions {
  readonly seed?: number;
  readonly durationMs?: number;
  readonly partitions?: number;
  readonly brokers?: readonly Record<string, unknown>[];
  readonly producers?: readonly Record<string, unknown>[];
  readonly group?: Record<string, unknown>;
  readonly members?: readonly MemberOptions[];
  readonly interventions?: readonly Record<string, unknown>[];
}

/** A one-topic (`orders`) world with one group (`g1`); every part can be overridden. */
export function buildScenario(o: WorldOptions = {}): ScenarioFile {
  const raw = {
    schemaVersion: 1,
    id: 'test-world',
    title: 'Test world',
    summary: 'Built by a test.',
    modules: ['M15'],
    seed: o.seed ?? 1,
    durationMs: o.durationMs ?? 20_000,
    topology: {
      brokers: o.brokers ?? [{ id: 'b1', networkDelayMs: 1 }],
      topics: [{ name: 'orders', partitions: o.partitions ?? 4 }],
      producers: o.producers ?? [
        {
          id: 'p1',
          topic: 'orders',
          rate: { kind: 'constant', intervalMs: 10 },
          keys: { kind: 'uniform', count: 16 },
        },
      ],
      consumerGroups: [
        {
          id: 'g1',
          topics: ['orders'],
          initialRebalanceDelayMs: 0,
          ...o.group,
          // A member with `joinAtMs: null` waits for a consumer.join intervention.
          members: (o.members ?? [{ id: 'c1' }]).map((m) =>
            Object.fromEntries(
              Object.entries({
                joinAtMs: 0,
                autoOffsetReset: 'earliest',
                processingMsPerRecord: 1,
                pollBackoffMs: 10,
                ...m,
              }).filter(([, v]) => v !== null),
            ),
          ),
        },
      ],
    },
    interventions: o.interventions ?? [],
  };
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(formatScenarioErrors(parsed.errors));
  return parsed.scenario;
}
