// The plain-data shapes shared by the Flink window kernels: assigners, the operator spec, and the
// operator's input and output events. It holds types only and must not hold logic or state.

/** A window `[startMs, endMs)`: the start is inclusive and the end exclusive, as in Flink's TimeWindow. */
export type WindowBounds = [startMs: number, endMs: number];

/** Tumbling event-time windows (Flink's TumblingEventTimeWindows). */
export interface TumblingAssigner {
  kind: 'tumbling';
  sizeMs: number;
  offsetMs?: number;
}

/** Sliding event-time windows (Flink's SlidingEventTimeWindows). */
export interface SlidingAssigner {
  kind: 'sliding';
  sizeMs: number;
  slideMs: number;
  offsetMs?: number;
}

/** Event-time session windows with a fixed gap (Flink's EventTimeSessionWindows.withGap). */
export interface SessionAssigner {
  kind: 'session';
  gapMs: number;
}

/** The aligned assigners, whose windows depend only on a record's timestamp. */
export type TimeWindowAssigner = TumblingAssigner | SlidingAssigner;

/** Every assigner the window operator accepts. */
export type WindowAssignerSpec = TimeWindowAssigner | SessionAssigner;

/** How a window's contents survive a firing: kept (the default) or purged as PurgingTrigger does. */
export type WindowAccumulation = 'accumulating' | 'discarding';

/** One keyed event-time window operator with Flink's EventTimeTrigger. */
export interface WindowOperatorSpec {
  assigner: WindowAssignerSpec;
  allowedLatenessMs: number;
  aggregate: 'sum' | 'count';
  accumulation?: WindowAccumulation;
}

export interface WindowRecordInput {
  type: 'record';
  key: string;
  value: number;
  timestampMs: number;
}

export interface WindowWatermarkEvent {
  type: 'watermark';
  timestampMs: number;
}

export type WindowOperatorInput = WindowRecordInput | WindowWatermarkEvent;

/** A window firing: on-time when a watermark passed `end - 1`, late when a record refired it. */
export interface WindowResultOutput {
  type: 'result';
  key: string;
  window: WindowBounds;
  value: number;
  timestampMs: number;
  timing: 'on-time' | 'late';
}

/** A record that every one of its windows had already closed to (Flink's late side output). */
export interface WindowLateDroppedOutput {
  type: 'late-dropped';
  key: string;
  timestampMs: number;
}

export type WindowOperatorOutput =
  WindowResultOutput | WindowLateDroppedOutput | WindowWatermarkEvent;
