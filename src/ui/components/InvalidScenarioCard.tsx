// A scenario file that failed validation, listed with the validator's message so its author can
// fix it without opening the console.

export interface InvalidScenarioCardProps {
  readonly path: string;
  readonly message: string;
}

export function InvalidScenarioCard({ path, message }: InvalidScenarioCardProps) {
  return (
    <li className="scenario-card invalid" data-testid="invalid-scenario">
      <h3>
        <span className="invalid-badge">Invalid</span> {path}
      </h3>
      <pre className="validation-message">{message}</pre>
    </li>
  );
}
