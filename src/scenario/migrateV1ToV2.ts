// Migrates a version 1 scenario to version 2. Version 2 only adds fields, so the migration keeps
// every version 1 field as it is and adds the guided parts, empty: the Kafka semantics every
// version 1 file already followed, no narration, outcomes, parameters or variants, and the two
// views the app showed before guided scenarios existed.

import type { AssertAssignable, ScenarioFileV1 } from './scenarioSchemaV1.ts';
import type { ScenarioFile } from './scenarioSchema.ts';
import type { ViewName } from './guided/guidedTypes.ts';

/** What version 2 adds, as the migration fills it in. */
export interface GuidedDefaults {
  schemaVersion: 2;
  system: 'kafka';
  configMapping: [];
  concepts: [];
  views: ViewName[];
  narration: [];
  expect: [];
  parameters: [];
  variants: [];
}

/**
 * Returns a version 2 copy of a version 1 scenario; the input is not changed. It works on the
 * parsed file and on the raw JSON value alike, so a file on disk can be rewritten with it:
 * the key order stays as written, with the new keys after the old ones.
 *
 * @example
 * const v2 = migrateV1ToV2(JSON.parse(text) as ScenarioFileV1);
 * writeFileSync(path, `${JSON.stringify(v2, null, 2)}\n`);
 */
export function migrateV1ToV2<T extends { readonly schemaVersion: 1 }>(
  v1: T,
): Omit<T, 'schemaVersion'> & GuidedDefaults {
  return {
    ...v1,
    schemaVersion: 2,
    system: 'kafka',
    configMapping: [],
    concepts: [],
    views: ['logs', 'trace'],
    narration: [],
    expect: [],
    parameters: [],
    variants: [],
  };
}

/** Compile-time proof that a migrated parsed file is a version 2 ScenarioFile. */
export type MigratedIsScenarioFile = AssertAssignable<
  ReturnType<typeof migrateV1ToV2<ScenarioFileV1>>,
  ScenarioFile
>;
