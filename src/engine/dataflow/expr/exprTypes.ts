// The plain-data types of the expression language: values, the compiled tree and the compile
// result. Everything here is JSON-safe, because compiled expressions live inside cloned simulation
// state; this file holds types and constants only, no behaviour.

/** The only values an expression can see or produce. There is no undefined, NaN or Infinity. */
export type ExprValue = number | string | boolean | null;

/** Prefix operators: numeric negation, numeric identity and logical not. */
export type ExprUnaryOp = '-' | '+' | '!';

/** Infix operators other than the short-circuit pair `&&` and `||`. */
export type ExprBinaryOp = '+' | '-' | '*' | '/' | '%' | '==' | '!=' | '<' | '<=' | '>' | '>=';

/** Short-circuit operators; they always produce a boolean. */
export type ExprLogicalOp = '&&' | '||';

/**
 * The compiled tree, discriminated on `kind`. Function calls hold the function's name, never a
 * reference, so the tree survives `structuredClone` and `JSON.stringify` unchanged.
 */
export type ExprNode =
  | { readonly kind: 'literal'; readonly value: ExprValue }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'unary'; readonly op: ExprUnaryOp; readonly arg: ExprNode }
  | {
      readonly kind: 'binary';
      readonly op: ExprBinaryOp;
      readonly left: ExprNode;
      readonly right: ExprNode;
    }
  | {
      readonly kind: 'logical';
      readonly op: ExprLogicalOp;
      readonly left: ExprNode;
      readonly right: ExprNode;
    }
  | {
      readonly kind: 'conditional';
      readonly test: ExprNode;
      readonly then: ExprNode;
      readonly otherwise: ExprNode;
    }
  | { readonly kind: 'call'; readonly fn: string; readonly args: readonly ExprNode[] };

/** A successfully compiled expression: its source text and its checked tree. */
export interface CompiledExpr {
  readonly source: string;
  readonly node: ExprNode;
}

/** The outcome of `compileExpr`; `position` is a 0-based character index into the source. */
export type CompileResult =
  { ok: true; expr: CompiledExpr } | { ok: false; message: string; position?: number };

/** The hard limits on expressions; the README explains each one. */
export const EXPR_LIMITS = {
  /** Longest accepted source, in UTF-16 code units. */
  sourceCharsMax: 500,
  /** Deepest accepted tree, counting the root as depth 1; also the deepest parenthesis nesting. */
  depthMax: 32,
  /** Largest accepted tree, in nodes. */
  nodesMax: 200,
  /** Strings longer than this are cut to this length, in UTF-16 code units. */
  stringCharsMax: 1000,
} as const;
