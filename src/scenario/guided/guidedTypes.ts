// The types of the guided parts that format version 2 adds to a scenario: which system's
// semantics it follows, narration steps with triggers and predictions, expected outcomes,
// parameters and variants. They are written out by hand, as documentation for the UI, and
// scenarioSchema.ts proves at compile time that the zod schema yields exactly these shapes.

import type { GroupState } from '../../engine/index.ts';
import type { KnownEventType } from './traceEventFields.ts';

/** Whose semantics the scenario follows. */
export type SystemName = 'kafka' | 'flink' | 'kafka-streams' | 'beam';

/** The views a scenario opens with. */
export type ViewName = 'logs' | 'topology' | 'timeline' | 'dag' | 'metrics' | 'trace' | 'inspector';

/** A real configuration key and the JSON path of the scenario value that plays its part. */
export interface ConfigMapping {
  /** A real setting, e.g. "session.timeout.ms". */
  readonly setting: string;
  /** e.g. "$.topology.consumerGroups[0].sessionTimeoutMs". */
  readonly path: string;
}

/**
 * Field equality on a trace event, e.g. `{ group: "billing", to: "Stable" }`; a window is
 * compared as a pair, `{ window: [0, 10000] }`.
 */
export type EventWhere = Readonly<
  Record<string, string | number | boolean | readonly [number, number]>
>;

/** When a narration step appears. */
export type Trigger =
  | { readonly kind: 'atTime'; readonly atMs: number }
  | { readonly kind: 'onEvent'; readonly eventType: KnownEventType; readonly where?: EventWhere }
  | { readonly kind: 'onNext' };

export interface PredictionChoice {
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  /** Shown after the learner answers: why this choice is right or wrong. */
  readonly explanation: string;
}

/** A question asked before the learner sees what happens; exactly one choice is correct. */
export interface Prediction {
  readonly question: string;
  readonly choices: readonly PredictionChoice[];
}

export interface NarrationStep {
  readonly id: string;
  /** Markdown, without raw HTML or script links. */
  readonly text: string;
  readonly trigger: Trigger;
  /** Entities to highlight, e.g. "partition orders-0", "consumer c1", "window [0,10000)". */
  readonly highlights?: readonly string[];
  readonly prediction?: Prediction;
}

export type CompareOp = '<=' | '==' | '>=';
export type DeliveryTimes = 'zero' | 'once' | 'more-than-once';
export type WindowTiming = 'on-time' | 'early' | 'late';

/** One expected outcome of a run; ASSERTIONS.md describes each kind with examples. */
export type Assertion = { readonly label?: string } & (
  | {
      readonly kind: 'groupState';
      readonly group: string;
      readonly state: GroupState;
      readonly atMs: number;
    }
  | {
      readonly kind: 'lag';
      readonly group: string;
      readonly atMs: number;
      readonly op: CompareOp;
      readonly value: number;
    }
  | {
      readonly kind: 'lagReaches';
      readonly group: string;
      readonly value: number;
      readonly byMs: number;
      readonly afterMs?: number;
    }
  | {
      readonly kind: 'deliveries';
      readonly times: DeliveryTimes;
      readonly op: CompareOp;
      readonly count: number;
      readonly group?: string;
    }
  | {
      readonly kind: 'eventCount';
      readonly eventType: KnownEventType;
      readonly where?: EventWhere;
      readonly op: CompareOp;
      readonly count: number;
      readonly byMs?: number;
    }
  | {
      readonly kind: 'windowResult';
      /** The stream job whose results count; absent: any job's. */
      readonly job?: string;
      readonly key: string;
      readonly window: readonly [number, number];
      readonly values: readonly {
        readonly value: number | string;
        readonly timing: WindowTiming;
      }[];
    }
  | {
      readonly kind: 'dataflowMetric';
      readonly job: string;
      readonly metric: DataflowMetricName;
      /** Which sample counts: the largest, the smallest or the last in the span. */
      readonly stat: 'max' | 'min' | 'last';
      readonly op: CompareOp;
      readonly value: number;
      readonly afterMs?: number;
      readonly byMs?: number;
    }
  | {
      readonly kind: 'sinkRows';
      readonly job: string;
      readonly sink: string;
      readonly atMs: number;
      readonly op: CompareOp;
      readonly count: number;
      readonly key?: string;
      readonly window?: readonly [number, number];
    }
  | {
      readonly kind: 'failureFreeOutput';
      /** A stream job, or a dataflow together with `sink`; or else `group`. */
      readonly job?: string;
      readonly sink?: string;
      /** A consumer group, with `as`: its processed records as an append log or upsert table. */
      readonly group?: string;
      readonly as?: 'append' | 'upsert';
      readonly expect: 'equal' | 'different';
      /** The time both runs are read at; absent: the end of the run. */
      readonly atMs?: number;
    }
);

/** The numeric series of a `dataflow.metrics` event that a dataflowMetric assertion can read. */
export type DataflowMetricName =
  | 'recordsPerSecond'
  | 'lagRecords'
  | 'latencyMsP50'
  | 'latencyMsP95'
  | 'latencyMsP99'
  | 'watermarkLagMs'
  | 'stateEntries'
  | 'bufferFillPercent'
  | 'checkpointDurationMs';

export type AssertionKind = Assertion['kind'];

export type ParameterUnit = 'ms' | 'records' | 'count' | 'percent' | 'partitions' | 'consumers';

/** A knob the learner can turn: it sets the number at `path`. */
export interface Parameter {
  readonly id: string;
  readonly label: string;
  readonly unit: ParameterUnit;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Equal to the value at `path` in the scenario as written. */
  readonly default: number;
  readonly path: string;
  /** A hint such as "try 6000 ms and watch when the crash is noticed". */
  readonly suggestion?: string;
}

/** Any JSON value, as an override may replace a whole object (a commit mode, say). */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface Override {
  readonly path: string;
  readonly value: JsonValue;
}

/** A named alternative setup, e.g. "cooperative-sticky instead of range". */
export interface Variant {
  readonly id: string;
  readonly label: string;
  readonly overrides: readonly Override[];
}
