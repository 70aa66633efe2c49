// One parameter as a labelled number field with its unit and range. What the learner types stays
// in the field even when it is not valid; the error names the field and its range.

import { useId } from 'react';
import type { Parameter } from '../../scenario/index.ts';
import { rangeText } from './parameterInput.ts';

export interface ParameterFieldProps {
  readonly parameter: Parameter;
  readonly text: string;
  readonly error: string | null;
  readonly onText: (text: string) => void;
}

export function ParameterField({ parameter, text, error, onText }: ParameterFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="parameter-field" data-parameter-id={parameter.id}>
      <label htmlFor={id}>{parameter.label}</label>
      <span className="parameter-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          aria-invalid={error !== null}
          aria-describedby={error === null ? hintId : `${errorId} ${hintId}`}
          onChange={(event) => onText(event.target.value)}
        />
        <span className="parameter-unit">{parameter.unit}</span>
      </span>
      <span id={hintId} className="parameter-hint muted">
        {rangeText(parameter)}
        {parameter.suggestion !== undefined && <> · {parameter.suggestion}</>}
      </span>
      {error !== null && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
