// Routes a record, or a new watermark, to the operator kind of the subtask that received it.

import type { DfRecord } from '../dataflowTypes.ts';
import { processAggregate, processMaterialize } from './keyedOperators.ts';
import type { OperatorContext } from './operatorContext.ts';
import { processSink } from './sinkOperator.ts';
import { processStateless } from './statelessOperators.ts';
import {
  cleanIntervalJoin,
  fireWindowJoin,
  processIntervalJoin,
  processWindowJoin,
} from './streamJoins.ts';
import { processTableJoin } from './tableJoin.ts';
import { advanceWindowWatermark, processWindowRecord } from './windowOperator.ts';

/** Handles one record that arrived on input `side` (1 is the right side of a join). */
export function processRecordAt(ctx: OperatorContext, r: DfRecord, side: 0 | 1): void {
  switch (ctx.plan.ops[ctx.op]!.spec.kind) {
    case 'aggregate':
      return processAggregate(ctx, r);
    case 'materialize':
      return processMaterialize(ctx, r);
    case 'window':
      return processWindowRecord(ctx, r);
    case 'tableJoin':
      return processTableJoin(ctx, r);
    case 'intervalJoin':
      return processIntervalJoin(ctx, r, side);
    case 'windowJoin':
      return processWindowJoin(ctx, r, side);
    case 'sink':
      return processSink(ctx, r);
    case 'source':
      throw new Error('a source has no inputs');
    default:
      return processStateless(ctx, r);
  }
}

/** Lets an event-time operator act on its new watermark: fire windows, clean join buffers. */
export function onOperatorWatermark(ctx: OperatorContext, watermarkMs: number): void {
  switch (ctx.plan.ops[ctx.op]!.spec.kind) {
    case 'window':
      return advanceWindowWatermark(ctx, watermarkMs);
    case 'intervalJoin':
      return cleanIntervalJoin(ctx, watermarkMs);
    case 'windowJoin':
      return fireWindowJoin(ctx, watermarkMs);
    default:
      return;
  }
}
