// The scenario layer's public surface: parse and validate scenario files (format versions 1 and
// 2, always returned as 2), report errors, describe the format as JSON Schema, apply variants and
// parameters, resolve narration triggers and check expected outcomes. Other layers import from
// here only.

export type { ScenarioFile } from './scenarioSchema.ts';
export type { ScenarioCore, ScenarioFileV1 } from './scenarioSchemaV1.ts';
export type { ScenarioError } from './scenarioError.ts';
export type { ParseScenarioResult } from './parseScenario.ts';
export type * from './guided/guidedTypes.ts';
export type { KnownEventType } from './guided/traceEventFields.ts';
export type { Highlight } from './guided/highlight.ts';
export type { TriggerResolution } from './guided/resolveTrigger.ts';
export type { OutcomeResult, OutcomeRun } from './outcomes/outcomeTypes.ts';
export type { ScenarioSetEntry, ScenarioSetProblem } from './checkScenarioSet.ts';
export { parseScenario } from './parseScenario.ts';
export { parseScenarioText } from './parseScenarioText.ts';
export { migrateV1ToV2 } from './migrateV1ToV2.ts';
export { formatScenarioErrors } from './scenarioError.ts';
export { scenarioJsonSchema } from './scenarioJsonSchema.ts';
export { applyOverrides, applyParameters, applyVariant } from './guided/applyOverrides.ts';
export { parseHighlight } from './guided/highlight.ts';
export { eventMatches, firstMatchingEvent, resolveTrigger } from './guided/resolveTrigger.ts';
export { findMarkdownProblem } from './safeMarkdown.ts';
export { checkOutcomes } from './outcomes/checkOutcomes.ts';
export {
  failureFreeScenario,
  faultInterventionTypes,
  INTERVENTION_ROLES,
} from './outcomes/failureFreeScenario.ts';
export { describeAssertion } from './outcomes/describeAssertion.ts';
export { deliveryCounts } from './outcomes/deliveryCheck.ts';
export { courseModuleIds } from './courseModules.ts';
export { checkScenarioSet } from './checkScenarioSet.ts';
// Bounds the live controls keep their commands within, so a recorded session always validates.
export {
  CLOCK_OFFSET_MS_MAX,
  DURATION_MS_MAX,
  PARTITIONS_MAX,
  TEXT_CHARS_MAX,
} from './scenarioLimits.ts';
