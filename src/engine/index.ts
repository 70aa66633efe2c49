// The engine's only door. Everything outside src/engine imports from here and nowhere else.

export type * from './model/scenarioModel.ts';
export type * from './model/kafkaSpecs.ts';
export type * from './model/queueSpecs.ts';
export type * from './model/streamJobSpec.ts';
export type * from './model/interventions.ts';
export type * from './trace/traceEvent.ts';
export type * from './view/worldView.ts';
export type * from './simulationApi.ts';

export { createSimulation } from './simulation/createSimulation.ts';
export { formatTraceLine, formatTraceText, formatTraceJsonl } from './trace/formatTrace.ts';
export { murmur2 } from './kafka/murmur2.ts';
export { partitionForKey } from './kafka/partitionForKey.ts';
export { assignPartitions } from './kafka/assignors/assignPartitions.ts';
export type * from './flink/windowOperatorTypes.ts';
export { windowsFor } from './flink/windowsFor.ts';
export { runWindowOperator } from './flink/runWindowOperator.ts';
export { tableFromLog, type TableRow } from './kafka/tableFromLog.ts';
export type * from './model/dataflowModel.ts';
export type * from './view/dataflowView.ts';
export {
  compileExpr,
  evalExpr,
  EXPR_FUNCTIONS,
  type CompiledExpr,
  type CompileResult,
  type ExprValue,
} from './dataflow/expr/index.ts';
export { buildDataflowPlan, inputsOf } from './dataflow/dataflowPlan.ts';
