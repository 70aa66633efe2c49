// The only door into the expression language: compile scenario text once, then evaluate it per
// record. See README.md for the grammar, the functions and the null rules.

export type {
  CompileResult,
  CompiledExpr,
  ExprBinaryOp,
  ExprLogicalOp,
  ExprNode,
  ExprUnaryOp,
  ExprValue,
} from './exprTypes.ts';
export { EXPR_LIMITS } from './exprTypes.ts';
export { compileExpr } from './compileExpr.ts';
export { evalExpr } from './evalExpr.ts';
export { isTruthy } from './exprValues.ts';
export { EXPR_FUNCTIONS } from './exprFunctions.ts';
