// Folds the trace into what the world view does not keep about each dataflow's checkpoints and
// failures: how long the last checkpoint took, when the job last failed and which checkpoint it
// restored. It keeps only those few events (one or two per checkpoint interval), with their trace
// indices, so a seek back forgets exactly the ones after the new end.

import type { TraceEvent } from '../../../engine/index.ts';
import type { TraceFold } from '../traceFollower.ts';

type Kept =
  | {
      readonly index: number;
      readonly atMs: number;
      readonly job: string;
      readonly kind: 'completed';
      readonly checkpoint: number;
      readonly durationMs: number;
    }
  | {
      readonly index: number;
      readonly atMs: number;
      readonly job: string;
      readonly kind: 'started';
      readonly checkpoint: number;
    }
  | { readonly index: number; readonly atMs: number; readonly job: string; readonly kind: 'failed' }
  | {
      readonly index: number;
      readonly atMs: number;
      readonly job: string;
      readonly kind: 'restored';
      readonly checkpoint: number;
    };

export interface DataflowHistory {
  /** The last completed checkpoint, with how long it took from its barriers to its last ack. */
  readonly lastCompleted: {
    readonly checkpoint: number;
    readonly durationMs: number;
    readonly atMs: number;
  } | null;
  readonly lastStarted: { readonly checkpoint: number; readonly atMs: number } | null;
  readonly lastFailedAtMs: number | null;
  /** The last restore: the checkpoint it restored (0: from the beginning) and when. */
  readonly lastRestored: { readonly checkpoint: number; readonly atMs: number } | null;
}

export type DagEventsSnapshot = ReadonlyMap<string, DataflowHistory>;

const EMPTY: DataflowHistory = {
  lastCompleted: null,
  lastStarted: null,
  lastFailedAtMs: null,
  lastRestored: null,
};

/** The history of a dataflow, empty when nothing has happened to it yet. */
export function historyOf(snapshot: DagEventsSnapshot, dataflowId: string): DataflowHistory {
  return snapshot.get(dataflowId) ?? EMPTY;
}

function keep(event: TraceEvent, index: number): Kept | null {
  const at = { index, atMs: event.atMs };
  switch (event.type) {
    case 'checkpoint.completed':
      return {
        ...at,
        job: event.job,
        kind: 'completed',
        checkpoint: event.checkpoint,
        durationMs: event.durationMs,
      };
    case 'checkpoint.started':
      return { ...at, job: event.job, kind: 'started', checkpoint: event.checkpoint };
    case 'job.failed':
      return { ...at, job: event.job, kind: 'failed' };
    case 'job.restored':
      return { ...at, job: event.job, kind: 'restored', checkpoint: event.checkpoint };
    default:
      return null;
  }
}

function summarise(kept: readonly Kept[]): DagEventsSnapshot {
  const byJob = new Map<string, DataflowHistory>();
  for (const k of kept) {
    const h = byJob.get(k.job) ?? EMPTY;
    if (k.kind === 'completed')
      byJob.set(k.job, {
        ...h,
        lastCompleted: { checkpoint: k.checkpoint, durationMs: k.durationMs, atMs: k.atMs },
      });
    else if (k.kind === 'started')
      byJob.set(k.job, { ...h, lastStarted: { checkpoint: k.checkpoint, atMs: k.atMs } });
    else if (k.kind === 'failed') byJob.set(k.job, { ...h, lastFailedAtMs: k.atMs });
    else byJob.set(k.job, { ...h, lastRestored: { checkpoint: k.checkpoint, atMs: k.atMs } });
  }
  return byJob;
}

/**
 * Creates the fold; its snapshot maps each job (dataflow or stream job) id to its history.
 *
 * @example
 * const store = createTraceDerivedStore(sim, createDagEventsFold());
 * historyOf(store.getSnapshot(), 'df').lastCompleted?.durationMs; // 42
 */
export function createDagEventsFold(): TraceFold<DagEventsSnapshot> {
  let kept: Kept[] = [];
  let snapshot: DagEventsSnapshot = new Map();
  let stale = false;
  return {
    reset() {
      kept = [];
      stale = true;
    },
    add(events, firstIndex) {
      events.forEach((event, i) => {
        const k = keep(event, firstIndex + i);
        if (k !== null) {
          kept.push(k);
          stale = true;
        }
      });
    },
    truncate(length) {
      const before = kept.length;
      kept = kept.filter((k) => k.index < length);
      if (kept.length !== before) stale = true;
    },
    snapshot() {
      // The summary only changes when a kept event does, so most frames reuse the last one.
      if (stale) snapshot = summarise(kept);
      stale = false;
      return snapshot;
    },
  };
}
