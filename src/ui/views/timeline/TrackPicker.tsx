// Picks what the event-time view shows: a stream job (buttons, as before) or a dataflow operator
// (a list grouped by dataflow, since a dataflow may have many operators). Shown only when there is
// a choice to make or an operator to name.

import type { ChangeEvent } from 'react';
import type { TimelineTrack } from './timelineTracks.ts';

export interface TrackPickerProps {
  readonly tracks: readonly TimelineTrack[];
  readonly chosen: string;
  readonly onChoose: (id: string) => void;
}

const KIND_NAMES: Readonly<Record<string, string>> = {
  intervalJoin: 'interval join',
  windowJoin: 'window join',
  tableJoin: 'table join',
};

/** "paid (interval join)": an operator as the list names it. */
export function operatorOptionLabel(track: TimelineTrack): string {
  const kind = track.operatorKind ?? '';
  return `${track.input.operator ?? track.input.id} (${KIND_NAMES[kind] ?? kind})`;
}

function JobButtons({ tracks, chosen, onChoose }: TrackPickerProps) {
  return (
    <div className="timeline-jobs" role="group" aria-label="Stream job">
      {tracks.map(({ input }) => (
        <button
          key={input.id}
          type="button"
          aria-pressed={input.id === chosen}
          onClick={() => onChoose(input.id)}
          data-entity={`job:${input.id}`}
        >
          {input.id}{' '}
          <span className="muted">
            ({input.semantics === 'kafka-streams' ? 'Kafka Streams' : 'Flink'})
          </span>
        </button>
      ))}
    </div>
  );
}

function OperatorList({ tracks, chosen, onChoose }: TrackPickerProps) {
  const dataflows = [...new Set(tracks.map((track) => track.dataflow ?? ''))];
  const isOperator = tracks.some((track) => track.input.id === chosen);
  return (
    <label className="timeline-operator">
      Dataflow operator{' '}
      <select
        value={isOperator ? chosen : ''}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => {
          if (event.target.value !== '') onChoose(event.target.value);
        }}
      >
        {!isOperator && <option value="">(a stream job is shown)</option>}
        {dataflows.map((dataflow) => (
          <optgroup key={dataflow} label={`dataflow ${dataflow}`}>
            {tracks
              .filter((track) => track.dataflow === dataflow)
              .map((track) => (
                <option key={track.input.id} value={track.input.id}>
                  {operatorOptionLabel(track)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

export function TrackPicker({ tracks, chosen, onChoose }: TrackPickerProps) {
  const jobs = tracks.filter((track) => track.dataflow === null);
  const operators = tracks.filter((track) => track.dataflow !== null);
  return (
    <>
      {(jobs.length > 1 || (jobs.length > 0 && operators.length > 0)) && (
        <JobButtons tracks={jobs} chosen={chosen} onChoose={onChoose} />
      )}
      {operators.length > 0 && (
        <OperatorList tracks={operators} chosen={chosen} onChoose={onChoose} />
      )}
    </>
  );
}
