// The internal error raised while checking a parsed expression. It never leaves compileExpr, which
// turns it into an `{ ok: false, message, position }` result.

/**
 * A compile error whose message reads `<subject> at <position><rest>`, for example
 * `unknown function "eval" at 0; allowed: abs, ...`. Without a position the ` at N` is left out.
 */
export class ExprCompileError extends Error {
  readonly position: number | undefined;

  constructor(subject: string, position?: number, rest = '') {
    super(position === undefined ? subject + rest : `${subject} at ${String(position)}${rest}`);
    this.name = 'ExprCompileError';
    this.position = position;
  }
}
