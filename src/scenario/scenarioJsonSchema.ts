// The JSON Schema of a scenario file, generated from the zod schema so the two cannot disagree.
// It describes the input side: fields with defaults are optional, as a person writes them.
// Cross-reference rules (ids exist, are unique, paths resolve, Markdown has no raw HTML) are beyond
// JSON Schema and only the parser checks them. It describes version 2, the version to write; the
// parser still reads version 1 files.

import { z } from 'zod';
import { scenarioSchema } from './scenarioSchema.ts';

/** The JSON Schema (draft 2020-12) an editor uses to complete and check scenario files. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input' }),
    title: 'Streams sandbox scenario, file format version 2',
  };
}

/** The schema as it is committed to scenarios/schema.json: two-space indents, final newline. */
export function renderScenarioJsonSchema(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
