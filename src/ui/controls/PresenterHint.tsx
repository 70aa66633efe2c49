// A quiet reminder in presenter mode, where the chrome is hidden: how to get out, and where the
// keys are listed.

export function PresenterHint() {
  return (
    <p className="presenter-hint" aria-hidden="true">
      Presenter mode · <kbd>P</kbd> to leave · <kbd>?</kbd> keys
    </p>
  );
}
