// The note above the event-time chart: which system's rules the shown job or operator follows,
// its name (a stream job offers its faults on right-click; an operator picks itself in the
// inspector on click), what its windows are and its rules in words.

import { useEntityButton } from '../useEntityButton.ts';
import type { SemanticsText } from './jobSemantics.ts';
import type { TimelineTrack } from './timelineTracks.ts';

function OperatorName({ track }: { readonly track: TimelineTrack }) {
  const { input } = track;
  const { props } = useEntityButton('operator', input.id, `Operator ${input.label}`);
  return (
    <>
      <strong {...props}>{input.operator}</strong>
      <span className="muted"> in dataflow {track.dataflow}</span>
    </>
  );
}

export function SemanticsNote({
  semantics,
  track,
}: {
  readonly semantics: SemanticsText;
  readonly track: TimelineTrack;
}) {
  return (
    <div className="timeline-semantics" data-testid="timeline-semantics">
      <span
        className={`semantics-badge ${semantics.system === 'Flink' ? 'flink' : 'kafka-streams'}`}
      >
        {semantics.system} semantics
      </span>{' '}
      {track.dataflow === null ? (
        <strong data-entity={`job:${track.input.id}`} title="Right-click for the job's faults">
          {track.input.id}
        </strong>
      ) : (
        <OperatorName track={track} />
      )}
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
