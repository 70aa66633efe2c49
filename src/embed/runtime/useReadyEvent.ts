// Tells the host, once, that the embed is ready: the scenario, its seed, the views on screen and
// the parameters the host may set. It is apart from EmbedScreen.tsx so that the screen reads as
// what it shows, and this one message's shape is read in one place.

import { useEffect, useRef } from 'react';
import type { SandboxSession } from '../../player/index.ts';
import type { ScenarioFile } from '../../scenario/index.ts';
import type { ScenarioSummary } from '../../ui/catalog/scenarioCatalog.ts';
import type { ViewId } from '../../ui/views/viewIds.ts';
import type { EmbedChannel } from '../protocol/embedChannel.ts';
import { orderedViews } from './EmbedViews.tsx';

export interface ReadyEventSources {
  readonly channel: EmbedChannel;
  readonly scenario: ScenarioSummary;
  readonly session: SandboxSession;
  readonly visible: ReadonlySet<ViewId>;
  readonly order: readonly ViewId[];
  readonly guide: ScenarioFile | null;
}

/** Emits `ready` on the first commit of the screen and never again. */
export function useReadyEvent(sources: ReadyEventSources): void {
  const { channel, scenario, session, visible, order, guide } = sources;
  const ready = useRef(false);
  useEffect(() => {
    if (ready.current) return;
    ready.current = true;
    channel.emit({
      type: 'ready',
      scenario: scenario.id,
      title: scenario.title,
      durationMs: scenario.durationMs,
      seed: session.getSnapshot().seed,
      views: orderedViews(visible, order),
      parameters: (guide?.parameters ?? []).map((p) => ({
        id: p.id,
        unit: p.unit,
        min: p.min,
        max: p.max,
        step: p.step,
        default: p.default,
      })),
    });
  }, [channel, scenario, session, visible, order, guide]);
}
