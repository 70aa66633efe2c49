// The zod schema of a scenario file, format version 2, and the type every consumer sees. Version
// 2 is version 1 plus the guided parts: the system whose semantics it follows, gallery tags, the
// views it opens, narration, expected outcomes, parameters and variants. Version 1 files are
// parsed with scenarioSchemaV1.ts and migrated (migrateV1ToV2.ts), so nothing else sees them.

import { z } from 'zod';
import { listOf, markdownSchema, oneOf, strictObject } from './fieldSchemas.ts';
import { expectSchema } from './guided/assertionSchema.ts';
import type {
  Assertion,
  ConfigMapping,
  NarrationStep,
  Parameter,
  SystemName,
  Variant,
  ViewName,
} from './guided/guidedTypes.ts';
import { configMappingSchema, parametersSchema, variantsSchema } from './guided/knobSchemas.ts';
import { narrationSchema } from './guided/narrationSchema.ts';
import {
  CONCEPT_CHARS_MAX,
  CONCEPTS_MAX,
  TEXT_CHARS_MAX,
  TITLE_CHARS_MAX,
} from './scenarioLimits.ts';
import {
  coreFields,
  editorHintField,
  type AssertAssignable,
  type ScenarioCore,
} from './scenarioSchemaV1.ts';

/** A scenario as the app uses it: what the engine runs, what the course shows, and the guide. */
export type ScenarioFile = ScenarioCore & {
  schemaVersion: 2;
  readonly system: SystemName;
  readonly configMapping: readonly ConfigMapping[];
  readonly concepts: readonly string[];
  readonly views: readonly ViewName[];
  readonly narration: readonly NarrationStep[];
  readonly expect: readonly Assertion[];
  readonly parameters: readonly Parameter[];
  readonly variants: readonly Variant[];
};

export const SYSTEM_NAMES = ['kafka', 'flink', 'kafka-streams', 'beam'] as const;
export const VIEW_NAMES = [
  'logs',
  'topology',
  'timeline',
  'dag',
  'metrics',
  'trace',
  'inspector',
] as const;
/** The views a version 1 file, and a version 2 file that names none, opens with. */
export const DEFAULT_VIEWS: readonly ViewName[] = ['logs', 'trace'];

const conceptAllowed = `a tag of 1 to ${CONCEPT_CHARS_MAX} characters from a-z 0-9 -, like "rebalance"`;
const conceptSchema = z
  .string({ error: conceptAllowed })
  .max(CONCEPT_CHARS_MAX, { error: conceptAllowed })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: conceptAllowed });

export const scenarioSchema = strictObject({
  ...editorHintField,
  schemaVersion: z.literal(2, {
    error: 'the number 2 (file format version 2; files with 1 are still read)',
  }),
  ...coreFields,
  // Learners read these two, so version 2 refuses raw HTML in them as in every guided text.
  title: markdownSchema(1, TITLE_CHARS_MAX, 'text'),
  summary: markdownSchema(1, TEXT_CHARS_MAX, 'text'),
  system: oneOf(SYSTEM_NAMES).describe('whose semantics the scenario follows'),
  configMapping: configMappingSchema.default([]),
  concepts: listOf(conceptSchema, 0, CONCEPTS_MAX, 'concept tags').default([]),
  views: listOf(oneOf(VIEW_NAMES), 1, VIEW_NAMES.length, 'views')
    .default([...DEFAULT_VIEWS])
    .describe('the views the scenario opens with'),
  narration: narrationSchema.default([]),
  expect: expectSchema.default([]).describe('expected outcomes; see src/scenario/ASSERTIONS.md'),
  parameters: parametersSchema.default([]),
  variants: variantsSchema.default([]),
});

type ParsedOutput = Omit<z.output<typeof scenarioSchema>, '$schema'>;

/** Compile-time proof that what the schema yields is what the engine and the UI accept. */
export type SchemaOutputIsScenarioFile = AssertAssignable<ParsedOutput, ScenarioFile>;
