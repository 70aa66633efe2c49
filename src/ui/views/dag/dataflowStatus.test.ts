import { describe, expect, test } from 'vitest';
import type { DataflowSpec, DataflowView } from '../../../engine/index.ts';
import { dataflowStatus } from './dataflowStatus.ts';
import type { DataflowHistory } from './dagEventsFold.ts';

const VIEW: DataflowView = {
  id: 'df',
  mode: 'continuous',
  running: true,
  operators: [],
  edges: [],
  checkpointInFlight: null,
  lastCompletedCheckpoint: null,
  backpressured: false,
  sinks: {},
  uncommittedRows: 0,
  tables: {},
};
const SPEC: DataflowSpec = {
  id: 'df',
  watermarks: { strategy: 'ascending' },
  checkpoint: { intervalMs: 1000 },
  restartDelayMs: 2000,
  operators: [],
};
const NONE: DataflowHistory = {
  lastCompleted: null,
  lastStarted: null,
  lastFailedAtMs: null,
  lastRestored: null,
};

const texts = (...args: Parameters<typeof dataflowStatus>) =>
  Object.fromEntries(dataflowStatus(...args).map((c) => [c.id, c.text]));

describe('dataflowStatus', () => {
  test('a fresh job: mode, running, no checkpoint yet', () => {
    expect(texts(VIEW, SPEC, NONE, 0)).toEqual({
      mode: 'continuous: records move on one at a time, as in Flink',
      state: 'running',
      checkpoint: 'checkpoints: none completed yet',
    });
  });

  test('says when checkpointing is off, naming the Flink key', () => {
    const spec: DataflowSpec = { id: 'df', watermarks: { strategy: 'ascending' }, operators: [] };
    expect(texts(VIEW, spec, NONE, 0).checkpoint).toBe(
      'no checkpoints (execution.checkpointing.interval not set)',
    );
  });

  test('a checkpoint in flight, with the last one’s duration when the history knows it', () => {
    const history = { ...NONE, lastCompleted: { checkpoint: 2, durationMs: 45, atMs: 2050 } };
    const view = { ...VIEW, checkpointInFlight: 3, lastCompletedCheckpoint: 2 };
    expect(texts(view, SPEC, history, 3010).checkpoint).toBe(
      'checkpoint 3 in flight · last completed 2 (took 45 ms)',
    );
  });

  test('a failed job counts down its restart and names the checkpoint it will restore', () => {
    const view = { ...VIEW, running: false, lastCompletedCheckpoint: 2 };
    const history = { ...NONE, lastFailedAtMs: 5_000 };
    expect(texts(view, SPEC, history, 5_500).state).toBe(
      'failed: restarting in 1500 ms from checkpoint 2',
    );
    expect(texts({ ...view, lastCompletedCheckpoint: null }, SPEC, history, 5_500).state).toBe(
      'failed: restarting in 1500 ms from the beginning (no checkpoint completed)',
    );
  });

  test('after a restore it says which checkpoint came back, until the next failure', () => {
    const history = {
      ...NONE,
      lastFailedAtMs: 5_000,
      lastRestored: { checkpoint: 2, atMs: 7_000 },
    };
    expect(texts(VIEW, SPEC, history, 8_000).state).toBe(
      'running (restored checkpoint 2 at 7000 ms)',
    );
  });

  test('micro-batch mode, backpressure and staged rows get their own chips', () => {
    const view = { ...VIEW, mode: 'micro-batch' as const, backpressured: true, uncommittedRows: 3 };
    const chips = dataflowStatus(view, { ...SPEC, batchIntervalMs: 500 }, NONE, 0);
    expect(chips.map((c) => [c.id, c.tone])).toEqual([
      ['mode', 'plain'],
      ['state', 'ok'],
      ['checkpoint', 'plain'],
      ['backpressure', 'alert'],
      ['uncommitted', 'active'],
    ]);
    expect(chips[0]!.text).toBe(
      'micro-batch: everything read is processed once every 500 ms, as in Spark',
    );
    expect(chips[4]!.text).toBe('3 sink rows staged, visible when its checkpoint completes');
  });
});
