// WindowOperator.processElement with EventTimeTrigger.onElement: assign a record to windows, skip
// late windows, add it, fire late windows at once, and set timers. It must not advance the watermark.

import { fireWindow } from './fireWindow.ts';
import { addSessionWindow, retireSessionWindow } from './sessionWindowSet.ts';
import { deleteTimer, registerTimer } from './timerQueue.ts';
import {
  addToPane,
  cleanupTimeMs,
  isWindowLate,
  maxTimestampMs,
  mergePaneInto,
  watermarkReached,
  type WindowOperatorContext,
} from './windowOperatorState.ts';
import type {
  SessionAssigner,
  TimeWindowAssigner,
  WindowBounds,
  WindowRecordInput,
} from './windowOperatorTypes.ts';
import { windowsFor } from './windowsFor.ts';

/** Adds the record to a window that is not late, then runs the trigger and the cleanup timer. */
function addAndTrigger(
  context: WindowOperatorContext,
  record: WindowRecordInput,
  window: WindowBounds,
): void {
  const { state, spec } = context;
  const { key } = record;
  addToPane(state, key, window, record.value);
  // EventTimeTrigger.onElement: once the watermark is past the window, only allowed lateness kept
  // it open, so the record refires it immediately; otherwise the window waits for its end.
  if (watermarkReached(state, maxTimestampMs(window))) {
    fireWindow(context, key, window, 'late');
  } else {
    registerTimer(state.timers, { timestampMs: maxTimestampMs(window), key, window });
  }
  registerTimer(state.timers, {
    timestampMs: cleanupTimeMs(window, spec.allowedLatenessMs),
    key,
    window,
  });
}

function processAlignedRecord(
  context: WindowOperatorContext,
  record: WindowRecordInput,
  assigner: TimeWindowAssigner,
): boolean {
  let accepted = false;
  for (const window of windowsFor(assigner, record.timestampMs)) {
    if (isWindowLate(context, window)) continue;
    accepted = true;
    addAndTrigger(context, record, window);
  }
  return accepted;
}

/** The merge callback of WindowOperator: re-point timers and contents at the merged window. */
function mergeSessionState(
  context: WindowOperatorContext,
  key: string,
  mergedWindow: WindowBounds,
  absorbedWindows: readonly WindowBounds[],
): void {
  const { state, spec } = context;
  if (isWindowLate(context, mergedWindow)) {
    // Flink throws here too; merging can only grow windows, so this means the state is corrupt.
    throw new Error(
      `merged session window [${String(mergedWindow)}) is already past its cleanup time`,
    );
  }
  // EventTimeTrigger.onMerge registers the merged window's timer only if it can still fire on time.
  if (!watermarkReached(state, maxTimestampMs(mergedWindow))) {
    registerTimer(state.timers, {
      timestampMs: maxTimestampMs(mergedWindow),
      key,
      window: mergedWindow,
    });
  }
  for (const absorbed of absorbedWindows) {
    deleteTimer(state.timers, { timestampMs: maxTimestampMs(absorbed), key, window: absorbed });
    deleteTimer(state.timers, {
      timestampMs: cleanupTimeMs(absorbed, spec.allowedLatenessMs),
      key,
      window: absorbed,
    });
    mergePaneInto(state, key, absorbed, mergedWindow);
  }
}

function processSessionRecord(
  context: WindowOperatorContext,
  record: WindowRecordInput,
  assigner: SessionAssigner,
): boolean {
  const { state } = context;
  const newWindow: WindowBounds = [record.timestampMs, record.timestampMs + assigner.gapMs];
  const addition = addSessionWindow(state.sessionWindows[record.key] ?? [], newWindow);
  if (addition.absorbedWindows.length > 0) {
    mergeSessionState(context, record.key, addition.actualWindow, addition.absorbedWindows);
  }
  if (isWindowLate(context, addition.actualWindow)) {
    // Only a lone new window can be late here, and Flink retires it straight away.
    state.sessionWindows[record.key] = retireSessionWindow(addition.windows, addition.actualWindow);
    return false;
  }
  state.sessionWindows[record.key] = addition.windows;
  addAndTrigger(context, record, addition.actualWindow);
  return true;
}

/**
 * Processes one record. When no window accepted it and the record is itself late
 * (`timestamp + allowedLateness <= watermark`), it is reported as dropped, which is when Flink
 * sends it to the late side output or counts numLateRecordsDropped. A sliding record that falls in
 * the gap between windows (slide larger than size) belongs to no window and vanishes silently, as in Flink.
 *
 * @example
 * ```ts
 * processRecord(context, { type: 'record', key: 'a', value: 1, timestampMs: 3 });
 * ```
 */
export function processRecord(context: WindowOperatorContext, record: WindowRecordInput): void {
  const { assigner, allowedLatenessMs } = context.spec;
  const accepted =
    assigner.kind === 'session'
      ? processSessionRecord(context, record, assigner)
      : processAlignedRecord(context, record, assigner);
  if (!accepted && watermarkReached(context.state, record.timestampMs + allowedLatenessMs)) {
    context.outputs.push({
      type: 'late-dropped',
      key: record.key,
      timestampMs: record.timestampMs,
    });
  }
}
