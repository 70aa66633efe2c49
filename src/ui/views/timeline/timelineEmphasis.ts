// What the event-time view emphasises: the records of a partition or producer that the learner
// picked or that the narration names (others are dimmed), and the windows the narration names
// (outlined). Pure, so the rules are tested without a canvas.

import type { Highlight } from '../../../scenario/index.ts';
import type { EntityRef } from '../highlightStore.ts';
import { narratedWindows } from '../useNarration.ts';
import type { DotEmphasis } from './drawRecordDots.ts';

export interface TimelineEmphasis {
  /** Null when no record is emphasised (none dimmed either). */
  readonly dots: DotEmphasis | null;
  /** Changes whenever `dots` does; the canvas repaints everything then. */
  readonly key: string;
  readonly windows: readonly (readonly [number, number])[];
}

/** The partitions and producers that feed the job shown, which emphasis is measured against. */
export interface EmphasisScope {
  readonly partitions: readonly string[];
  readonly producers: readonly string[];
}

function coversAll(
  chosen: ReadonlySet<number>,
  names: readonly string[],
  scope: readonly string[],
): boolean {
  return scope.length > 0 && scope.every((name) => chosen.has(names.indexOf(name)));
}

/**
 * What to emphasise. Emphasis that covers every partition (or every producer) feeding the job
 * would dim nothing, so it emphasises nothing either and the dots keep their normal size.
 *
 * @example
 * timelineEmphasis(null, [{ kind: 'partition', name: 'sales-1', topic: 'sales', partition: 1 }], ['sales-0', 'sales-1'], ['p1'], scope);
 * // { dots: { partitions: Set {1}, producers: Set {} }, key: 'p1|', windows: [] }
 */
export function timelineEmphasis(
  picked: EntityRef | null,
  narrated: readonly Highlight[],
  partitions: readonly string[],
  producers: readonly string[],
  scope: EmphasisScope,
): TimelineEmphasis {
  const partitionSet = new Set<number>();
  const producerSet = new Set<number>();
  const add = (kind: string, name: string): void => {
    if (kind === 'partition' && partitions.includes(name))
      partitionSet.add(partitions.indexOf(name));
    if (kind === 'producer' && producers.includes(name)) producerSet.add(producers.indexOf(name));
  };
  if (picked !== null) add(picked.kind, picked.id);
  for (const highlight of narrated)
    if (highlight.kind !== 'window') add(highlight.kind, highlight.name);
  const windows = narratedWindows(narrated);
  const nothingStandsOut =
    partitionSet.size + producerSet.size === 0 ||
    coversAll(partitionSet, partitions, scope.partitions) ||
    coversAll(producerSet, producers, scope.producers);
  if (nothingStandsOut) return { dots: null, key: '', windows };
  const key = `${[...partitionSet].map((p) => `p${p}`).join(',')}|${[...producerSet].map((p) => `r${p}`).join(',')}`;
  return { dots: { partitions: partitionSet, producers: producerSet }, key, windows };
}
