// The event-time rules of one dataflow operator, in words for the event-time view: how the
// watermark reaching it is made and combined, when a window operator fires and what it drops, and
// when a join pairs records, drops late ones and clears its state, with the operator's own numbers
// and Flink's API names.

import type { DataflowOperatorSpec, DataflowSpec } from '../../../engine/index.ts';
import { formatDuration } from '../../format/formatDuration.ts';
import { watermarkRule, windowsText, type Horizon, type SemanticsText } from './jobSemantics.ts';

/** The topics feeding each input of an operator: one side, or a join's left and right. */
export interface OperatorSides {
  readonly left: readonly string[];
  readonly right: readonly string[];
}

const COMBINED =
  'each operator’s watermark is the minimum over its input channels (both sides of a join), as in Flink';

/** `ms` added to a time in words, with its sign: " + 5 s", " − 2 s", or nothing for 0. */
function plus(ms: number): string {
  if (ms === 0) return '';
  return ms < 0 ? ` − ${formatDuration(-ms)}` : ` + ${formatDuration(ms)}`;
}

function topics(list: readonly string[]): string {
  return list.length === 0 ? 'no topic' : list.join(', ');
}

function intervalJoinText(
  op: Extract<DataflowOperatorSpec, { kind: 'intervalJoin' }>,
  sides: OperatorSides,
): { windows: string; rules: string[]; horizons: Horizon[] } {
  const upper = Math.max(op.upperBoundMs, 0);
  const lower = Math.max(-op.lowerBoundMs, 0);
  // A line at the watermark itself would hide it, so only real distances get one.
  const cleared = (offsetMs: number, who: string): Horizon => ({
    offsetMs,
    label: `watermark − ${formatDuration(offsetMs)}: ${who} older than this are cleared from state`,
  });
  const horizons: Horizon[] =
    upper === lower
      ? upper > 0
        ? [cleared(upper, 'records of both sides')]
        : []
      : [
          ...(upper > 0 ? [cleared(upper, `left records (${topics(sides.left)})`)] : []),
          ...(lower > 0 ? [cleared(lower, `right records (${topics(sides.right)})`)] : []),
        ];
  return {
    windows: `interval join of ${topics(sides.left)} (left) with ${topics(sides.right)} (right)`,
    rules: [
      `left a and right b with the same key join when a.ts${plus(op.lowerBoundMs)} ≤ b.ts ≤ a.ts${plus(op.upperBoundMs)} (intervalJoin … between)`,
      'a record with an event time below the operator’s watermark is late and dropped',
      `a left record stays in state until the watermark reaches its time${plus(upper)}, a right one until it reaches its time${plus(lower)}`,
    ],
    horizons,
  };
}

function kindText(
  op: DataflowOperatorSpec,
  sides: OperatorSides,
): { windows: string; rules: string[]; horizons: Horizon[] } {
  switch (op.kind) {
    case 'window':
      return {
        windows: windowsText(op.assigner),
        rules: [
          'a window fires on time when the operator’s watermark passes its end − 1 ms (EventTimeTrigger)',
          `allowed lateness ${formatDuration(op.allowedLatenessMs)} (allowedLateness): records up to then refire the window late; later ones are dropped`,
        ],
        horizons: [],
      };
    case 'windowJoin':
      return {
        windows: `window join of ${topics(sides.left)} with ${topics(sides.right)}, ${windowsText(op.assigner)}`,
        rules: [
          'pairs with the same key in the same window are emitted when the watermark reaches the window’s end − 1 ms',
          'a record whose windows have all closed is late and dropped',
        ],
        horizons: [],
      };
    case 'intervalJoin':
      return intervalJoinText(op, sides);
    default:
      return {
        windows: `${op.kind} operator reading ${topics(sides.left)}`,
        rules: [
          `${/^[aeiou]/.test(op.kind) ? 'an' : 'a'} ${op.kind} operator does not wait for the watermark; it passes it downstream`,
        ],
        horizons: [],
      };
  }
}

/**
 * The semantics of one operator of `dataflow`, in words.
 *
 * @example
 * describeOperatorSemantics(dataflow, join, { left: ['orders'], right: ['payments'] }).horizons[0]?.offsetMs; // 5000
 */
export function describeOperatorSemantics(
  dataflow: DataflowSpec,
  op: DataflowOperatorSpec,
  sides: OperatorSides,
): SemanticsText {
  const { windows, rules, horizons } = kindText(op, sides);
  const batch =
    dataflow.mode === 'micro-batch'
      ? [
          `micro-batch mode: input is read and processed once every ${formatDuration(dataflow.batchIntervalMs ?? 1000)}, as in Spark, so the watermark moves once per batch`,
        ]
      : [];
  return {
    system: 'Flink',
    lineName: 'watermark',
    windows,
    rules: [watermarkRule(dataflow.watermarks), COMBINED, ...rules, ...batch],
    horizons,
  };
}
