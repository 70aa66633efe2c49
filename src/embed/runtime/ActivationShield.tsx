// Click-to-activate: until the reader clicks (or presses Enter on it), a transparent button covers
// the embed, so wheel and touch scrolling pass over it to the page instead of scrolling the
// panels inside. Commands from the host page work either way.

export interface ActivationShieldProps {
  readonly onActivate: () => void;
}

export function ActivationShield({ onActivate }: ActivationShieldProps) {
  return (
    <button
      type="button"
      className="embed-shield"
      data-testid="embed-activate"
      aria-label="Activate the sandbox to use its controls"
      onClick={onActivate}
    >
      <span className="embed-shield-hint">Click to interact</span>
    </button>
  );
}
