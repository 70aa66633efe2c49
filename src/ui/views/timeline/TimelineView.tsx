// The event-time view, the heart of the late-events lessons: every record a stream job or a
// dataflow operator reads is a dot at (event time, processing time), with its watermark (or Kafka
// Streams' stream time) as a line, window panes as bands, each firing marked early, on time or
// late, dropped records crossed out, and the playhead. The learner picks which job or operator to
// show. Dots are on canvas so thousands stay cheap; the legend, the semantics and a summary in
// words are in the DOM.

import { useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Simulation } from '../../../engine/index.ts';
import { selectHighlightedEntity } from '../highlightStore.ts';
import { useContainerWidth } from '../useContainerWidth.ts';
import { useNarratedHighlights } from '../useNarration.ts';
import { useViewsShared } from '../ViewsContext.tsx';
import { SemanticsNote } from './SemanticsNote.tsx';
import './timeline.css';
import { TimelineChart } from './TimelineChart.tsx';
import { timelineEmphasis, type TimelineEmphasis } from './timelineEmphasis.ts';
import type { TimelineZoom } from './timelineLayout.ts';
import { TimelineLegend } from './TimelineLegend.tsx';
import { firingGroups } from './timelineMarks.ts';
import { markCounts, recentFirings, timelineSentence } from './timelineSummary.ts';
import { timelineTracks, type TimelineTrack } from './timelineTracks.ts';
import { TrackPicker } from './TrackPicker.tsx';
import { useTimeline } from './useTimeline.ts';

export interface TimelineViewProps {
  readonly sim: Simulation;
  readonly durationMs: number;
}

export function TimelineView({ sim, durationMs }: TimelineViewProps) {
  const { scenario } = useViewsShared();
  // Which jobs and operators exist never changes during a run.
  const tracks = useMemo(() => timelineTracks(scenario, sim.getState()), [scenario, sim]);
  return (
    <section className="panel timeline" aria-labelledby="timeline-heading" data-view="timeline">
      <h2 id="timeline-heading">Event time against processing time</h2>
      {tracks.length === 0 ? (
        <p className="muted" data-testid="timeline-no-jobs">
          This scenario has no stream job and no dataflow. The view shows the records a stream job
          or a dataflow operator reads, its watermark and its window firings; open a scenario from
          the event-time or processing modules.
        </p>
      ) : (
        <TimelineBody sim={sim} tracks={tracks} durationMs={durationMs} />
      )}
    </section>
  );
}

interface TimelineBodyProps {
  readonly sim: Simulation;
  readonly tracks: readonly TimelineTrack[];
  readonly durationMs: number;
}

const NO_TOPICS: readonly string[] = [];

/**
 * What to emphasise: the picked or narrated partitions and producers, measured against those that
 * feed the shown job or operator.
 */
function useTimelineEmphasis(
  sourceTopics: readonly string[],
  partitions: readonly string[],
  producers: readonly string[],
): TimelineEmphasis {
  const { highlight, scenario } = useViewsShared();
  const picked = useStore(highlight, selectHighlightedEntity);
  const narrated = useNarratedHighlights();
  return useMemo(() => {
    const scope = {
      partitions: partitions.filter((name) =>
        sourceTopics.includes(name.slice(0, name.lastIndexOf('-'))),
      ),
      producers: (scenario?.topology.producers ?? [])
        .filter((p) => sourceTopics.includes(p.topic))
        .map((p) => p.id),
    };
    return timelineEmphasis(picked, narrated, partitions, producers, scope);
  }, [picked, narrated, partitions, producers, sourceTopics, scenario]);
}

function TimelineBody({ sim, tracks, durationMs }: TimelineBodyProps) {
  const inputs = useMemo(() => tracks.map((track) => track.input), [tracks]);
  const snapshot = useTimeline(sim, inputs);
  const [chosen, setChosen] = useState(tracks[0]?.input.id ?? '');
  const [zoom, setZoom] = useState<TimelineZoom>('run');
  const track = tracks.find((t) => t.input.id === chosen) ?? tracks[0];
  const job = snapshot.jobs.find((j) => j.id === track?.input.id) ?? snapshot.jobs[0];
  const { partitions, producers } = snapshot;
  const emphasis = useTimelineEmphasis(job?.sourceTopics ?? NO_TOPICS, partitions, producers);
  const firings = job?.firings;
  const groups = useMemo(() => firingGroups(firings ?? []), [firings]);
  const [stageRef, widthPx] = useContainerWidth<HTMLDivElement>();
  const summaryId = useId();
  if (job === undefined || track === undefined) return null;
  const { semantics } = track;
  const counts = markCounts(job);
  const assigner = track.assigner?.kind;
  return (
    <>
      <div className="timeline-controls">
        <TrackPicker tracks={tracks} chosen={track.input.id} onChoose={setChosen} />
        <ZoomPicker zoom={zoom} onZoom={setZoom} />
      </div>
      <SemanticsNote semantics={semantics} track={track} />
      <figure className="timeline-figure" aria-describedby={summaryId}>
        <div ref={stageRef} className="timeline-stage">
          <TimelineChart
            snapshot={snapshot}
            job={job}
            track={track}
            groups={groups}
            emphasis={emphasis}
            durationMs={durationMs}
            zoom={zoom}
            widthPx={widthPx}
          />
        </div>
      </figure>
      <TimelineLegend
        counts={counts}
        lineName={semantics.lineName}
        horizons={semantics.horizons}
        others={snapshot.jobs.filter((other) => other.id !== job.id)}
        bandName={assigner === 'tumbling' ? 'window pane' : assigner === 'sliding' ? 'slide' : null}
      />
      <p className="timeline-summary" id={summaryId} data-testid="timeline-summary">
        {timelineSentence(job, counts, groups, snapshot.nowMs, semantics.lineName)}
      </p>
      {groups.length > 0 && (
        <details className="timeline-firing-list">
          <summary>Latest firings</summary>
          <ol>
            {recentFirings(groups, 8).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}

function ZoomPicker({
  zoom,
  onZoom,
}: {
  readonly zoom: TimelineZoom;
  readonly onZoom: (zoom: TimelineZoom) => void;
}) {
  return (
    <div className="timeline-zoom" role="group" aria-label="Time shown">
      <button type="button" aria-pressed={zoom === 'run'} onClick={() => onZoom('run')}>
        Whole run
      </button>
      <button type="button" aria-pressed={zoom === 'recent'} onClick={() => onZoom('recent')}>
        Around now
      </button>
    </div>
  );
}
