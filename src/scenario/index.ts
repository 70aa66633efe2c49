// The scenario layer's public surface: parse and validate scenario files, report errors, and
// describe the file format as JSON Schema. Other layers import from here only.

export type { ScenarioFile } from './scenarioSchema.ts';
export type { ScenarioError } from './scenarioError.ts';
export type { ParseScenarioResult } from './parseScenario.ts';
export { parseScenario } from './parseScenario.ts';
export { parseScenarioText } from './parseScenarioText.ts';
export { formatScenarioErrors } from './scenarioError.ts';
export { scenarioJsonSchema } from './scenarioJsonSchema.ts';
