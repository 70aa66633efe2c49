// The seed of the run, editable. A bad entry keeps what was typed and says what is allowed; the
// run goes on untouched until a valid seed is applied. "New seed" derives the next seed from this
// one (see player/seeds.ts), so it is reproducible. Remount with `key={seed}` to show a new seed.

import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { nextSeed, parseSeed } from '../../player/index.ts';

export interface SeedFieldProps {
  readonly seed: number;
  readonly onSeed: (seed: number) => void;
}

export function SeedField({ seed, onSeed }: SeedFieldProps) {
  const [draft, setDraft] = useState(String(seed));
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = parseSeed(draft);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    if (parsed.seed !== seed) onSeed(parsed.seed);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    setDraft(String(seed));
    setError(null);
  };
  return (
    <form className="seed-field" onSubmit={submit} aria-label="Seed">
      <label htmlFor={inputId}>Seed</label>
      <input
        id={inputId}
        data-testid="seed-input"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        size={11}
        value={draft}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : errorId}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="submit">Apply</button>
      <button
        type="button"
        onClick={() => onSeed(nextSeed(seed))}
        title="Derive the next seed from this one"
      >
        New seed
      </button>
      {error !== null && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
