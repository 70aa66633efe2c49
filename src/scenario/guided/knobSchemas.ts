// Schemas for the parts of a guided scenario that point into the scenario itself: the mapping
// from real configuration keys to scenario values, parameters (sliders) and variants (named
// overrides). That the paths resolve, defaults match and overrides still validate is checked
// after parsing, in knobReferences.ts and knobApplication.ts.

import { z } from 'zod';
import { listOf, markdownSchema, nameSchema, oneOf, strictObject } from '../fieldSchemas.ts';
import {
  CONFIG_MAPPINGS_MAX,
  JSON_PATH_CHARS_MAX,
  LABEL_CHARS_MAX,
  OVERRIDE_VALUE_CHARS_MAX,
  OVERRIDES_PER_VARIANT_MAX,
  PARAMETER_VALUE_MAX,
  PARAMETERS_MAX,
  PROSE_CHARS_MAX,
  VARIANTS_MAX,
} from '../scenarioLimits.ts';
import { parseScenarioPath, SCENARIO_PATH_RULE } from './scenarioPath.ts';

/** A path in the small grammar of scenarioPath.ts; whether it resolves is checked later. */
export function scenarioPathSchema() {
  const e = { error: SCENARIO_PATH_RULE };
  return z
    .string(e)
    .max(JSON_PATH_CHARS_MAX, e)
    .refine((path) => parseScenarioPath(path) !== undefined, {
      ...e,
      params: { problem: 'is not a path in the allowed grammar' },
    });
}

const settingSchema = z
  .string({ error: 'a configuration key like "session.timeout.ms"' })
  .min(1, { error: 'a configuration key like "session.timeout.ms"' })
  .max(100, { error: 'a configuration key of at most 100 characters' })
  .regex(/^[A-Za-z0-9._-]+$/, { error: 'a configuration key like "session.timeout.ms"' });

export const configMappingSchema = listOf(
  strictObject({ setting: settingSchema, path: scenarioPathSchema() }),
  0,
  CONFIG_MAPPINGS_MAX,
  'config mappings',
);

const knobNumber = () => {
  const e = { error: `a number from -${PARAMETER_VALUE_MAX} to ${PARAMETER_VALUE_MAX}` };
  return z.number(e).min(-PARAMETER_VALUE_MAX, e).max(PARAMETER_VALUE_MAX, e);
};

const parameterSchema = strictObject({
  id: nameSchema(),
  label: markdownSchema(1, LABEL_CHARS_MAX),
  unit: oneOf(['ms', 'records', 'count', 'percent', 'partitions', 'consumers']),
  min: knobNumber(),
  max: knobNumber(),
  step: knobNumber(),
  default: knobNumber(),
  path: scenarioPathSchema(),
  suggestion: markdownSchema(1, PROSE_CHARS_MAX).exactOptional(),
});

export const parametersSchema = listOf(parameterSchema, 0, PARAMETERS_MAX, 'parameters');

/** Any JSON value, bounded by its length once written, since it may be a whole object. */
const overrideValueSchema = z
  .json({ error: 'a JSON value' })
  .refine((value) => JSON.stringify(value).length <= OVERRIDE_VALUE_CHARS_MAX, {
    error: `a JSON value of at most ${OVERRIDE_VALUE_CHARS_MAX} characters`,
    params: { problem: 'is too long' },
  });

export const overrideSchema = strictObject({
  path: scenarioPathSchema(),
  value: overrideValueSchema,
});

const variantSchema = strictObject({
  id: nameSchema(),
  label: markdownSchema(1, LABEL_CHARS_MAX),
  overrides: listOf(overrideSchema, 1, OVERRIDES_PER_VARIANT_MAX, 'overrides'),
});

export const variantsSchema = listOf(variantSchema, 0, VARIANTS_MAX, 'variants');
