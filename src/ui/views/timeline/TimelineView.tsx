// The event-time view, the heart of the late-events lessons: every record a stream job reads is a
// dot at (event time, processing time), with the job's watermark (or Kafka Streams' stream time)
// as a line, window panes as bands, each firing marked early, on time or late, dropped records
// crossed out, and the playhead. Dots are on canvas so thousands stay cheap; the legend, the
// job's semantics and a summary in words are in the DOM.

import { useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Simulation, StreamJobSpec } from '../../../engine/index.ts';
import { selectHighlightedEntity } from '../highlightStore.ts';
import { useContainerWidth } from '../useContainerWidth.ts';
import { useNarratedHighlights } from '../useNarration.ts';
import { useViewsShared } from '../ViewsContext.tsx';
import { describeSemantics, timelineJobInput, type SemanticsText } from './jobSemantics.ts';
import './timeline.css';
import { TimelineChart } from './TimelineChart.tsx';
import { timelineEmphasis } from './timelineEmphasis.ts';
import type { TimelineZoom } from './timelineLayout.ts';
import { TimelineLegend } from './TimelineLegend.tsx';
import { firingGroups } from './timelineMarks.ts';
import { markCounts, recentFirings, timelineSentence } from './timelineSummary.ts';
import type { TimelineJobInput } from './timelineTypes.ts';
import { useTimeline } from './useTimeline.ts';

export interface TimelineViewProps {
  readonly sim: Simulation;
  readonly durationMs: number;
}

const UNKNOWN_SEMANTICS: SemanticsText = {
  system: 'Flink',
  lineName: 'watermark',
  windows: '',
  rules: [],
};
const NO_SPECS: readonly StreamJobSpec[] = [];

export function TimelineView({ sim, durationMs }: TimelineViewProps) {
  const { scenario } = useViewsShared();
  const specs = scenario?.topology.streamJobs ?? NO_SPECS;
  const jobs = useMemo<TimelineJobInput[]>(() => {
    if (specs.length > 0) return specs.map(timelineJobInput);
    // Without the scenario (a bare workspace) the world still names the jobs.
    return sim.getState().streamJobs.map((job) => ({
      id: job.id,
      sourceTopic: job.sourceTopic,
      semantics: 'flink',
      graceMs: 0,
    }));
  }, [specs, sim]);
  return (
    <section className="panel timeline" aria-labelledby="timeline-heading" data-view="timeline">
      <h2 id="timeline-heading">Event time against processing time</h2>
      {jobs.length === 0 ? (
        <p className="muted" data-testid="timeline-no-jobs">
          This scenario has no stream job. The view shows the records a stream job reads, its
          watermark and its window firings; open a scenario from the event-time modules.
        </p>
      ) : (
        <TimelineBody sim={sim} jobs={jobs} specs={specs} durationMs={durationMs} />
      )}
    </section>
  );
}

interface TimelineBodyProps {
  readonly sim: Simulation;
  readonly jobs: readonly TimelineJobInput[];
  readonly specs: readonly StreamJobSpec[];
  readonly durationMs: number;
}

function TimelineBody({ sim, jobs, specs, durationMs }: TimelineBodyProps) {
  const { highlight, scenario } = useViewsShared();
  const snapshot = useTimeline(sim, jobs);
  const [chosen, setChosen] = useState(jobs[0]?.id ?? '');
  const [zoom, setZoom] = useState<TimelineZoom>('run');
  const job = snapshot.jobs.find((j) => j.id === chosen) ?? snapshot.jobs[0];
  const picked = useStore(highlight, selectHighlightedEntity);
  const narrated = useNarratedHighlights();
  const { partitions, producers } = snapshot;
  const topic = job?.sourceTopic;
  const emphasis = useMemo(() => {
    const scope = {
      partitions: partitions.filter((name) => name.slice(0, name.lastIndexOf('-')) === topic),
      producers: (scenario?.topology.producers ?? [])
        .filter((p) => p.topic === topic)
        .map((p) => p.id),
    };
    return timelineEmphasis(picked, narrated, partitions, producers, scope);
  }, [picked, narrated, partitions, producers, topic, scenario]);
  const firings = job?.firings;
  const groups = useMemo(() => firingGroups(firings ?? []), [firings]);
  const [stageRef, widthPx] = useContainerWidth<HTMLDivElement>();
  const summaryId = useId();
  if (job === undefined) return null;
  const spec = specs.find((s) => s.id === job.id);
  const semantics = spec === undefined ? UNKNOWN_SEMANTICS : describeSemantics(spec);
  const counts = markCounts(job);
  const assigner = spec?.window.assigner.kind;
  return (
    <>
      <div className="timeline-controls">
        {jobs.length > 1 && <JobPicker jobs={jobs} chosen={job.id} onChoose={setChosen} />}
        <ZoomPicker zoom={zoom} onZoom={setZoom} />
      </div>
      <SemanticsNote semantics={semantics} jobId={job.id} />
      <figure className="timeline-figure" aria-describedby={summaryId}>
        <div ref={stageRef} className="timeline-stage">
          <TimelineChart
            snapshot={snapshot}
            job={job}
            spec={spec}
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
        graceMs={job.graceMs}
        otherJobs={snapshot.jobs.length - 1}
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

function JobPicker({
  jobs,
  chosen,
  onChoose,
}: {
  readonly jobs: readonly TimelineJobInput[];
  readonly chosen: string;
  readonly onChoose: (id: string) => void;
}) {
  return (
    <div className="timeline-jobs" role="group" aria-label="Stream job">
      {jobs.map((job) => (
        <button
          key={job.id}
          type="button"
          aria-pressed={job.id === chosen}
          onClick={() => onChoose(job.id)}
          data-entity={`job:${job.id}`}
        >
          {job.id}{' '}
          <span className="muted">
            ({job.semantics === 'kafka-streams' ? 'Kafka Streams' : 'Flink'})
          </span>
        </button>
      ))}
    </div>
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

function SemanticsNote({
  semantics,
  jobId,
}: {
  readonly semantics: SemanticsText;
  readonly jobId: string;
}) {
  return (
    <div className="timeline-semantics" data-testid="timeline-semantics">
      <span
        className={`semantics-badge ${semantics.system === 'Flink' ? 'flink' : 'kafka-streams'}`}
      >
        {semantics.system} semantics
      </span>{' '}
      <strong data-entity={`job:${jobId}`} title="Right-click for the job's faults">
        {jobId}
      </strong>
      {semantics.windows !== '' && <span className="muted"> · {semantics.windows}</span>}
      {semantics.rules.length > 0 && (
        <ul>
          {semantics.rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
