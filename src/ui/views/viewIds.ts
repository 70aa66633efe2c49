// The views a learner can show or hide, with their names, and which open first. A scenario file
// may name its opening views (`views: [...]`); unknown names are ignored, and a scenario that names
// none (or none we know) opens the partition logs, the trace and the metrics.

export const VIEW_IDS = [
  'logs',
  'topology',
  'timeline',
  'dag',
  'metrics',
  'trace',
  'inspector',
] as const;

export type ViewId = (typeof VIEW_IDS)[number];

export const VIEW_LABELS: Readonly<Record<ViewId, string>> = {
  logs: 'Partition logs',
  topology: 'Flow topology',
  timeline: 'Event-time timeline',
  dag: 'Dataflow graph',
  metrics: 'Metrics',
  trace: 'Trace',
  inspector: 'Inspector',
};

export const DEFAULT_VIEWS: readonly ViewId[] = ['logs', 'trace', 'metrics'];

function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}

/**
 * The views to open for a scenario's `views` field, whatever shape it arrives in.
 *
 * @example
 * openingViews(['topology', 'nonsense']); // ['topology']
 * openingViews(undefined); // ['logs', 'trace', 'metrics']
 */
export function openingViews(views: unknown): ViewId[] {
  const known = Array.isArray(views) ? views.filter(isViewId) : [];
  return known.length === 0 ? [...DEFAULT_VIEWS] : [...new Set(known)];
}
