// The sentences above a dataflow's graph: how it runs (continuous or micro-batch), whether it is
// running or restarting after a failure, where its checkpoints stand, and whether it is
// backpressured. Pure: the world's view of the dataflow, its spec and its history in, chips out.

import type { DataflowSpec, DataflowView } from '../../../engine/index.ts';
import type { DataflowHistory } from './dagEventsFold.ts';

export interface StatusChip {
  readonly id: 'mode' | 'state' | 'checkpoint' | 'backpressure' | 'uncommitted';
  readonly text: string;
  /** `alert` for failures and backpressure, `active` for work in progress. */
  readonly tone: 'plain' | 'ok' | 'active' | 'alert';
}

const DEFAULT_RESTART_DELAY_MS = 1000;
const DEFAULT_BATCH_INTERVAL_MS = 1000;

/**
 * The status chips of a dataflow at `nowMs`.
 *
 * @example
 * dataflowStatus(view, spec, history, 5_000).map((c) => c.text);
 * // ['continuous: records move on one at a time, as in Flink', 'running', 'checkpoint 3 in flight · last completed 2 (took 40 ms)']
 */
export function dataflowStatus(
  df: DataflowView,
  spec: DataflowSpec | undefined,
  history: DataflowHistory,
  nowMs: number,
): StatusChip[] {
  const chips: StatusChip[] = [{ id: 'mode', text: modeText(df, spec), tone: 'plain' }];
  chips.push(stateChip(df, spec, history, nowMs));
  chips.push(checkpointChip(df, spec, history));
  if (df.backpressured)
    chips.push({
      id: 'backpressure',
      text: 'backpressured: buffers are full, so the sources read less',
      tone: 'alert',
    });
  if (df.uncommittedRows > 0)
    chips.push({
      id: 'uncommitted',
      text: `${df.uncommittedRows} sink row${df.uncommittedRows === 1 ? '' : 's'} staged, visible when its checkpoint completes`,
      tone: 'active',
    });
  return chips;
}

function modeText(df: DataflowView, spec: DataflowSpec | undefined): string {
  if (df.mode === 'micro-batch')
    return `micro-batch: everything read is processed once every ${spec?.batchIntervalMs ?? DEFAULT_BATCH_INTERVAL_MS} ms, as in Spark`;
  return 'continuous: records move on one at a time, as in Flink';
}

function stateChip(
  df: DataflowView,
  spec: DataflowSpec | undefined,
  history: DataflowHistory,
  nowMs: number,
): StatusChip {
  if (!df.running) {
    const from =
      df.lastCompletedCheckpoint === null
        ? 'from the beginning (no checkpoint completed)'
        : `from checkpoint ${df.lastCompletedCheckpoint}`;
    const delayMs = spec?.restartDelayMs ?? DEFAULT_RESTART_DELAY_MS;
    const leftMs =
      history.lastFailedAtMs === null
        ? null
        : Math.max(0, history.lastFailedAtMs + delayMs - nowMs);
    const when = leftMs === null ? '' : ` in ${leftMs} ms`;
    return { id: 'state', text: `failed: restarting${when} ${from}`, tone: 'alert' };
  }
  const restored = history.lastRestored;
  if (restored !== null && (history.lastFailedAtMs ?? -1) <= restored.atMs) {
    const what =
      restored.checkpoint === 0
        ? 'restarted from the beginning'
        : `restored checkpoint ${restored.checkpoint}`;
    return { id: 'state', text: `running (${what} at ${restored.atMs} ms)`, tone: 'ok' };
  }
  return { id: 'state', text: 'running', tone: 'ok' };
}

function checkpointChip(
  df: DataflowView,
  spec: DataflowSpec | undefined,
  history: DataflowHistory,
): StatusChip {
  if (spec !== undefined && spec.checkpoint === undefined && df.lastCompletedCheckpoint === null)
    return {
      id: 'checkpoint',
      text: 'no checkpoints (execution.checkpointing.interval not set)',
      tone: 'plain',
    };
  const last =
    df.lastCompletedCheckpoint === null
      ? 'none completed yet'
      : history.lastCompleted?.checkpoint === df.lastCompletedCheckpoint
        ? `last completed ${df.lastCompletedCheckpoint} (took ${history.lastCompleted.durationMs} ms)`
        : `last completed ${df.lastCompletedCheckpoint}`;
  if (df.checkpointInFlight !== null)
    return {
      id: 'checkpoint',
      text: `checkpoint ${df.checkpointInFlight} in flight · ${last}`,
      tone: 'active',
    };
  return { id: 'checkpoint', text: `checkpoints: ${last}`, tone: 'plain' };
}
