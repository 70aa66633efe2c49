// The processing DAG: each dataflow's operators with their parallel subtasks (buffer fill and
// backpressure, state size, watermark, barrier alignment) and the edges between them (partitioning,
// records in flight, checkpoint barriers), under a line saying how the job runs and where its
// checkpoints stand. Scenarios without a dataflow get a placeholder that says so.

import type { Simulation, WorldView } from '../../../engine/index.ts';
import { PlaceholderPanel } from '../PlaceholderPanel.tsx';
import { useContainerWidth } from '../useContainerWidth.ts';
import { usePrefersReducedMotion } from '../usePrefersReducedMotion.ts';
import { useViewsShared } from '../ViewsContext.tsx';
import './dag.css';
import { historyOf } from './dagEventsFold.ts';
import { DagLegend } from './DagLegend.tsx';
import { DataflowGraph } from './DataflowGraph.tsx';
import { dataflowStatus } from './dataflowStatus.ts';
import { DataflowStatusBar } from './DataflowStatusBar.tsx';
import { useDagEvents } from './useDagEvents.ts';

export const NO_DATAFLOW_MESSAGE =
  'This scenario runs no processing dataflow (its topology has no “dataflows”), so there is no operator graph to show. Scenarios about stateless operators, micro-batches, checkpoints or backpressure have one.';

export interface DagViewProps {
  readonly sim: Simulation;
  readonly world: WorldView;
}

export function DagView({ sim, world }: DagViewProps) {
  if (world.dataflows.length === 0)
    return <PlaceholderPanel view="dag" message={NO_DATAFLOW_MESSAGE} />;
  return <DagPanel sim={sim} world={world} />;
}

/** The panel proper; a component of its own so its measured container exists from its first render. */
function DagPanel({ sim, world }: DagViewProps) {
  const { scenario } = useViewsShared();
  const history = useDagEvents(sim);
  const reduced = usePrefersReducedMotion();
  const [ref, widthPx] = useContainerWidth<HTMLDivElement>();
  const specs = scenario?.topology.dataflows ?? [];
  return (
    <section
      className={`panel dag${reduced ? ' reduced-motion' : ''}`}
      aria-labelledby="dag-heading"
    >
      <h2 id="dag-heading">Dataflow graph</h2>
      <DagLegend reducedMotion={reduced} />
      <div ref={ref} className="dag-figures">
        {world.dataflows.map((dataflow) => (
          <figure key={dataflow.id} className="dag-figure" data-testid={`dag-${dataflow.id}`}>
            <figcaption>
              <span className="dag-title">
                Dataflow <strong>{dataflow.id}</strong>
              </span>
              <DataflowStatusBar
                dataflowId={dataflow.id}
                chips={dataflowStatus(
                  dataflow,
                  specs.find((s) => s.id === dataflow.id),
                  historyOf(history, dataflow.id),
                  world.nowMs,
                )}
              />
            </figcaption>
            <DataflowGraph dataflow={dataflow} containerWidthPx={widthPx} />
          </figure>
        ))}
      </div>
    </section>
  );
}
