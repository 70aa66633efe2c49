// Cross-reference checks for dataflows: the graph (dataflowGraph.ts), the expressions
// (dataflowExpressions.ts), and settings that name something elsewhere or only make sense
// together: source and table topics exist, window offsets fit and a sliding window puts a record
// in at most 100 windows (as stream jobs), an interval join's lower bound is not above its upper
// bound, a transactional sink has checkpoints to commit with, overload settings go together
// (overloadReferences.ts), and each mode's settings appear
// only in that mode, since the engine would ignore them in the other. Dataflow ids share one
// namespace with every other entity (crossReferences.ts), so job.fail names exactly one job.

import type { DataflowOperatorSpec, DataflowSpec } from '../engine/index.ts';
import type { ScenarioIndex } from './crossReferenceIndex.ts';
import { checkDataflowGraph } from './dataflowGraph.ts';
import { checkExpressionsInOrder, checkExpressionSyntax } from './dataflowExpressions.ts';
import { checkOverloadSettings } from './overloadReferences.ts';
import { missingTopicError } from './referenceErrors.ts';
import type { ScenarioError } from './scenarioError.ts';
import type { ScenarioCore } from './scenarioSchemaV1.ts';
import { checkOffset, checkWindowsPerRecord } from './streamJobReferences.ts';

const CONTINUOUS_ONLY = ['tickMs', 'networkDelayMs', 'bufferRecords'] as const;

function checkMode(dataflow: DataflowSpec, path: string): ScenarioError[] {
  const mode = dataflow.mode ?? 'continuous';
  if (mode === 'continuous') {
    if (dataflow.batchIntervalMs === undefined) return [];
    return [
      {
        path: `${path}.batchIntervalMs`,
        message: 'is a micro-batch setting, but mode is "continuous", so it would be ignored',
        found: String(dataflow.batchIntervalMs),
        allowed: 'mode "micro-batch", or leave batchIntervalMs out (continuous: tickMs)',
      },
    ];
  }
  return CONTINUOUS_ONLY.filter((field) => dataflow[field] !== undefined).map((field) => ({
    path: `${path}.${field}`,
    message: `is a continuous-mode setting, but mode is "micro-batch", which reads and processes everything once per batchIntervalMs, so it would be ignored`,
    found: String(dataflow[field]),
    allowed: 'mode "continuous", or leave it out (micro-batch: batchIntervalMs)',
  }));
}

function checkOperator(
  op: DataflowOperatorSpec,
  path: string,
  dataflow: DataflowSpec,
  index: ScenarioIndex,
): (ScenarioError | undefined)[] {
  switch (op.kind) {
    case 'source':
      return index.partitions.has(op.topic)
        ? []
        : [missingTopicError(`${path}.topic`, op.topic, index)];
    case 'tableJoin':
      return index.partitions.has(op.tableTopic)
        ? []
        : [missingTopicError(`${path}.tableTopic`, op.tableTopic, index)];
    case 'window':
    case 'windowJoin':
      return [
        checkOffset(op.assigner, `${path}.assigner`),
        checkWindowsPerRecord(op.assigner, `${path}.assigner`),
      ];
    case 'intervalJoin':
      return op.lowerBoundMs <= op.upperBoundMs
        ? []
        : [
            {
              path: `${path}.lowerBoundMs`,
              message: `is above upperBoundMs (${op.upperBoundMs}), so no pair of records could ever join`,
              found: String(op.lowerBoundMs),
              allowed: `at most upperBoundMs (${op.upperBoundMs})`,
            },
          ];
    case 'sink':
      return op.sink !== 'transactional' || dataflow.checkpoint !== undefined
        ? []
        : [
            {
              path: `${path}.sink`,
              message:
                'is "transactional", but the dataflow takes no checkpoints: its rows would be staged and never committed, so readers would never see any',
              found: '"transactional"',
              allowed:
                'a checkpoint ({ "intervalMs": ... }) on the dataflow, or sink "append" or "idempotent-upsert"',
            },
          ];
    default:
      return [];
  }
}

/** Errors in the dataflows of a scenario. */
export function checkDataflows(scenario: ScenarioCore, index: ScenarioIndex): ScenarioError[] {
  const errors: ScenarioError[] = [];
  (scenario.topology.dataflows ?? []).forEach((dataflow, d) => {
    const path = `$.topology.dataflows[${d}]`;
    errors.push(...checkMode(dataflow, path));
    dataflow.operators.forEach((op, i) => {
      const opPath = `${path}.operators[${i}]`;
      for (const error of checkOperator(op, opPath, dataflow, index)) {
        if (error !== undefined) errors.push(error);
      }
      const { overload, samplePercent, recordsPerSecond: capacity } = op;
      const settings = { overload, samplePercent, capacity };
      errors.push(...checkOverloadSettings(settings, opPath, 'recordsPerSecond', 'operator'));
    });
    const graph = checkDataflowGraph(dataflow, path);
    if (graph.ok) errors.push(...checkExpressionsInOrder(dataflow, graph.order, path));
    else errors.push(...graph.errors, ...checkExpressionSyntax(dataflow, path));
  });
  return errors;
}
