// Chooses a variant of the scenario (or the scenario as written); choosing rebuilds the run.

import { useId } from 'react';
import type { Variant } from '../../scenario/index.ts';

export interface VariantPickerProps {
  readonly variants: readonly Variant[];
  readonly variantId: string | null;
  readonly onPick: (variantId: string | null) => void;
}

const AS_WRITTEN = '';

export function VariantPicker({ variants, variantId, onPick }: VariantPickerProps) {
  const id = useId();
  return (
    <div className="variant-picker">
      <label htmlFor={id}>Variant</label>
      <select
        id={id}
        value={variantId ?? AS_WRITTEN}
        onChange={(event) => onPick(event.target.value === AS_WRITTEN ? null : event.target.value)}
      >
        <option value={AS_WRITTEN}>As written</option>
        {variants.map((variant) => (
          <option key={variant.id} value={variant.id}>
            {variant.label}
          </option>
        ))}
      </select>
    </div>
  );
}
