// The sparkline series of a gallery card, computed only once the card scrolls into view. Without
// IntersectionObserver (jsdom, very old browsers) nothing is computed and the card keeps its
// schematic preview.

import { useEffect, useState, type RefObject } from 'react';
import type { ScenarioModel, Simulation } from '../../engine/index.ts';
import { cachedPreview, requestPreview } from './previewQueue.ts';
import { startRecordSeries, type RecordSeries } from './recordSeries.ts';

export type PreviewSimulationFactory = (scenario: ScenarioModel) => Simulation;

export function useRecordPreview(
  scenario: ScenarioModel,
  createSimulation: PreviewSimulationFactory | undefined,
  target: RefObject<Element | null>,
): RecordSeries | null {
  const key = `${scenario.id}@${scenario.seed}`;
  const [series, setSeries] = useState<RecordSeries | null>(() => cachedPreview(key) ?? null);
  useEffect(() => {
    const element = target.current;
    if (createSimulation === undefined || element === null) return undefined;
    if (typeof IntersectionObserver === 'undefined') return undefined;
    let cancel: (() => void) | null = null;
    const observer = new IntersectionObserver((entries) => {
      if (cancel !== null || !entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      cancel = requestPreview(key, () => startRecordSeries(scenario, createSimulation), setSeries);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancel?.();
    };
  }, [key, scenario, createSimulation, target]);
  return series;
}
