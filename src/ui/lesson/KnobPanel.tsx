// "Try it": the scenario's variants and parameters. A variant applies as soon as it is picked;
// parameter values apply together with the Apply button (or Enter), once every field is valid.
// Either way the run is rebuilt at the current moment (useLessonRun).

import { useState, type FormEvent } from 'react';
import type { Parameter, ScenarioFile } from '../../scenario/index.ts';
import type { LessonKnobs } from './lessonKnobs.ts';
import { parseParameterInput } from './parameterInput.ts';
import { ParameterField } from './ParameterField.tsx';
import { VariantPicker } from './VariantPicker.tsx';

export interface KnobPanelProps {
  /** The scenario as written: its variants, parameters and their defaults. */
  readonly scenario: ScenarioFile;
  readonly knobs: LessonKnobs;
  /** Rebuilds the run; returns why it could not, or null. */
  readonly onApply: (knobs: LessonKnobs) => string | null;
}

function initialTexts(
  parameters: readonly Parameter[],
  knobs: LessonKnobs,
): Record<string, string> {
  return Object.fromEntries(parameters.map((p) => [p.id, String(knobs.params[p.id] ?? p.default)]));
}

export function KnobPanel({ scenario, knobs, onApply }: KnobPanelProps) {
  const { parameters, variants } = scenario;
  const [texts, setTexts] = useState(() => initialTexts(parameters, knobs));
  const [showErrors, setShowErrors] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);
  const inputs = parameters.map((p) => parseParameterInput(p, texts[p.id] ?? ''));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setShowErrors(true);
    const params: Record<string, number> = {};
    for (const [i, input] of inputs.entries()) {
      const parameter = parameters[i];
      if (!input.ok || parameter === undefined) return;
      params[parameter.id] = input.value;
    }
    setApplyError(onApply({ ...knobs, params }));
  };
  const pick = (variantId: string | null): void => setApplyError(onApply({ ...knobs, variantId }));
  return (
    <section className="lesson-knobs" aria-labelledby="lesson-knobs-heading">
      <h3 id="lesson-knobs-heading">Try it</h3>
      {variants.length > 0 && (
        <VariantPicker variants={variants} variantId={knobs.variantId} onPick={pick} />
      )}
      {parameters.length > 0 && (
        <form onSubmit={submit} noValidate>
          {parameters.map((parameter, i) => {
            const input = inputs[i];
            const error = input !== undefined && !input.ok && showErrors ? input.message : null;
            return (
              <ParameterField
                key={parameter.id}
                parameter={parameter}
                text={texts[parameter.id] ?? ''}
                error={error}
                onText={(text) => {
                  setShowErrors(true);
                  setTexts((current) => ({ ...current, [parameter.id]: text }));
                }}
              />
            );
          })}
          <button type="submit">Apply from here</button>
        </form>
      )}
      {applyError !== null && (
        <pre className="validation-message" role="alert">
          {applyError}
        </pre>
      )}
    </section>
  );
}
