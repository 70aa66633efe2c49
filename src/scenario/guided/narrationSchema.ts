// The narration of a guided scenario: Markdown steps, each with a trigger, optional highlights
// and an optional prediction question. Highlights are checked against the topology and the
// "exactly one correct choice" rule after parsing, in narrationReferences.ts.

import { z } from 'zod';
import { listOf, markdownSchema, nameSchema, strictObject, textSchema } from '../fieldSchemas.ts';
import {
  CHOICES_MAX,
  CHOICES_MIN,
  HIGHLIGHT_CHARS_MAX,
  HIGHLIGHTS_PER_STEP_MAX,
  NARRATION_CHARS_MAX,
  NARRATION_STEPS_MAX,
  PROSE_CHARS_MAX,
} from '../scenarioLimits.ts';
import { triggerSchema } from './triggerSchema.ts';

const choiceSchema = strictObject({
  id: nameSchema(),
  text: markdownSchema(1, PROSE_CHARS_MAX),
  correct: z.boolean({ error: 'true or false' }),
  explanation: markdownSchema(1, PROSE_CHARS_MAX),
});

const predictionSchema = strictObject({
  question: markdownSchema(1, PROSE_CHARS_MAX),
  choices: listOf(choiceSchema, CHOICES_MIN, CHOICES_MAX, 'choices'),
});

const stepSchema = strictObject({
  id: nameSchema(),
  text: markdownSchema(1, NARRATION_CHARS_MAX),
  trigger: triggerSchema,
  highlights: listOf(
    textSchema(1, HIGHLIGHT_CHARS_MAX),
    0,
    HIGHLIGHTS_PER_STEP_MAX,
    'highlights like "partition orders-0" or "consumer c1"',
  ).exactOptional(),
  prediction: predictionSchema.exactOptional(),
});

export const narrationSchema = listOf(stepSchema, 0, NARRATION_STEPS_MAX, 'narration steps');
